import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { Group } from '../groups/group.entity.js';
import { GroupStatus, GroupType } from '../groups/group-type.js';
import { MemberRole, Participation } from '../memberships/member-role.js';
import { Membership } from '../memberships/membership.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { GroupSuccession, SuccessionKind } from './group-succession.entity.js';
import { MemberTermsOnSuccession, type RecordSuccessionInput } from './lineage.inputs.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let norra: string;
const region: Record<string, string> = {};

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  norra = (await f.healthcareRegion('NORRA')).id;
  for (const code of ['25', '24', '23']) region[code] = (await f.region(code)).id;
});
afterAll(() => env.close());

const rsg = () => f.group(GroupType.RSG, { healthcareRegionId: norra });
const rpo = () => f.group(GroupType.RPO, { healthcareRegionId: norra });
const counts = async () => ({
  ...(await f.counts()),
  links: await env.db.getRepository(GroupSuccession).count(),
  closed: await env.db.getRepository(Group).countBy({ status: GroupStatus.CLOSED }),
  events: await env.db.getRepository(AuditEvent).count(),
});

function succession(
  predecessors: Group[],
  successors: Group[],
  fields: Partial<RecordSuccessionInput> = {},
): RecordSuccessionInput {
  return {
    predecessorIds: predecessors.map((g) => g.id),
    successorIds: successors.map((g) => g.id),
    kind: SuccessionKind.MERGER,
    takesEffectOn: '2025-01-01',
    memberTerms: MemberTermsOnSuccession.END,
    ...fields,
  };
}

const record = (input: RecordSuccessionInput) => env.services.lineage.recordSuccession(coordinator, input);

describe('the shape of a succession', () => {
  it.each([
    ['a merger into two groups', SuccessionKind.MERGER, 1, 2],
    ['a merger of none', SuccessionKind.MERGER, 0, 1],
    ['a split into one group', SuccessionKind.SPLIT, 1, 1],
    ['a split of two groups', SuccessionKind.SPLIT, 2, 2],
    ['a transformation of two groups', SuccessionKind.TRANSFORMATION, 2, 1],
  ])('refuses %s as SUCCESSION_SHAPE and changes nothing', async (_, kind, before, after) => {
    const predecessors = await Promise.all(Array.from({ length: before }, rsg));
    const successors = await Promise.all(Array.from({ length: after }, rpo));
    await expectRefusal(
      () => record(succession(predecessors, successors, { kind })),
      { code: 'BAD_USER_INPUT', reason: 'SUCCESSION_SHAPE' },
      counts,
    );
  });

  it('accepts a merger of two, a split into two and a transformation of one, linking every pair', async () => {
    const merged = await record(succession([await rsg(), await rsg()], [await rpo()]));
    expect(merged.links).toHaveLength(2);
    const split = await record(succession([await rsg()], [await rpo(), await rpo()], { kind: SuccessionKind.SPLIT }));
    expect(new Set(split.links.map((l) => l.successionId))).toEqual(new Set([split.successionId]));
    const transformed = await record(succession([await rsg()], [await rpo()], { kind: SuccessionKind.TRANSFORMATION }));
    expect(transformed.links).toHaveLength(1);
  });

  it('refuses CARRY_OVER into several successors, only coordinators and admins may record, closed successors refused', async () => {
    const [a, b, c] = [await rsg(), await rpo(), await rpo()];
    const split = { kind: SuccessionKind.SPLIT, memberTerms: MemberTermsOnSuccession.CARRY_OVER };
    await expectRefusal(() => record(succession([a], [b, c], split)), {
      code: 'BAD_USER_INPUT',
      reason: 'CARRY_OVER_NEEDS_ONE_SUCCESSOR',
    });
    await expectRefusal(
      () => env.services.lineage.recordSuccession(viewer, succession([a], [b])),
      { code: 'FORBIDDEN' },
      counts,
    );
    await env.services.groupClosing.closeGroup(coordinator, c.id, '2024-06-30');
    await expectRefusal(() => record(succession([a], [c])), { code: 'BAD_USER_INPUT', reason: 'GROUP_CLOSED' }, counts);
    await expectRefusal(() => record(succession([a], [{ id: 'nope' } as Group])), { code: 'NOT_FOUND' }, counts);
  });
});

