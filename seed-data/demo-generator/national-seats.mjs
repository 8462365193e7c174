// The seats in national groups: Norra's counted seats (which reproduce the annual report's shares), the other
// healthcare regions' members, and the seats that do not count (deputies, process leaders, patients, 2025 seats).
import {
  BASELINE,
  FIRST_DAY,
  FOLLOW_UP,
  JH,
  NB,
  NORRA,
  VB,
  VN,
  chance,
  day,
  dayIn,
  npos,
  nsgs,
  otherHealthcareRegions,
  pick,
  regionsOf,
  repeat,
  shuffle,
} from './basics.mjs';
import { allNags, areaOf, hostedNags, otherNags } from './groups.mjs';
import { areaPool, makePool, nrfStaff, officialPool, poolFor, regionSeat, seat, someone } from './memberships.mjs';
import { newPerson } from './persons.mjs';

// -------------------------------------------------------------------------- Norra's counted seats in national groups
// How the 100 seats of the baseline become the 104 of the follow-up day. Per region (NB, JH, VN, VB):
//   held on both days      10, 15, 11, 52
//   ended in between        2,  2,  2,  6   (endDate 2023-09-01 … 2024-12-30)
//   started in between      3,  3,  4,  6   (startDate 2023-09-01 … 2024-12-31)
// Baseline = held + ended = 12, 17, 13, 58; follow-up = held + started = 13, 18, 15, 58.
const TERM_ENDS_2025 = ['2025-03-31', '2025-06-30', '2025-09-30'];

/**
 * One of Norra's counted seats in a national group over the period:
 *   stable   – held by a person of `region` on both report days (one in five had a predecessor who left before the
 *              baseline, and some terms end in 2025: history on either side that the two days must not see);
 *   replaced – held on the baseline by a person of `region` who left before the follow-up day; a person of
 *              `successor` took the seat the day after (a Västerbotten NPO seat handed to a smaller region, or a
 *              like-for-like change in an NAG);
 *   added    – a seat taken between the two days.
 * `continuous` keeps the seat filled from the first to the last day of the period, as NPO and NSG seats are.
 */
function nationalSeat(groupRef, kind, region, { successor = region, role = 'MEMBER', pool, continuous = false }) {
  const fill = (r, start, end = null) => regionSeat(groupRef, someone(pool, [r], groupRef), role, start, end);
  if (kind === 'stable') {
    const changedEarly = chance(0.2);
    const start = changedEarly
      ? dayIn('2022-09-01', '2023-06-30')
      : continuous
        ? FIRST_DAY
        : dayIn(FIRST_DAY, '2022-12-31');
    if (changedEarly) fill(region, FIRST_DAY, day(start, -1));
    const end = chance(0.15) ? pick(TERM_ENDS_2025) : null;
    fill(region, start, end);
    if (end && (continuous || chance(0.5))) fill(region, day(end, 1));
  } else if (kind === 'replaced') {
    const leaves = dayIn(day(BASELINE, 1), day(FOLLOW_UP, -1));
    fill(region, continuous ? FIRST_DAY : dayIn(FIRST_DAY, '2022-12-31'), leaves);
    fill(successor, day(leaves, 1));
  } else {
    fill(region, dayIn(day(BASELINE, 1), FOLLOW_UP));
  }
}

// NPOs: Norra holds one seat in each. The region per NPO; a pair [from, to] is a seat Västerbotten handed over between
// the two days. Norra chairs the two NPOs it hosts.
const NPO_SEATS = {
  'Akut vård': VN,
  'Barns och ungdomars hälsa': VB,
  Cancersjukdomar: VB,
  'Endokrina sjukdomar': VB,
  'Hjärt- och kärlsjukdomar': VB,
  'Hud- och könssjukdomar': JH,
  Infektionssjukdomar: NB,
  'Kirurgi och plastikkirurgi': VB,
  'Kvinnosjukdomar och förlossning': VN,
  Levnadsvanor: JH,
  'Lung- och allergisjukdomar': NB,
  'Mag- och tarmsjukdomar': VB,
  'Medicinsk diagnostik': VB,
  'Nervsystemets sjukdomar': VB,
  'Njur- och urinvägssjukdomar': [VB, NB],
  'Perioperativ vård, intensivvård och transplantation': VB,
  Primärvård: JH,
  'Psykisk hälsa': VB,
  'Rehabilitering, habilitering och försäkringsmedicin': [VB, VN],
  'Reumatiska sjukdomar': VN,
  'Rörelseorganens sjukdomar': NB,
  'Sällsynta sjukdomar': VB,
  Tandvård: [VB, JH],
  'Äldres hälsa och palliativ vård': JH,
  Ögonsjukdomar: VB,
  'Öron-, näs- och halssjukdomar': [VB, VN],
};
const hostedNpos = npos.filter((g) => g.healthcareRegion === 'NORRA');

/**
 * The chair of an NPO Norra hosts: a member from the start, proposed chair from among the members on 2023-01-01; an NPO
 * chair serves at most three years, so the term ends on 2025-12-31. Both terms count as the region's seat.
 */
function hostedNpoChair(npo, region) {
  const chair = someone(areaPool(npo.name), [region], npo.ref);
  regionSeat(npo.ref, chair, 'MEMBER', FIRST_DAY, '2022-12-31');
  regionSeat(npo.ref, chair, 'CHAIR', '2023-01-01', '2025-12-31');
}
for (const npo of npos) {
  const plan = NPO_SEATS[npo.name];
  const pool = areaPool(npo.name);
  if (hostedNpos.includes(npo)) hostedNpoChair(npo, plan);
  else if (Array.isArray(plan))
    nationalSeat(npo.ref, 'replaced', plan[0], { successor: plan[1], pool, continuous: true });
  else nationalSeat(npo.ref, 'stable', plan, { pool, continuous: true });
}

