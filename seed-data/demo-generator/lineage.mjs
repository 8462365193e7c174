// Lineage: RCC Norr, Norra's regional cancer centre's collaboration group since 2019, merged into RPO
// Cancersjukdomar on 2025-01-01, its members' terms carried over. Draws nothing from the shared PRNG (that would shift
// every later draw): the members are existing demo persons chosen by their refs, one per region of Norra, none of whom
// ever sat in RPO Cancersjukdomar, so the carried-over terms overlap nothing. RCC Norr is healthcare-regional, so the
// national shares (goal 1) do not move.
import { JH, NB, NORRA, VB, VN } from './basics.mjs';
import { memberships } from './memberships.mjs';
import { persons, regionOf } from './persons.mjs';

const RCC = 'RSG RCC Norr';
const SUCCESSOR = 'RPO Cancersjukdomar';
const MERGED_ON = '2025-01-01';

const group = {
  ref: RCC,
  type: 'RSG',
  name: 'RCC Norr',
  healthcareRegion: 'NORRA',
  region: null,
  parent: null,
  counterpart: null,
  universityHealthcare: true,
  status: 'ACTIVE',
  mandate:
    'Regionalt cancercentrum i Norr: samordnar cancervården i Norra sjukvårdsregionen. Uppgår i RPO Cancersjukdomar 2025.',
};

const inSuccessor = new Set(memberships.filter((m) => m.group === SUCCESSOR).map((m) => m.person));
/** The `nth` person (by ref) employed in the region with the title, who never sat in the successor. */
function member(region, nth, titles = ['Överläkare', 'Specialistläkare', 'Specialistsjuksköterska']) {
  const eligible = persons
    .filter((p) => regionOf(p.ref) === region && titles.includes(p.title) && !inSuccessor.has(p.ref))
    .map((p) => p.ref)
    .sort();
  if (eligible.length <= nth) throw new Error(`lineage: too few persons of region ${region} to choose from`);
  return eligible[nth];
}

const seat = (person, role, representedRegion, startDate, endDate = null) => ({
  group: RCC,
  person,
  role,
  representedRegion,
  startDate,
  endDate,
});

const rccMemberships = [
  // Norrbotten's first member left at the end of 2022; the seat passed to a colleague.
  seat(member(NB, 0), 'MEMBER', NB, '2019-01-01', '2022-12-31'),
  seat(member(NB, 1), 'MEMBER', NB, '2023-01-01'),
  seat(member(VB, 0), 'MEMBER', VB, '2019-01-01'),
  seat(member(JH, 0), 'MEMBER', JH, '2019-01-01', '2026-12-31'),
  seat(member(VN, 0), 'MEMBER', VN, '2020-03-01'),
  seat(member(VB, 1), 'SECRETARY', null, '2019-01-01'),
];
if (new Set(rccMemberships.map((m) => m.person)).size !== rccMemberships.length) {
  throw new Error('lineage: a person twice in RCC Norr');
}
if (!NORRA.every((r) => rccMemberships.some((m) => m.representedRegion === r))) {
  throw new Error('lineage: RCC Norr should hold a seat of every region of Norra');
}

export const lineage = {
  groups: [group],
  memberships: rccMemberships,
  successions: [
    {
      predecessors: [RCC],
      successors: [SUCCESSOR],
      kind: 'MERGER',
      takesEffectOn: MERGED_ON,
      memberTerms: 'CARRY_OVER',
      note: 'RCC Norr uppgår i RPO Cancersjukdomar enligt beslut i förbundsdirektionen; uppdragen förs över.',
    },
  ],
};