describe('cycles and links already there', () => {
  it('refuses a group on both sides, a successor that is already a predecessor, and a pair or predecessor twice', async () => {
    const [a, b, c, d] = [await rsg(), await rsg(), await rpo(), await rpo()];
    await expectRefusal(() => record(succession([a, c], [c])), { code: 'BAD_USER_INPUT', reason: 'SUCCESSION_CYCLE' });
    await record(succession([a], [b], { kind: SuccessionKind.TRANSFORMATION, takesEffectOn: '2021-01-01' }));
    await record(succession([b], [c], { kind: SuccessionKind.TRANSFORMATION, takesEffectOn: '2023-01-01' }));
    // a → b → c: c may not become a predecessor of a (a is closed too, but the cycle is the reason).
    await expectRefusal(
      () => record(succession([c], [a], { kind: SuccessionKind.TRANSFORMATION })),
      { code: 'BAD_USER_INPUT', reason: 'SUCCESSION_CYCLE' },
      counts,
    );
    await expectRefusal(() => record(succession([b], [c])), { code: 'CONFLICT', reason: 'SUCCESSION_EXISTS' }, counts);
    await expectRefusal(
      () => record(succession([b], [d])),
      { code: 'CONFLICT', reason: 'PREDECESSOR_SUCCEEDED' },
      counts,
    );
    const lineages = await env.services.lineage.lineagesOf([c.id, b.id, d.id]);
    expect(new Set(lineages.get(c.id))).toEqual(new Set([a.id, b.id, c.id]));
    expect(lineages.get(d.id)).toEqual([d.id]);
  });
});

