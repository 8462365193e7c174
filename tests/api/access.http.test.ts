import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistrySchema } from '../../api/src/app/schema.js';
import type { Actor } from '../../api/src/modules/auth/actor.js';
import { UserRole } from '../../api/src/modules/auth/user-role.js';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../api/src/modules/memberships/member-role.js';
import { ShareGoalKind } from '../../api/src/modules/goals/share-goal.entity.js';
import { AuditEvent } from '../../api/src/modules/audit/audit-event.entity.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/**
 * The role matrix of issue 6: every mutation, sent over HTTP by a user of every role. Allowed → done, with its audit
 * event; not allowed → FORBIDDEN, and not one row of the register changed.
 */
let registry: TestRegistry;
const tokens = new Map<UserRole, string>();
let norrbotten: string;
let vasterbotten: string;
let norra: string;
let sequence = 0;
const next = () => ++sequence;
// Question sets are per year, and the API takes years up to 2100.
let yearSequence = 2000;
const nextYear = () => ++yearSequence;
const admin: Actor = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
  const regions = await registry.services.geography.regions();
  norrbotten = regions.find((r) => r.code === '25')!.id;
  vasterbotten = regions.find((r) => r.code === '24')!.id;
  norra = regions.find((r) => r.code === '25')!.healthcareRegionId;
  tokens.set(UserRole.ADMIN, registry.adminToken);
  for (const role of [UserRole.COORDINATOR, UserRole.REGION_REPRESENTATIVE, UserRole.DIALOGUE_LEAD, UserRole.VIEWER]) {
    const email = `${role.toLowerCase()}@matrix.example`;
    await registry.services.auth.createUser(admin, {
      email,
      password: 'matrix-password-1',
      role,
      regionId: role === UserRole.REGION_REPRESENTATIVE ? norrbotten : null,
    });
    tokens.set(role, await registry.login(email, 'matrix-password-1'));
  }
});
afterAll(() => registry.stop());

const KEEPERS = [UserRole.ADMIN, UserRole.COORDINATOR];
const PROPOSERS = [...KEEPERS, UserRole.REGION_REPRESENTATIVE];
const DIALOGUE_KEEPERS = [...KEEPERS, UserRole.DIALOGUE_LEAD];

// Fixtures are made through the services as a coordinator; the region representative's are in their own region.
const s = () => registry.services;
const npo = () => s().groups.create(coordinator, { name: `Matris-NPO ${next()}`, type: GroupType.NPO });
const person = () => s().persons.create(coordinator, { name: `Matrisperson ${next()}`, employerRegionId: norrbotten });
async function membership() {
  const [group, member] = [await npo(), await person()];
  return s().memberships.add(coordinator, {
    groupId: group.id,
    personId: member.id,
    role: MemberRole.MEMBER,
    representedRegionId: norrbotten,
    startDate: '2024-01-01',
    endDate: '2026-12-31',
  });
}
const nomination = async () =>
  s().nominations.open(coordinator, {
    groupId: (await npo()).id,
    role: MemberRole.MEMBER,
    seats: 1,
    dueDate: '2027-03-31',
  });
async function candidate() {
  const [opened, proposed] = [await nomination(), await person()];
  return s().nominations.propose(coordinator, {
    nominationId: opened.id,
    personId: proposed.id,
    representedRegionId: norrbotten,
    managerApproved: true,
    conflictOfInterestDeclared: true,
  });
}
const goal = () =>
  s().goals.create(coordinator, {
    name: `Matrismål ${next()}`,
    kind: ShareGoalKind.INCREASE_SHARE,
    healthcareRegionId: norra,
    baselineDate: '2023-08-31',
    targetDate: '2024-12-31',
    regionIds: [vasterbotten],
  });
const question = () =>
  s().dialogues.createQuestion(coordinator, {
    year: nextYear(),
    key: 'q1',
    text: 'Hur går arbetet?',
    appliesTo: [GroupType.NPO],
    universityHealthcareOnly: false,
  });
