import { randomUUID } from 'node:crypto';
import { searchKey } from '../common/connection.js';
import { addDays, addYears, type IsoDate } from '../common/dates.js';
import { GroupStatus, GroupType, Tier, tierOf } from '../modules/groups/group-type.js';
import { defaultParticipation, MemberRole, representsRegion } from '../modules/memberships/member-role.js';
import { Gender } from '../modules/persons/person.entity.js';
import { AREAS, FIRST_NAMES, LAST_NAMES, mulberry32, TITLES } from './national-words.js';

export interface ReferenceRegion {
  id: string;
  code: string;
  healthcareRegionId: string;
  population: number;
}

export interface ReferenceGroup {
  id: string;
  type: GroupType;
  name: string;
}

export interface NationalScale {
  /** Working groups per national programme area (26 NPOs × 6 ≈ 150 NAGs). */
  nagsPerNpo: number;
  /** Working groups per healthcare-regional programme area (26 RPOs × 5 + 26 RPOs + 6 RSGs ≈ 180 per healthcare region). */
  ragsPerRpo: number;
  /** Local programme areas, working groups and collaboration groups per region (≈ 40). */
  lposPerRegion: number;
  lagsPerRegion: number;
  lsgsPerRegion: number;
  persons: number;
  /** Consecutive terms per seat over the ten years. */
  termsPerSeat: number;
  seatsPerGroup: number;
}

/**
 * About 2,000 groups, 20,000 persons and 60,000 memberships over ten years: a register of the whole national system,
 * for the bench and the query budget.
 */
export const NATIONAL_SCALE: NationalScale = {
  nagsPerNpo: 6,
  ragsPerRpo: 5,
  lposPerRegion: 14,
  lagsPerRegion: 20,
  lsgsPerRegion: 6,
  persons: 20_000,
  termsPerSeat: 3,
  seatsPerGroup: 10,
};

const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

export interface NationalRows {
  groups: Record<string, unknown>[];
  persons: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  nominations: Record<string, unknown>[];
  candidates: Record<string, unknown>[];
  questions: Record<string, unknown>[];
  dialogues: Record<string, unknown>[];
  answers: Record<string, unknown>[];
  actions: Record<string, unknown>[];
}

/**
 * Generates the national-scale data set in memory, as rows ready for bulk INSERTs, obeying every rule the services
 * enforce: working groups under the programme area of their own tier and owner, counterparts one tier up in the
 * owner's healthcare region, represented regions within the group's owner, no person twice in one group at once.
 */