describe('the terms of the predecessors', () => {
  async function rccWithMembers() {
    const rcc = await rsg();
    const persons = [await f.person(), await f.person(), await f.person(), await f.person()];
    const terms = {
      ended: await f.membership(rcc, persons[0]!, {
        representedRegionId: region['25'],
        startDate: '2019-01-01',
        endDate: '2022-12-31',
      }),
      open: await f.membership(rcc, persons[1]!, {
        role: MemberRole.CHAIR,
        representedRegionId: region['24'],
        startDate: '2019-01-01',
      }),
      planned: await f.membership(rcc, persons[2]!, {
        representedRegionId: region['23'],
        startDate: '2023-01-01',
        endDate: '2026-12-31',
      }),
      later: await f.membership(rcc, persons[3]!, { role: MemberRole.SECRETARY, startDate: '2025-03-01' }),
    };
    return { rcc, persons, terms };
  }

  it('carries the terms over: ended the day before, continued in the successor, predecessor closed, audited', async () => {
    const { rcc, persons, terms } = await rccWithMembers();
    const cancer = await rpo();
    const result = await record(succession([rcc], [cancer], { memberTerms: MemberTermsOnSuccession.CARRY_OVER }));
    expect(result).toMatchObject({ endedTerms: 3, carriedOverTerms: 3 });

    const repo = env.db.getRepository(Membership);
    expect(await repo.findOneByOrFail({ id: terms.ended.id })).toMatchObject({ endDate: '2022-12-31' });
    expect(await repo.findOneByOrFail({ id: terms.open.id })).toMatchObject({ endDate: '2024-12-31' });
    expect(await repo.findOneByOrFail({ id: terms.planned.id })).toMatchObject({ endDate: '2024-12-31' });
    expect((await repo.findOneByOrFail({ id: terms.later.id })).archivedAt).not.toBeNull();

    const carried = await repo.findBy({ groupId: cancer.id });
    expect(carried.map((m) => m.personId).sort()).toEqual([persons[1]!.id, persons[2]!.id, persons[3]!.id].sort());
    const chair = carried.find((m) => m.personId === persons[1]!.id)!;
    expect(chair).toMatchObject({
      role: MemberRole.CHAIR,
      participation: Participation.DECIDING,
      representedRegionId: region['24'],
      startDate: '2025-01-01',
      endDate: null,
      continuesId: terms.open.id,
    });
    expect(carried.find((m) => m.personId === persons[2]!.id)).toMatchObject({
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      continuesId: terms.planned.id,
    });
    expect(carried.find((m) => m.personId === persons[3]!.id)).toMatchObject({
      startDate: '2025-03-01',
      continuesId: terms.later.id,
    });
    expect(await env.db.getRepository(Group).findOneByOrFail({ id: rcc.id })).toMatchObject({
      status: GroupStatus.CLOSED,
    });
    const events = await env.db.getRepository(AuditEvent).findBy({ operation: 'recordSuccession' });
    const about = (id: string) => events.filter((e) => e.entityId === id);
    expect(about(terms.open.id)).toHaveLength(1);
    expect(about(chair.id).length).toBeGreaterThanOrEqual(1);
    expect(about(rcc.id)).toHaveLength(1);
    expect(about(cancer.id)).toHaveLength(1);

    const history = await env.services.audit.history(coordinator, AuditEntityType.PERSON, persons[1]!.id, {
      first: 50,
    });
    expect(history.nodes.filter((e) => e.operation === 'recordSuccession').length).toBeGreaterThanOrEqual(2);
  });

  it('carries over a seat representing an organisation, the interests review day and a deputy tied to its member', async () => {
    const rcc = await rsg();
    const cancer = await rpo();
    const university = await env.services.organisations.create(coordinator, {
      name: `Universitet ${Math.random()}`,
      kind: OrganisationKind.UNIVERSITY,
    });
    const seatOf = (role: MemberRole, fields: Record<string, unknown>) =>
      f.person().then((person) =>
        env.services.memberships.add(coordinator, {
          groupId: rcc.id,
          personId: person.id,
          role,
          startDate: '2020-01-01',
          ...fields,
        }),
      );
    const member = await seatOf(MemberRole.MEMBER, {
      representedOrganisationId: university.id,
      interestsReviewedOn: '2023-05-01',
    });
    const deputy = await seatOf(MemberRole.DEPUTY, {
      representedOrganisationId: university.id,
      standsInForId: member.id,
    });
    await record(succession([rcc], [cancer], { memberTerms: MemberTermsOnSuccession.CARRY_OVER }));
    const repo = env.db.getRepository(Membership);
    const memberAfter = await repo.findOneByOrFail({ continuesId: member.id });
    expect(memberAfter).toMatchObject({
      groupId: cancer.id,
      representedOrganisationId: university.id,
      representedRegionId: null,
      interestsReviewedOn: '2023-05-01',
    });
    expect(await repo.findOneByOrFail({ continuesId: deputy.id })).toMatchObject({
      role: MemberRole.DEPUTY,
      standsInForId: memberAfter.id,
    });
  });

  it('ends the terms without carrying them over when asked to', async () => {
    const { rcc, terms } = await rccWithMembers();
    const cancer = await rpo();
    const result = await record(succession([rcc], [cancer]));
    expect(result).toMatchObject({ endedTerms: 3, carriedOverTerms: 0 });
    expect(await env.db.getRepository(Membership).countBy({ groupId: cancer.id })).toBe(0);
    expect(await env.db.getRepository(Membership).findOneByOrFail({ id: terms.open.id })).toMatchObject({
      endDate: '2024-12-31',
    });
  });

  it('refuses the whole succession as MEMBERSHIP_OVERLAP when a member already sits in the successor', async () => {
    const { rcc, persons, terms } = await rccWithMembers();
    const cancer = await rpo();
    await f.membership(cancer, persons[2]!, { representedRegionId: region['23'], startDate: '2024-06-01' });
    await expectRefusal(
      () => record(succession([rcc], [cancer], { memberTerms: MemberTermsOnSuccession.CARRY_OVER })),
      { code: 'CONFLICT', reason: 'MEMBERSHIP_OVERLAP' },
      counts,
    );
    expect(await env.db.getRepository(Membership).findOneByOrFail({ id: terms.open.id })).toMatchObject({
      endDate: null,
    });
    expect(await env.db.getRepository(Group).findOneByOrFail({ id: rcc.id })).toMatchObject({
      status: GroupStatus.ACTIVE,
    });
  });

  it('refuses a member of two merging groups carried into one successor', async () => {
    const [a, b, cancer] = [await rsg(), await rsg(), await rpo()];
    const person = await f.person();
    await f.membership(a, person, { representedRegionId: region['25'], startDate: '2020-01-01' });
    await f.membership(b, person, { representedRegionId: region['25'], startDate: '2020-01-01' });
    await expectRefusal(
      () => record(succession([a, b], [cancer], { memberTerms: MemberTermsOnSuccession.CARRY_OVER })),
      { code: 'CONFLICT', reason: 'MEMBERSHIP_OVERLAP' },
      counts,
    );
  });
});