async function dialogue() {
  return s().dialogues.log(coordinator, {
    groupId: (await npo()).id,
    heldOn: '2025-03-01',
    supplementary: false,
    participantIds: [],
    answers: [],
    actions: [{ description: 'Ta fram en plan', ownerName: 'Samordnaren' }],
  });
}
const user = () =>
  s().auth.createUser(admin, {
    email: `user${next()}@matrix.example`,
    password: 'matrix-password-1',
    role: UserRole.VIEWER,
  });

interface Case {
  mutation: string;
  allowed: UserRole[];
  prepare(): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

const cases: Case[] = [
  {
    mutation: 'createGroup',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { createGroup(input: { name: "Ny grupp ${next()}", type: NPO }) { id } }`,
    }),
  },
  {
    mutation: 'updateGroup',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateGroup(input: { id: "${(await npo()).id}", mandate: "Nytt uppdrag" }) { id } }`,
    }),
  },
  {
    mutation: 'archiveGroup',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { archiveGroup(id: "${(await npo()).id}") { id } }` }),
  },
  {
    mutation: 'createPerson',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: `mutation ($r: ID!) { createPerson(input: { name: "Ny person ${next()}", employerRegionId: $r }) { id } }`,
      variables: { r: norrbotten },
    }),
  },
  {
    mutation: 'updatePerson',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: `mutation { updatePerson(input: { id: "${(await person()).id}", title: "Överläkare" }) { id } }`,
    }),
  },
  {
    mutation: 'archivePerson',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { archivePerson(id: "${(await person()).id}") { id } }` }),
  },
  {
    mutation: 'erasePerson',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { erasePerson(id: "${(await person()).id}") { id } }` }),
  },
  {
    mutation: 'addMembership',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
      variables: {
        input: {
          groupId: (await npo()).id,
          personId: (await person()).id,
          role: 'MEMBER',
          representedRegionId: norrbotten,
          startDate: '2025-01-01',
        },
      },
    }),
  },
  {
    mutation: 'endMembership',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { endMembership(id: "${(await membership()).id}", endDate: "2025-06-30") { id } }`,
    }),
  },
  {
    mutation: 'updateMembership',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateMembership(input: { id: "${(await membership()).id}", note: "Beslut 2025:1" }) { id } }`,
    }),
  },
  {
    mutation: 'archiveMembership',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { archiveMembership(id: "${(await membership()).id}") { id } }` }),
  },
  {
    mutation: 'createShareGoal',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: CreateShareGoalInput!) { createShareGoal(input: $input) { id } }',
      variables: {
        input: {
          name: 'Nytt mål',
          kind: 'INCREASE_SHARE',
          healthcareRegionId: norra,
          baselineDate: '2023-08-31',
          targetDate: '2024-12-31',
          regionIds: [vasterbotten],
        },
      },
    }),
  },
  {
    mutation: 'updateShareGoal',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateShareGoal(input: { id: "${(await goal()).id}", name: "Omdöpt" }) { id } }`,
    }),
  },
  {
    mutation: 'deleteShareGoal',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { deleteShareGoal(id: "${(await goal()).id}") }` }),
  },
  {
    mutation: 'setGroupSeats',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: SetGroupSeatsInput!) { setGroupSeats(input: $input) { seats } }',
      variables: { input: { groupId: (await npo()).id, allocations: [{ healthcareRegionId: norra, seats: 2 }] } },
    }),
  },
  {
    mutation: 'openNomination',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { openNomination(input: { groupId: "${(await npo()).id}", role: MEMBER, seats: 1, dueDate: "2027-01-31" }) { id } }`,
    }),
  },
  {
    mutation: 'openRenewalNomination',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { openRenewalNomination(input: { membershipId: "${(await membership()).id}", dueDate: "2026-10-31" }) { id } }`,
    }),
  },
  {
    mutation: 'moveNominationToReview',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { moveNominationToReview(id: "${(await nomination()).id}") { id } }` }),
  },
  {
    mutation: 'cancelNomination',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { cancelNomination(id: "${(await nomination()).id}", reason: "Ingen kandidat") { id } }`,
    }),
  },
  {
    mutation: 'decideNomination',
    allowed: KEEPERS,
    prepare: async () => {
      const proposed = await candidate();
      return {
        query: 'mutation ($input: DecideNominationInput!) { decideNomination(input: $input) { id } }',
        variables: {
          input: { nominationId: proposed.nominationId, appointCandidateIds: [proposed.id], startDate: '2027-05-01' },
        },
      };
    },
  },
  {
    mutation: 'proposeCandidate',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: 'mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }',
      variables: {
        input: {
          nominationId: (await nomination()).id,
          personId: (await person()).id,
          representedRegionId: norrbotten,
          managerApproved: false,
          conflictOfInterestDeclared: false,
        },
      },
    }),
  },
  {
    mutation: 'updateCandidate',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: `mutation { updateCandidate(input: { id: "${(await candidate()).id}", motivation: "Bred erfarenhet" }) { id } }`,
    }),
  },
  {
    mutation: 'withdrawCandidate',
    allowed: PROPOSERS,
    prepare: async () => ({ query: `mutation { withdrawCandidate(id: "${(await candidate()).id}") { id } }` }),
  },
  {
    mutation: 'createDialogueQuestion',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { createDialogueQuestion(input: { year: ${nextYear()}, key: "q9", text: "Vilka mål?", appliesTo: [RPO] }) { id } }`,
    }),
  },
  {
    mutation: 'updateDialogueQuestion',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { updateDialogueQuestion(input: { id: "${(await question()).id}", text: "Ny lydelse" }) { id } }`,
    }),
  },
  {
    mutation: 'copyDialogueQuestions',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { copyDialogueQuestions(fromYear: ${(await question()).year}, toYear: ${nextYear()}) { id } }`,
    }),
  },
  {
    mutation: 'logDialogue',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { logDialogue(input: { groupId: "${(await npo()).id}", heldOn: "2025-04-01", notes: "Bra samtal" }) { id } }`,
    }),
  },
  {
    mutation: 'updateDialogue',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => ({
      query: `mutation { updateDialogue(input: { id: "${(await dialogue()).id}", notes: "Kompletterat" }) { id } }`,
    }),
  },
  {
    mutation: 'setDialogueActionStatus',
    allowed: DIALOGUE_KEEPERS,
    prepare: async () => {
      const [action] = await s().dialogues.actionsOf([(await dialogue()).id]);
      return { query: `mutation { setDialogueActionStatus(id: "${action!.id}", status: DONE) { id } }` };
    },
  },
  {
    mutation: 'confirmImport',
    allowed: KEEPERS,
    prepare: async () => {
      const job = await s().imports.upload(coordinator, 'matris.csv', Buffer.from(`Namn\nImporterad ${next()}\n`));
      return {
        query: `mutation { confirmImport(input: { jobId: "${job.id}", kind: PERSONS, mapping: [{ field: "name", column: "Namn" }] }) { created } }`,
      };
    },
  },
  {
    mutation: 'createUser',
    allowed: [UserRole.ADMIN],
    prepare: async () => ({
      query: `mutation { createUser(input: { email: "ny${next()}@matrix.example", password: "matrix-password-2", role: VIEWER }) { id } }`,
    }),
  },
  {
    mutation: 'updateUser',
    allowed: [UserRole.ADMIN],
    prepare: async () => ({
      query: `mutation { updateUser(input: { id: "${(await user()).id}", role: DIALOGUE_LEAD }) { id } }`,
    }),
  },
  {
    mutation: 'setUserPassword',
    allowed: [UserRole.ADMIN],
    prepare: async () => ({
      query: `mutation { setUserPassword(input: { id: "${(await user()).id}", password: "a-new-password-1" }) { id } }`,
    }),
  },
];

