import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intervalsOverlap, isActiveOn } from '../../common/dates.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import { MemberRole, Participation } from './member-role.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
});
afterAll(() => env.close());

describe('date intervals', () => {
  const day = fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const interval = fc
    .tuple(day, fc.option(day))
    .map(([a, b]) => (b !== null && b < a ? ([b, a] as const) : ([a, b] as const)));

  it('two intervals overlap exactly when some day is active in both', () => {
    fc.assert(
      fc.property(interval, interval, ([aStart, aEnd], [bStart, bEnd]) => {
        const latestStart = aStart > bStart ? aStart : bStart;
        const sharesADay = isActiveOn(aStart, aEnd, latestStart) && isActiveOn(bStart, bEnd, latestStart);
        expect(intervalsOverlap(aStart, aEnd, bStart, bEnd)).toBe(sharesADay);
      }),
    );
  });

  it('treats endDate as the last day served', () => {
    expect(isActiveOn('2024-01-01', '2024-06-30', '2024-06-30')).toBe(true);
    expect(isActiveOn('2024-01-01', '2024-06-30', '2024-07-01')).toBe(false);
    expect(isActiveOn('2024-01-01', null, '2099-01-01')).toBe(true);
    expect(isActiveOn('2024-01-01', null, '2023-12-31')).toBe(false);
  });
});

describe('addMembership', () => {
  it('records a seat with its represented region, and defaults a local seat to the group region', async () => {
    const norrbotten = await f.region('25');
    const npo = await f.npo();
    const person = await f.person();
    const seat = await f.membership(npo, person, {
      role: MemberRole.CHAIR,
      representedRegionId: norrbotten.id,
      startDate: '2023-01-01',
    });
    expect(seat).toMatchObject({
      role: MemberRole.CHAIR,
      representedRegionId: norrbotten.id,
      startDate: '2023-01-01',
      endDate: null,
    });

    const lsg = await f.group(GroupType.LSG, { regionId: norrbotten.id });
    const local = await f.membership(lsg, person);
    expect(local.representedRegionId).toBe(norrbotten.id);
    const staff = await f.membership(lsg, await f.person(), { role: MemberRole.PROCESS_LEADER });
    expect(staff.representedRegionId).toBeNull();
  });

  it("gives a member the participation of their role unless told otherwise, and a new role's when the role changes", async () => {
    const lsg = await f.group(GroupType.LSG, { regionId: (await f.region('25')).id });
    const member = await f.membership(lsg, await f.person());
    const secretary = await f.membership(lsg, await f.person(), { role: MemberRole.SECRETARY });
    const coOpted = await env.services.memberships.add(coordinator, {
      groupId: lsg.id,
      personId: (await f.person()).id,
      role: MemberRole.ADJUNCT,
      participation: Participation.ATTENDING,
      startDate: '2024-01-01',
    });
    expect([member, secretary, coOpted].map((m) => m.participation)).toEqual([
      Participation.DECIDING,
      Participation.SPEAKING,
      Participation.ATTENDING,
    ]);
    const promoted = await env.services.memberships.update(coordinator, { id: secretary.id, role: MemberRole.MEMBER });
    expect(promoted.participation).toBe(Participation.DECIDING);
    const renamed = await env.services.memberships.update(coordinator, { id: coOpted.id, note: 'Adjungerad 2024' });
    expect(renamed.participation).toBe(Participation.ATTENDING);
  });

  it('refuses an end date before the start date', async () => {
    const npo = await f.npo();
    const person = await f.person();
    const region = await f.region('24');
    await expectRefusal(
      () =>
        f.membership(npo, person, { representedRegionId: region.id, startDate: '2024-05-01', endDate: '2024-04-30' }),
      { code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START' },
      f.counts,
    );
  });

  it('refuses a represented region for a role that represents none, and requires one for a national seat', async () => {
    const npo = await f.npo();
    const person = await f.person();
    const region = await f.region('24');
    for (const role of [
      MemberRole.PROCESS_LEADER,
      MemberRole.SECRETARY,
      MemberRole.ADJUNCT,
      MemberRole.PATIENT_REPRESENTATIVE,
    ]) {
      await expectRefusal(
        () => f.membership(npo, person, { role, representedRegionId: region.id }),
        { code: 'BAD_USER_INPUT', reason: 'ROLE_REPRESENTS_NO_REGION' },
        f.counts,
      );
    }
    await expectRefusal(
      () => f.membership(npo, person, { role: MemberRole.MEMBER }),
      { code: 'BAD_USER_INPUT', reason: 'REPRESENTED_REGION_REQUIRED' },
      f.counts,
    );
  });

  it('refuses a seat in a healthcare-regional group for a region outside its healthcare region', async () => {
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: (await f.healthcareRegion('NORRA')).id });
    const skane = await f.region('12');
    const person = await f.person();
    await expectRefusal(
      () => f.membership(rpo, person, { representedRegionId: skane.id }),
      { code: 'BAD_USER_INPUT', reason: 'REPRESENTED_REGION_OUTSIDE_OWNER' },
      f.counts,
    );
  });

  it('refuses overlapping memberships of one person in one group with CONFLICT, and allows consecutive terms', async () => {
    const npo = await f.npo();
    const person = await f.person();
    const region = (await f.region('23')).id;
    await f.membership(npo, person, { representedRegionId: region, startDate: '2022-01-01', endDate: '2023-12-31' });
    for (const [startDate, endDate] of [
      ['2023-12-31', null],
      ['2021-01-01', '2022-01-01'],
      ['2022-06-01', '2022-06-30'],
      ['2020-01-01', null],
    ] as const) {
      await expectRefusal(
        () => f.membership(npo, person, { role: MemberRole.DEPUTY, representedRegionId: region, startDate, endDate }),
        { code: 'CONFLICT', reason: 'MEMBERSHIP_OVERLAP' },
        f.counts,
      );
    }
    const next = await f.membership(npo, person, { representedRegionId: region, startDate: '2024-01-01' });
    expect(next.startDate).toBe('2024-01-01');
  });

  it('refuses closed groups, archived persons, unknown ids and viewers, writing nothing', async () => {
    const region = (await f.region('25')).id;
    const closed = await f.npo();
    await env.services.groupClosing.closeGroup(coordinator, closed.id);
    const member = await f.person();
    await expectRefusal(
      () => f.membership(closed, member, { representedRegionId: region }),
      { code: 'BAD_USER_INPUT', reason: 'GROUP_CLOSED' },
      f.counts,
    );
    const archived = await f.person();
    await env.services.persons.archive(coordinator, archived.id);
    const npo = await f.npo();
    await expectRefusal(
      () => f.membership(npo, archived, { representedRegionId: region }),
      { code: 'BAD_USER_INPUT', reason: 'PERSON_ARCHIVED' },
      f.counts,
    );
    await expectRefusal(
      () =>
        env.services.memberships.add(coordinator, {
          groupId: npo.id,
          personId: '7d9f0e2a-0000-4000-8000-000000000000',
          role: MemberRole.MEMBER,
          representedRegionId: region,
          startDate: '2024-01-01',
        }),
      { code: 'NOT_FOUND' },
      f.counts,
    );
    await expectRefusal(
      () =>
        env.services.memberships.add(viewer, {
          groupId: npo.id,
          personId: archived.id,
          role: MemberRole.MEMBER,
          representedRegionId: region,
          startDate: '2024-01-01',
        }),
      { code: 'FORBIDDEN' },
      f.counts,
    );
  });
});

