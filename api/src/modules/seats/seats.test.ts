import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { Group } from '../groups/group.entity.js';
import { GroupStatus, GroupType, Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';

describe.each(await testDatabases())('seats and vacancies on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let f: ReturnType<typeof factories>;
  const hr: Record<string, string> = {};
  const region: Record<string, string> = {};

  beforeAll(async () => {
    env = await openTestServices({ database });
    f = factories(env.services);
    for (const code of ['NORRA', 'SODRA']) hr[code] = (await f.healthcareRegion(code)).id;
    for (const code of ['25', '24', '12']) region[code] = (await f.region(code)).id;
  });
  afterAll(() => env.close());

  it('counts the seats held per allocation and what is left vacant', async () => {
    const npo = await f.npo();
    await env.services.seats.set(coordinator, {
      groupId: npo.id,
      allocations: [
        { healthcareRegionId: hr.NORRA, seats: 2 },
        { healthcareRegionId: hr.SODRA, seats: 1 },
      ],
    });
    await f.membership(npo, await f.person(), { representedRegionId: region['25'], startDate: '2024-01-01' });
    await f.membership(npo, await f.person(), {
      representedRegionId: region['24'],
      startDate: '2024-01-01',
      role: MemberRole.DEPUTY,
    });
    await f.membership(npo, await f.person(), {
      representedRegionId: region['12'],
      startDate: '2024-01-01',
      endDate: '2024-06-30',
    });
    const rows = await env.services.seats.status('2024-03-01', { groupId: npo.id });
    const byOwner = Object.fromEntries(rows.map((r) => [r.healthcareRegionId, [r.seats, r.filled, r.vacant]]));
    expect(byOwner).toEqual({ [hr.NORRA!]: [2, 1, 1], [hr.SODRA!]: [1, 1, 0] });
    const later = await env.services.seats.status('2024-07-01', { groupId: npo.id });
    expect(later.reduce((n, r) => n + r.vacant, 0)).toBe(2);
    const norrbotten = await env.services.seats.status('2024-07-01', { regionId: region['25'], tier: Tier.NATIONAL });
    expect(norrbotten.filter((r) => r.groupId === npo.id).map((r) => r.vacant)).toEqual([1]);
  });

  it('takes seats per region below the national tier, and refuses other owners', async () => {
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: hr.NORRA });
    await env.services.seats.set(coordinator, {
      groupId: rpo.id,
      allocations: [
        { regionId: region['25'], seats: 1 },
        { regionId: region['24'], seats: 1 },
      ],
    });
    expect((await env.services.seats.status('2024-01-01', { groupId: rpo.id })).map((r) => r.vacant)).toEqual([1, 1]);
    await expectRefusal(
      () =>
        env.services.seats.set(coordinator, { groupId: rpo.id, allocations: [{ regionId: region['12'], seats: 1 }] }),
      { code: 'BAD_USER_INPUT', reason: 'SEAT_OWNER' },
    );
    await expectRefusal(
      () =>
        env.services.seats.set(coordinator, {
          groupId: rpo.id,
          allocations: [{ healthcareRegionId: hr.NORRA, seats: 1 }],
        }),
      { code: 'BAD_USER_INPUT', reason: 'SEAT_OWNER' },
    );
    await expectRefusal(
      () =>
        env.services.seats.set(coordinator, {
          groupId: rpo.id,
          allocations: [
            { regionId: region['25'], seats: 1 },
            { regionId: region['25'], seats: 2 },
          ],
        }),
      { code: 'BAD_USER_INPUT', reason: 'SEAT_OWNER_TWICE' },
    );
    await expectRefusal(() => env.services.seats.set(viewer, { groupId: rpo.id, allocations: [] }), {
      code: 'FORBIDDEN',
    });
    expect((await env.services.seats.status('2024-01-01', { groupId: rpo.id })).map((r) => r.seats)).toEqual([1, 1]);
  });

  it('leaves no vacancy in a dormant group, keeping its declared seats', async () => {
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: hr.NORRA });
    await env.services.seats.set(coordinator, { groupId: rpo.id, allocations: [{ regionId: region['25'], seats: 2 }] });
    expect((await env.services.seats.status('2024-01-01', { groupId: rpo.id })).map((r) => r.vacant)).toEqual([2]);
    await env.db.getRepository(Group).update({ id: rpo.id }, { status: GroupStatus.DORMANT });
    expect(
      (await env.services.seats.status('2024-01-01', { groupId: rpo.id })).map((r) => [r.seats, r.vacant]),
    ).toEqual([[2, 0]]);
    await env.db.getRepository(Group).update({ id: rpo.id }, { status: GroupStatus.CLOSED });
    expect(await env.services.seats.status('2024-01-01', { groupId: rpo.id })).toEqual([]);
  });

  it("carries the running nomination that would fill a seat, and none for another region's seat", async () => {
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: hr.NORRA });
    await env.services.seats.set(coordinator, {
      groupId: rpo.id,
      allocations: [
        { regionId: region['25'], seats: 1 },
        { regionId: region['24'], seats: 1 },
      ],
    });
    const seatOf = async (code: string) =>
      (await env.services.seats.status('2024-01-01', { groupId: rpo.id })).find((r) => r.regionId === region[code])!;
    expect(await env.services.nominations.runningForSeat(await seatOf('25'))).toBeNull();
    const forNorrbotten = await env.services.nominations.open(coordinator, {
      groupId: rpo.id,
      role: MemberRole.MEMBER,
      seats: 1,
      dueDate: '2024-03-01',
      regionId: region['25'],
    });
    expect((await env.services.nominations.runningForSeat(await seatOf('25')))?.id).toBe(forNorrbotten.id);
    expect(await env.services.nominations.runningForSeat(await seatOf('24'))).toBeNull();
    await env.services.nominations.cancel(coordinator, forNorrbotten.id, null);
    expect(await env.services.nominations.runningForSeat(await seatOf('25'))).toBeNull();
    const npo = await f.npo();
    await env.services.seats.set(coordinator, {
      groupId: npo.id,
      allocations: [
        { healthcareRegionId: hr.NORRA, seats: 1 },
        { healthcareRegionId: hr.SODRA, seats: 1 },
      ],
    });
    const any = await env.services.nominations.open(coordinator, {
      groupId: npo.id,
      role: MemberRole.MEMBER,
      seats: 1,
      dueDate: '2024-03-01',
      regionId: region['25'],
    });
    const npoRows = await env.services.seats.status('2024-01-01', { groupId: npo.id });
    const linked = await Promise.all(
      npoRows.map(async (r) => [r.healthcareRegionId, (await env.services.nominations.runningForSeat(r))?.id ?? null]),
    );
    expect(Object.fromEntries(linked)).toEqual({ [hr.NORRA!]: any.id, [hr.SODRA!]: null });
  });

  it('lists who can hold seats, with those declared', async () => {
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: hr.NORRA });
    await env.services.seats.set(coordinator, { groupId: rpo.id, allocations: [{ regionId: region['25'], seats: 3 }] });
    const owners = await env.services.seats.owners(rpo.id);
    expect(owners.find((o) => o.regionId === region['25'])?.seats).toBe(3);
    expect(owners.find((o) => o.regionId === region['24'])?.seats).toBe(0);
    expect(owners.every((o) => o.healthcareRegionId === null)).toBe(true);
    const national = await env.services.seats.owners((await f.npo()).id);
    expect(national.map((o) => o.healthcareRegionId)).toEqual(expect.arrayContaining([hr.NORRA, hr.SODRA]));
    expect(national.every((o) => o.regionId === null && o.seats === 0)).toBe(true);
  });
});