/** Open to every signed-in user (or to nobody signed in): nothing in them changes the register. */
const SESSION_MUTATIONS = ['login', 'logout'];

const auditCount = () => registry.db.getRepository(AuditEvent).count();

describe('the role matrix over HTTP', () => {
  it('covers every mutation of the schema', async () => {
    const schema = await buildRegistrySchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields()).filter((m) => !SESSION_MUTATIONS.includes(m));
    expect(cases.map((c) => c.mutation).sort()).toEqual(mutations.sort());
  });

  describe.each(cases)('$mutation', (testCase) => {
    it.each(Object.values(UserRole))('as %s', async (role) => {
      const { query, variables } = await testCase.prepare();
      const fingerprint = await databaseFingerprint(registry.db);
      const events = await auditCount();
      const result = await registry.request(query, variables, tokens.get(role));
      if (testCase.allowed.includes(role)) {
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect(await auditCount()).toBeGreaterThan(events);
      } else {
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(result.errors?.[0]?.message).toMatch(/may not|only/);
        expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
      }
    });
  });
});

describe("a region representative and another region's records", () => {
  const asRepresentative = (query: string, variables?: Record<string, unknown>) =>
    registry.request(query, variables, tokens.get(UserRole.REGION_REPRESENTATIVE));

  it.each<[string, () => Promise<{ query: string; variables?: Record<string, unknown> }>]>([
    [
      'creates no person employed elsewhere',
      async () => ({
        query: `mutation { createPerson(input: { name: "Annan", employerRegionId: "${vasterbotten}" }) { id } }`,
      }),
    ],
    [
      "edits no other region's person",
      async () => {
        const other = await s().persons.create(coordinator, {
          name: `Västerbottning ${next()}`,
          employerRegionId: vasterbotten,
        });
        return { query: `mutation { updatePerson(input: { id: "${other.id}", title: "Chef" }) { id } }` };
      },
    ],
    [
      'moves no person of theirs to another region',
      async () => ({
        query: `mutation { updatePerson(input: { id: "${(await person()).id}", employerRegionId: "${vasterbotten}" }) { id } }`,
      }),
    ],
    [
      'proposes no candidate for another region',
      async () => ({
        query: 'mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }',
        variables: {
          input: {
            nominationId: (await nomination()).id,
            personId: (await person()).id,
            representedRegionId: vasterbotten,
            managerApproved: true,
            conflictOfInterestDeclared: true,
          },
        },
      }),
    ],
    [
      "withdraws no other region's candidate",
      async () => {
        const opened = await nomination();
        const other = await s().nominations.propose(coordinator, {
          nominationId: opened.id,
          personId: (await person()).id,
          representedRegionId: vasterbotten,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        });
        return { query: `mutation { withdrawCandidate(id: "${other.id}") { id } }` };
      },
    ],
  ])('%s', async (_name, prepare) => {
    const { query, variables } = await prepare();
    const fingerprint = await databaseFingerprint(registry.db);
    const result = await asRepresentative(query, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });
});

describe('what the API tells the client about the viewer', () => {
  it("says a region speaks of 'our' seats only to that region's representative", async () => {
    const query = 'query ($id: ID!) { region(id: $id) { id viewerRepresents } }';
    const ask = async (role: UserRole, id: string) =>
      (await registry.request<{ region: { viewerRepresents: boolean } }>(query, { id }, tokens.get(role))).data?.region
        .viewerRepresents;
    expect(await ask(UserRole.REGION_REPRESENTATIVE, norrbotten)).toBe(true);
    expect(await ask(UserRole.REGION_REPRESENTATIVE, vasterbotten)).toBe(false);
    expect(await ask(UserRole.COORDINATOR, norrbotten)).toBe(false);
    expect(await ask(UserRole.ADMIN, norrbotten)).toBe(false);
  });

  it('gives the configured review period to those who may review persons, and refuses the others', async () => {
    const ask = (role: UserRole) =>
      registry.request<{ personReviewYears: number }>('{ personReviewYears }', {}, tokens.get(role));
    expect((await ask(UserRole.COORDINATOR)).data?.personReviewYears).toBe(3);
    expect((await ask(UserRole.VIEWER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