describe('endMembership, updateMembership and archiveMembership', () => {
  it('ends a term on its last day, refuses ending it twice or before it began', async () => {
    const npo = await f.npo();
    const region = (await f.region('22')).id;
    const seat = await f.membership(npo, await f.person(), { representedRegionId: region, startDate: '2024-03-01' });
    await expectRefusal(() => env.services.memberships.end(coordinator, seat.id, '2024-02-28'), {
      code: 'BAD_USER_INPUT',
      reason: 'END_BEFORE_START',
    });
    const ended = await env.services.memberships.end(coordinator, seat.id, '2024-12-31');
    expect(ended.endDate).toBe('2024-12-31');
    await expectRefusal(() => env.services.memberships.end(coordinator, seat.id, '2025-06-30'), {
      code: 'CONFLICT',
      reason: 'MEMBERSHIP_ALREADY_ENDED',
    });
    expect((await env.services.memberships.end(coordinator, seat.id, '2024-10-31')).endDate).toBe('2024-10-31');
    await expectRefusal(() => env.services.memberships.end(coordinator, 'nope', '2024-10-31'), { code: 'NOT_FOUND' });
  });

  it('re-checks every rule on a correction, and drops the region when the role stops representing one', async () => {
    const npo = await f.npo();
    const person = await f.person();
    const region = (await f.region('22')).id;
    const first = await f.membership(npo, person, {
      representedRegionId: region,
      startDate: '2022-01-01',
      endDate: '2022-12-31',
    });
    const second = await f.membership(npo, person, { representedRegionId: region, startDate: '2023-01-01' });
    await expectRefusal(
      () => env.services.memberships.update(coordinator, { id: second.id, startDate: '2022-12-31' }),
      { code: 'CONFLICT', reason: 'MEMBERSHIP_OVERLAP' },
    );
    const adjunct = await env.services.memberships.update(coordinator, { id: first.id, role: MemberRole.ADJUNCT });
    expect(adjunct.representedRegionId).toBeNull();
    const archived = await env.services.memberships.archive(coordinator, second.id);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const listed = await env.services.memberships.forGroups([npo.id], null);
    expect(listed.map((m) => m.id)).toEqual([first.id]);
  });

  it('lists the members active on a day', async () => {
    const npo = await f.npo();
    const region = (await f.region('25')).id;
    const ended = await f.membership(npo, await f.person(), {
      representedRegionId: region,
      startDate: '2022-01-01',
      endDate: '2023-06-30',
    });
    const current = await f.membership(npo, await f.person(), {
      representedRegionId: region,
      startDate: '2023-07-01',
      role: MemberRole.CHAIR,
    });
    expect((await env.services.memberships.forGroups([npo.id], '2023-06-30')).map((m) => m.id)).toEqual([ended.id]);
    expect((await env.services.memberships.forGroups([npo.id], '2023-07-01')).map((m) => m.id)).toEqual([current.id]);
    expect((await env.services.memberships.forGroups([npo.id], null)).map((m) => m.id)).toEqual([current.id, ended.id]);
  });
});