export function generateNational(
  reference: { regions: ReferenceRegion[]; nationalGroups: ReferenceGroup[] },
  scale: NationalScale = NATIONAL_SCALE,
  seed = 2026,
): NationalRows {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const rows: NationalRows = {
    groups: [],
    persons: [],
    memberships: [],
    nominations: [],
    candidates: [],
    questions: [],
    dialogues: [],
    answers: [],
    actions: [],
  };
  const healthcareRegionIds = [...new Set(reference.regions.map((r) => r.healthcareRegionId))];
  const regionsOf = (hr: string) => reference.regions.filter((r) => r.healthcareRegionId === hr);
  const totalPopulation = reference.regions.reduce((sum, r) => sum + r.population, 0);

  interface G {
    id: string;
    type: GroupType;
    name: string;
    healthcareRegionId: string | null;
    regionId: string | null;
  }
  const groups: G[] = [];
  const addGroup = (
    type: GroupType,
    name: string,
    owner: { healthcareRegionId?: string | null; regionId?: string | null },
    parentId: string | null,
    counterpartId: string | null,
  ): G => {
    const group: G = {
      id: randomUUID(),
      type,
      name,
      healthcareRegionId: owner.healthcareRegionId ?? null,
      regionId: owner.regionId ?? null,
    };
    groups.push(group);
    rows.groups.push({
      id: group.id,
      type,
      name,
      searchKey: searchKey(name),
      status: GroupStatus.ACTIVE,
      mandate: null,
      universityHealthcare: type === GroupType.RPO && random() < 0.5,
      parentId,
      counterpartId,
      healthcareRegionId: group.healthcareRegionId,
      regionId: group.regionId,
    });
    return group;
  };

  const npos = reference.nationalGroups.filter((g) => g.type === GroupType.NPO);
  const nsgs = reference.nationalGroups.filter((g) => g.type === GroupType.NSG);
  const nagsOf = new Map<string, G[]>();
  for (const npo of npos) {
    nagsOf.set(
      npo.id,
      Array.from({ length: scale.nagsPerNpo }, (_, i) =>
        addGroup(GroupType.NAG, `${npo.name}: ${AREAS[i % AREAS.length]} ${i + 1}`, {}, npo.id, null),
      ),
    );
  }
  const nationalGroups: G[] = [
    ...reference.nationalGroups.map((g) => ({ ...g, healthcareRegionId: null, regionId: null })),
    ...[...nagsOf.values()].flat(),
  ];

  const regionalGroups = new Map<string, G[]>();
  for (const hr of healthcareRegionIds) {
    const own: G[] = [];
    const rpos = npos.map((npo) => addGroup(GroupType.RPO, npo.name, { healthcareRegionId: hr }, null, npo.id));
    own.push(...rpos);
    rpos.forEach((rpo, i) => {
      const nags = nagsOf.get(npos[i]!.id)!;
      for (let j = 0; j < scale.ragsPerRpo; j++)
        own.push(
          addGroup(
            GroupType.RAG,
            `${rpo.name}: ${AREAS[j % AREAS.length]} ${j + 1}`,
            { healthcareRegionId: hr },
            rpo.id,
            nags[j % nags.length]!.id,
          ),
        );
    });
    own.push(...nsgs.map((nsg) => addGroup(GroupType.RSG, nsg.name, { healthcareRegionId: hr }, null, nsg.id)));
    regionalGroups.set(hr, own);
  }
  const localGroups: G[] = [];
  for (const region of reference.regions) {
    const regional = regionalGroups.get(region.healthcareRegionId)!;
    const rpos = regional.filter((g) => g.type === GroupType.RPO);
    const rags = regional.filter((g) => g.type === GroupType.RAG);
    const rsgs = regional.filter((g) => g.type === GroupType.RSG);
    const lpos = Array.from({ length: scale.lposPerRegion }, (_, i) =>
      addGroup(GroupType.LPO, rpos[i % rpos.length]!.name, { regionId: region.id }, null, rpos[i % rpos.length]!.id),
    );
    localGroups.push(...lpos);
    for (let j = 0; j < scale.lagsPerRegion; j++) {
      const lpo = lpos[j % lpos.length]!;
      localGroups.push(
        addGroup(
          GroupType.LAG,
          `${lpo.name}: ${AREAS[j % AREAS.length]} ${j + 1}`,
          { regionId: region.id },
          lpo.id,
          pick(rags).id,
        ),
      );
    }
    for (let j = 0; j < scale.lsgsPerRegion; j++)
      localGroups.push(
        addGroup(GroupType.LSG, rsgs[j % rsgs.length]!.name, { regionId: region.id }, null, rsgs[j % rsgs.length]!.id),
      );
  }

  // Persons, employed by regions in proportion to their population.
  const personsByRegion = new Map<string, string[]>(reference.regions.map((r) => [r.id, []]));
  const weighted = (): ReferenceRegion => {
    let x = random() * totalPopulation;
    for (const region of reference.regions) if ((x -= region.population) < 0) return region;
    return reference.regions.at(-1)!;
  };
  for (let i = 0; i < scale.persons; i++) {
    const region = i < reference.regions.length ? reference.regions[i]! : weighted();
    const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const id = randomUUID();
    const email = `${searchKey(name).replace(/[^a-zåäö]+/g, '.')}.${i}@region${region.code}.example`;
    rows.persons.push({
      id,
      name,
      searchKey: searchKey(name),
      email,
      emailKey: email.toLowerCase(),
      title: pick(TITLES),
      gender: random() < 0.55 ? Gender.WOMAN : random() < 0.97 ? Gender.MAN : Gender.OTHER,
      employerRegionId: region.id,
      archivedAt: null,
      erasedAt: null,
    });
    personsByRegion.get(region.id)!.push(id);
  }

  // Memberships: each seat held in consecutive terms from 2016 on; a person holds at most one seat in a group.
  const start = `${FIRST_YEAR}-01-01`;
  const end = `${LAST_YEAR + 1}-12-31`;
  const seatRegion = (group: G): ReferenceRegion => {
    if (tierOf(group.type) === Tier.LOCAL) return reference.regions.find((r) => r.id === group.regionId)!;
    if (tierOf(group.type) === Tier.HEALTHCARE_REGION) return pick(regionsOf(group.healthcareRegionId!));
    return weighted();
  };
  const roleOf = (seat: number): MemberRole =>
    seat === 0
      ? MemberRole.CHAIR
      : seat === 1
        ? MemberRole.VICE_CHAIR
        : seat === 2
          ? MemberRole.SECRETARY
          : seat === 3
            ? MemberRole.DEPUTY
            : MemberRole.MEMBER;
  for (const group of [...nationalGroups, ...[...regionalGroups.values()].flat(), ...localGroups]) {
    const used = new Set<string>();
    for (let seat = 0; seat < scale.seatsPerGroup; seat++) {
      const role = roleOf(seat);
      let from = addDays(start, int(0, 400));
      for (let term = 0; term < scale.termsPerSeat && from <= end; term++) {
        const region = seatRegion(group);
        const pool = personsByRegion.get(region.id)!;
        let personId = pick(pool);
        for (let tries = 0; used.has(personId) && tries < 20; tries++) personId = pick(pool);
        if (used.has(personId)) continue;
        used.add(personId);
        const last = term === scale.termsPerSeat - 1 && random() < 0.6 ? null : addDays(addYears(from, int(2, 4)), -1);
        rows.memberships.push({
          id: randomUUID(),
          groupId: group.id,
          personId,
          role,
          participation: defaultParticipation(role),
          representedRegionId: representsRegion(role) ? region.id : null,
          startDate: from,
          endDate: last,
          note: null,
          archivedAt: null,
        });
        if (!last) break;
        from = addDays(last, 1);
      }
    }
  }

  // Nominations: one decided call for about every thirtieth membership, with two candidates; a few still open.
  const nationalAndRegional = [...nationalGroups, ...[...regionalGroups.values()].flat()];
  const nominationCount = Math.round(rows.memberships.length / 30);
  for (let i = 0; i < nominationCount; i++) {
    const group = pick(nationalAndRegional);
    const open = i % 10 === 0;
    const id = randomUUID();
    const year = int(FIRST_YEAR, LAST_YEAR);
    rows.nominations.push({
      id,
      groupId: group.id,
      role: MemberRole.MEMBER,
      seats: 1,
      dueDate: open ? `${LAST_YEAR + 1}-0${int(1, 9)}-15` : `${year}-0${int(1, 9)}-15`,
      status: open ? 'OPEN' : 'DECIDED',
      regionId: null,
      description: null,
      decisionReference: open ? null : `Beslut ${year}:${i}`,
      openedBy: 'seed',
    });
    for (let c = 0; c < 2; c++) {
      const region = seatRegion(group);
      rows.candidates.push({
        id: randomUUID(),
        nominationId: id,
        personId: pick(personsByRegion.get(region.id)!),
        representedRegionId: region.id,
        motivation: null,
        competence: null,
        title: null,
        managerApproved: true,
        conflictOfInterestDeclared: true,
        declarationReviewed: !open,
        appointed: !open && c === 0,
        withdrawnAt: null,
        proposedBy: 'seed',
      });
    }
  }

  // Dialogues: every RPO and RSG each year, answering that year's questions, with an action agreed.
  const questionTexts = [
    ['nivastrukturering', 'Mål 2', 'Hur arbetar programområdet långsiktigt med nivåstrukturering?'],
    ['vardforlopp', 'Mål 3', 'Hur följer programområdet upp införandet av vårdförloppen?'],
    ['nara-vard', 'Mål 5', 'Hur samverkar gruppen med den nära vården?'],
    ['regionavtal', 'Mål 6', 'Hur följer programområdet upp att regionavtalet efterlevs?'],
  ] as const;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const questionIds = questionTexts.map(([key, goal, text], position) => {
      const id = randomUUID();
      rows.questions.push({
        id,
        year,
        key,
        text,
        goal,
        appliesTo: key === 'nara-vard' ? ['RPO', 'RSG'] : ['RPO'],
        universityHealthcareOnly: false,
        position,
      });
      return { id, key };
    });
    for (const group of [...regionalGroups.values()]
      .flat()
      .filter((g) => g.type === GroupType.RPO || g.type === GroupType.RSG)) {
      const id = randomUUID();
      const heldOn: IsoDate = `${year}-${String(int(3, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      rows.dialogues.push({
        id,
        groupId: group.id,
        heldOn,
        year,
        supplementary: false,
        notes: null,
        participantIds: [],
        leadUserId: 'seed',
      });
      for (const question of questionIds) {
        if ((group.type === GroupType.RSG && question.key !== 'nara-vard') || random() < 0.05) continue;
        rows.answers.push({
          id: randomUUID(),
          dialogueId: id,
          questionId: question.id,
          text: `Svar ${year} från ${group.name}.`,
        });
      }
      rows.actions.push({
        id: randomUUID(),
        dialogueId: id,
        description: 'Följ upp överenskommen åtgärd',
        ownerName: 'Ordförande',
        dueDate: `${year + 1}-06-30`,
        status: year < LAST_YEAR ? 'DONE' : 'OPEN',
      });
    }
  }
  return rows;
}
