import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../api/src/modules/memberships/member-role.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { UserRole } from '../../api/src/common/user-role.js';
import {
  describeRoleMatrix,
  next,
  norra,
  norrbotten,
  registry,
  s,
  startMatrixRegistry,
  tokens,
} from './support/access-matrix.js';
import { lineageCases } from './support/access-cases/lineage.js';

/** Lineage over HTTP: who may record a change of form, what bad input gets back, and what the group then shows. */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

describeRoleMatrix(lineageCases);

const RECORD = `mutation ($input: RecordSuccessionInput!) {
  recordSuccession(input: $input) { successionId endedTerms carriedOverTerms links { kind takesEffectOn predecessor { id } successor { id } } }
}`;

const group = (type: GroupType) =>
  s().groups.create(coordinator, { name: `Linje ${type} ${next()}`, type, healthcareRegionId: norra });

async function rccWithMember() {
  const rcc = await group(GroupType.RSG);
  const person = await s().persons.create(coordinator, { name: `Linjeperson ${next()}`, employerRegionId: norrbotten });
  const term = await s().memberships.add(coordinator, {
    groupId: rcc.id,
    personId: person.id,
    role: MemberRole.MEMBER,
    representedRegionId: norrbotten,
    startDate: '2020-01-01',
  });
  return { rcc, person, term };
}

const send = (input: Record<string, unknown>) =>
  registry.request<Record<string, never>>(RECORD, { input }, tokens.get(UserRole.COORDINATOR));

/** The demo's kind of change: one group into another on New Year's Day 2025, its terms carried over. */
const mergerWithCarryOver = (predecessorId: string, successorId: string) => ({
  predecessorIds: [predecessorId],
  successorIds: [successorId],
  kind: 'MERGER',
  takesEffectOn: '2025-01-01',
  memberTerms: 'CARRY_OVER',
});

describe('recordSuccession with bad input', () => {
  it.each([
    ['a merger into two groups', { kind: 'MERGER', successors: 2 }, 'BAD_USER_INPUT', 'SUCCESSION_SHAPE'],
    ['a split into one group', { kind: 'SPLIT', successors: 1 }, 'BAD_USER_INPUT', 'SUCCESSION_SHAPE'],
    [
      'carry-over into two groups',
      { kind: 'SPLIT', successors: 2 },
      'BAD_USER_INPUT',
      'CARRY_OVER_NEEDS_ONE_SUCCESSOR',
    ],
    [
      'a group on both sides',
      { kind: 'TRANSFORMATION', successors: 0, self: true },
      'BAD_USER_INPUT',
      'SUCCESSION_CYCLE',
    ],
    [
      'a date that is not a date',
      { kind: 'TRANSFORMATION', successors: 1, date: '2025-02-30' },
      'BAD_USER_INPUT',
      null,
    ],
    ['an unknown successor', { kind: 'TRANSFORMATION', successors: 0, unknown: true }, 'NOT_FOUND', null],
    ['a kind that does not exist', { kind: 'ABSORPTION', successors: 1 }, 'BAD_USER_INPUT', null],
  ])('refuses %s and changes nothing', async (_, shape, code, reason) => {
    const { rcc } = await rccWithMember();
    const successorIds = [];
    for (let i = 0; i < shape.successors; i++) successorIds.push((await group(GroupType.RPO)).id);
    if ('self' in shape) successorIds.push(rcc.id);
    if ('unknown' in shape) successorIds.push('00000000-0000-4000-8000-000000000000');
    const fingerprint = await databaseFingerprint(registry.db);
    const result = await send({
      predecessorIds: [rcc.id],
      successorIds,
      kind: shape.kind,
      takesEffectOn: 'date' in shape ? shape.date : '2025-01-01',
      memberTerms: 'CARRY_OVER',
    });
    expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
    if (reason) expect(result.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });

  it('refuses a carry-over onto a member already in the successor as MEMBERSHIP_OVERLAP', async () => {
    const { rcc, person } = await rccWithMember();
    const cancer = await group(GroupType.RPO);
    await s().memberships.add(coordinator, {
      groupId: cancer.id,
      personId: person.id,
      role: MemberRole.MEMBER,
      representedRegionId: norrbotten,
      startDate: '2024-01-01',
    });
    const fingerprint = await databaseFingerprint(registry.db);
    const result = await send(mergerWithCarryOver(rcc.id, cancer.id));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEMBERSHIP_OVERLAP' });
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });
});

describe('a recorded succession as the groups and terms show it', () => {
  it('links the groups both ways, gives the lineage and ties the carried-over term to the one it continues', async () => {
    const { rcc, term } = await rccWithMember();
    const cancer = await group(GroupType.RPO);
    const recorded = await send({ ...mergerWithCarryOver(rcc.id, cancer.id), note: 'Beslut i förbundsdirektionen' });
    expect(recorded.data?.recordSuccession).toMatchObject({ endedTerms: 1, carriedOverTerms: 1 });
    const read = await registry.request<{
      group: { lineageGroupIds: string[]; predecessors: { note: string; predecessor: { status: string } }[] };
      old: {
        successors: { successor: { id: string } }[];
        memberships: { endDate: string; continuedBy: { group: { id: string } } }[];
      };
    }>(
      `query ($id: ID!, $old: ID!) {
        group(id: $id) { lineageGroupIds predecessors { note predecessor { status } } }
        old: group(id: $old) { successors { successor { id } } memberships(includeEnded: true) { endDate continuedBy { group { id } continues { id } } } }
      }`,
      { id: cancer.id, old: rcc.id },
      tokens.get(UserRole.VIEWER),
    );
    expect(read.errors).toBeUndefined();
    expect(new Set(read.data!.group.lineageGroupIds)).toEqual(new Set([cancer.id, rcc.id]));
    expect(read.data!.group.predecessors).toEqual([
      { note: 'Beslut i förbundsdirektionen', predecessor: { status: 'CLOSED' } },
    ]);
    expect(read.data!.old.successors).toEqual([{ successor: { id: cancer.id } }]);
    expect(read.data!.old.memberships).toEqual([
      { endDate: '2024-12-31', continuedBy: { group: { id: cancer.id }, continues: { id: term.id } } },
    ]);
  });
});