// NSGs: one Norra official each, often the same person who sits in the matching RSG.
const NSG_SEATS = {
  'Läkemedel och medicinteknik': { region: NB, pool: 'Läkemedel' },
  'Metoder för kunskapsstöd': { region: VB, pool: 'Kunskapsstyrning' },
  Kvalitetsregister: { region: VN, pool: 'Kvalitetsregister' },
  'Uppföljning och analys': { region: VB, pool: 'Uppföljning och analys' },
  Patientsäkerhet: { region: JH, pool: 'Patientsäkerhet' },
  'Strukturerad vårdinformation': { region: VB, pool: 'Strukturerad vårdinformation' },
};
for (const nsg of nsgs) {
  const { region, pool } = NSG_SEATS[nsg.name];
  nationalSeat(nsg.ref, 'stable', region, { pool: officialPool(pool), continuous: true });
}

// NAGs: the rest, 72 seats. Seven Norra seats in each NAG Norra hosts (the host chairs them), two or three elsewhere.
const NAG_TRACKS = [
  ...repeat(6, { kind: 'stable', region: NB }),
  ...repeat(10, { kind: 'stable', region: JH }),
  ...repeat(7, { kind: 'stable', region: VN }),
  ...repeat(37, { kind: 'stable', region: VB }),
  ...[NB, NB, JH, JH, VN, VN, VB, VB].map((region) => ({ kind: 'replaced', region })),
  ...repeat(4, { kind: 'added', region: VB }),
];
const NAG_SLOTS = [...hostedNags.map((ref) => [ref, 7]), ...otherNags.map((ref, i) => [ref, i < 4 ? 3 : 2])];
const KIND_ORDER = ['stable', 'replaced', 'added'];
{
  const tracks = shuffle(NAG_TRACKS);
  for (const [ref, n] of NAG_SLOTS) {
    // Stable seats first, so that a hosted NAG's chair sits on both report days.
    const mine = tracks.splice(0, n).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const hosted = hostedNags.includes(ref);
    mine.forEach(({ kind, region }, k) => {
      const role =
        hosted && k === 0 ? 'CHAIR' : hosted && k === 1 && hostedNags.indexOf(ref) % 3 === 0 ? 'VICE_CHAIR' : 'MEMBER';
      nationalSeat(ref, kind, region, { role, pool: areaPool(areaOf(ref)) });
    });
  }
}

// --------------------------------------------------------------------------- the other healthcare regions' members
// Every NPO and NSG has one member per healthcare region for the whole period. An NAG is filled with every healthcare
// region represented, so each hosted NAG has one member from each other healthcare region; the other NAGs some.
for (const hr of otherHealthcareRegions) {
  const regions = regionsOf[hr.code];
  for (const npo of npos) regionSeat(npo.ref, someone(areaPool(npo.name), regions, npo.ref, 0), 'MEMBER', FIRST_DAY);
  // An official of another healthcare region often sits in two NSGs.
  const officials = poolFor(
    `officials:${hr.code}`,
    ['Hälso- och sjukvårdsstrateg', 'Utvecklingsledare', 'Analytiker', 'Apotekare'],
    0.6,
  );
  for (const nsg of nsgs) regionSeat(nsg.ref, someone(officials, regions, nsg.ref), 'MEMBER', FIRST_DAY);
  for (const ref of allNags) {
    if (!hostedNags.includes(ref) && !chance(0.5)) continue;
    regionSeat(
      ref,
      someone(areaPool(areaOf(ref)), regions, ref, 0.8),
      'MEMBER',
      chance(0.6) ? FIRST_DAY : dayIn(FIRST_DAY, '2023-06-30'),
    );
  }
}

// ------------------------------------------------------------------------------ national seats that do not count
// Deputies ("ersättare") for Norra's NPO member in a few NPOs, from another Norra region than the member's.
for (const npo of npos.slice(0, 8)) {
  const memberRegion = [NPO_SEATS[npo.name]].flat()[0];
  const region = pick(NORRA.filter((r) => r !== memberRegion));
  regionSeat(npo.ref, someone(areaPool(npo.name), [region], npo.ref), 'DEPUTY', FIRST_DAY);
}
// The host supplies process leaders and a secretary to the NPOs it hosts and their NAGs.
for (const ref of [...hostedNpos.map((g) => g.ref), ...hostedNags]) {
  seat(ref, someone(nrfStaff, [VB], ref), 'PROCESS_LEADER', null, dayIn(FIRST_DAY, '2023-03-31'));
}
const secretary = newPerson(VB, 'Handläggare');
for (const npo of hostedNpos) seat(npo.ref, secretary, 'SECRETARY', null, FIRST_DAY);
// Patient representatives in three hosted NAGs; a co-opted expert who served in 2022–2023.
const patients = makePool(['Patientrepresentant'], 0);
for (const ref of hostedNags.slice(0, 3))
  seat(ref, someone(patients, NORRA, ref), 'PATIENT_REPRESENTATIVE', null, '2023-01-01');
seat('NAG Obesitas', newPerson(VN, 'Överläkare'), 'ADJUNCT', null, '2022-03-01', '2023-05-31');
// Appointments made for 2025: after both report days, so they show in the trend but not in the two counts.
for (const ref of otherNags.slice(0, 3))
  regionSeat(ref, someone(areaPool(areaOf(ref)), [NB], ref), 'MEMBER', dayIn('2025-02-01', '2025-09-01'));
regionSeat('NAG Hälsosamtal', someone(areaPool('Levnadsvanor'), [JH], 'NAG Hälsosamtal'), 'MEMBER', '2025-03-01');
