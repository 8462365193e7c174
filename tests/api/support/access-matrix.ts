import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../api/src/common/actor.js';
import { UserRole } from '../../../api/src/common/user-role.js';
import { GroupType } from '../../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../../api/src/modules/memberships/member-role.js';
import { ShareGoalKind } from '../../../api/src/modules/goals/share-goal.entity.js';
import { FeedbackRecipient } from '../../../api/src/modules/feedback/feedback-record.entity.js';
import { OperationalGoalKind } from '../../../api/src/modules/operational-goals/operational-goal.entity.js';
import { MeetingKind } from '../../../api/src/modules/meetings/meeting.entity.js';
import { AuditEvent } from '../../../api/src/modules/audit/audit-event.entity.js';
import { coordinator } from '../../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../../api/src/test-support/fingerprint.js';
import { startTestRegistry, type TestRegistry } from '../../../api/src/test-support/registry.js';

/**
 * The harness of the role matrix (access-*.http.test.ts): a registry with a user of every role, the
 * fixtures the cases are prepared from, and the test each case runs as every role. Each test file imports this module
 * afresh (vitest isolates files), so each has its own registry.
 */
export let registry: TestRegistry;
export const tokens = new Map<UserRole, string>();
export let norrbotten: string;
export let vasterbotten: string;
export let norra: string;
let sequence = 0;
export const next = () => ++sequence;
// A goal number names one goal of the healthcare region, and the API takes numbers up to 99.
let goalNumber = 0;
export const nextGoalNumber = () => ++goalNumber;
// Question sets are per year, and the API takes years up to 2100.
let yearSequence = 2000;
export const nextYear = () => ++yearSequence;
const admin: Actor = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };

/** The registry and a signed-in user of every role; the region representative's region is Norrbotten. */
export async function startMatrixRegistry(): Promise<TestRegistry> {
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
  return registry;
}

export const KEEPERS = [UserRole.ADMIN, UserRole.COORDINATOR];
export const PROPOSERS = [...KEEPERS, UserRole.REGION_REPRESENTATIVE];
export const DIALOGUE_KEEPERS = [...KEEPERS, UserRole.DIALOGUE_LEAD];

// Fixtures are made through the services as a coordinator; the region representative's are in their own region.
export const s = () => registry.services;
export const npo = () => s().groups.create(coordinator, { name: `Matris-NPO ${next()}`, type: GroupType.NPO });
export const person = () =>
  s().persons.create(coordinator, { name: `Matrisperson ${next()}`, employerRegionId: norrbotten });
export async function membership() {
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
export const nomination = async () =>
  s().nominations.open(coordinator, {
    groupId: (await npo()).id,
    role: MemberRole.MEMBER,
    seats: 1,
    dueDate: '2027-03-31',
  });
export async function candidate() {
  const [opened, proposed] = [await nomination(), await person()];
  return s().nominations.propose(coordinator, {
    nominationId: opened.id,
    personId: proposed.id,
    representedRegionId: norrbotten,
    managerApproved: true,
    conflictOfInterestDeclared: true,
  });
}
export const goal = () =>
  s().goals.create(coordinator, {
    name: `Matrismål ${next()}`,
    kind: ShareGoalKind.INCREASE_SHARE,
    healthcareRegionId: norra,
    baselineDate: '2023-08-31',
    targetDate: '2024-12-31',
    regionIds: [vasterbotten],
  });
// ---- feedback records and operational goals (issue 15) ----
export const feedbackRecord = () =>
  s().feedback.create(coordinator, {
    healthcareRegionId: norra,
    givenOn: '2024-04-15',
    recipient: FeedbackRecipient.SKR,
    subject: `Matrisåterkoppling ${next()}`,
  });
export const operationalGoal = () =>
  s().operationalGoals.create(coordinator, {
    number: nextGoalNumber(),
    name: `Matrismål ${next()}`,
    kind: OperationalGoalKind.FEEDBACK_GIVEN,
    healthcareRegionId: norra,
    feedbackToSkr: true,
  });
// ---- end of feedback records and operational goals ----
export const question = () =>
  s().dialogues.createQuestion(coordinator, {
    year: nextYear(),
    key: 'q1',
    text: 'Hur går arbetet?',
    appliesTo: [GroupType.NPO],
    universityHealthcareOnly: false,
  });
export async function dialogue() {
  return s().dialogues.log(coordinator, {
    groupId: (await npo()).id,
    heldOn: '2025-03-01',
    supplementary: false,
    participantIds: [],
    answers: [],
    actions: [{ description: 'Ta fram en plan', ownerName: 'Samordnaren' }],
  });
}
export const topic = () => s().meetings.createTopic(coordinator, { key: `matris-${next()}`, name: 'Matrisämne' });
/** A past meeting of a new NPO with one member, so that its roll call has a row. */
export async function meeting() {
  const term = await membership();
  return s().meetings.createMeeting(coordinator, {
    groupId: term.groupId,
    date: '2025-03-01',
    kind: MeetingKind.PLANNED,
  });
}
export const user = () =>
  s().auth.createUser(admin, {
    email: `user${next()}@matrix.example`,
    password: 'matrix-password-1',
    role: UserRole.VIEWER,
  });

export interface Case {
  mutation: string;
  allowed: UserRole[];
  prepare(): Promise<{ query: string; variables?: Record<string, unknown> }>;
}

const auditCount = () => registry.db.getRepository(AuditEvent).count();

/** Each case as every role: allowed → done, with its audit event; not allowed → FORBIDDEN, not one row changed. */
export function describeRoleMatrix(cases: Case[]) {
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
}
