import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrendInterval } from '../../common/periods.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories } from '../../test-support/factories.js';
import { ShareGoalKind } from '../goals/share-goal.entity.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';

describe.each(await testDatabases())('representation on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let norraId: string;
  let nagId: string;
  let npoId: string;
  let endedChairId: string;
  const region: Record<string, string> = {};

  beforeAll(async () => {
    env = await openTestServices({ database });
    const f = factories(env.services);
    norraId = (await f.healthcareRegion('NORRA')).id;
    for (const code of ['25', '24', '23', '22', '12']) region[code] = (await f.region(code)).id;
    const npo = await f.npo();
    const nag = await f.group(GroupType.NAG, { parentId: npo.id });
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: norraId });
    const seat = async (
      group: typeof npo,
      code: string,
      startDate: string,
      endDate: string | null = null,
      role = MemberRole.MEMBER,
    ) => f.membership(group, await f.person(), { representedRegionId: region[code], startDate, endDate, role });
    npoId = npo.id;
    nagId = nag.id;
    endedChairId = (await seat(npo, '24', '2022-01-01', '2023-12-31', MemberRole.CHAIR)).id;
    await seat(npo, '25', '2024-01-01');
    await seat(nag, '24', '2022-01-01');
    await seat(nag, '24', '2022-01-01');
    await seat(nag, '23', '2023-06-01');
    await seat(nag, '24', '2022-01-01', null, MemberRole.DEPUTY);
    await seat(nag, '12', '2022-01-01');
    await seat(rpo, '22', '2022-01-01');
    await seat(await f.group(GroupType.BG, { healthcareRegionId: norraId }), '25', '2022-01-01');
  });
  afterAll(() => env.close());

  it('shares the national chair, vice chair and member seats of one day by represented region, zero seats included', async () => {
    const report = await env.services.representation.report({ healthcareRegionId: norraId, asOf: '2023-12-31' });
    expect(report.totalSeats).toBe(4);
    const byCode = Object.fromEntries(report.shares.map((s) => [s.region.code, [s.seats, s.share]]));
    expect(byCode).toEqual({ '24': [3, 0.75], '23': [1, 0.25], '25': [0, 0], '22': [0, 0] });
    const populationShares = report.shares.map((s) => s.populationShare);
    expect(populationShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(report.shares.find((s) => s.region.code === '25')?.populationShare).toBeCloseTo(249 / 899, 10);
  });

  it('counts other tiers and roles when asked', async () => {
    const withDeputies = await env.services.representation.report({
      healthcareRegionId: norraId,
      asOf: '2024-06-30',
      roles: [MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.MEMBER, MemberRole.DEPUTY],
      tiers: [Tier.NATIONAL, Tier.HEALTHCARE_REGION],
    });
    const byCode = Object.fromEntries(withDeputies.shares.map((s) => [s.region.code, s.seats]));
    expect(byCode).toEqual({ '24': 3, '23': 1, '25': 1, '22': 1 });
  });

  it("counts a body's seats only when asked to", async () => {
    const seatsOf = async (includeBodies: boolean) =>
      Object.fromEntries(
        (
          await env.services.representation.report({
            healthcareRegionId: norraId,
            asOf: '2024-06-30',
            tiers: [Tier.HEALTHCARE_REGION],
            includeBodies,
          })
        ).shares.map((s) => [s.region.code, s.seats]),
      );
    expect(await seatsOf(false)).toEqual({ '24': 0, '23': 0, '25': 0, '22': 1 });
    expect(await seatsOf(true)).toEqual({ '24': 0, '23': 0, '25': 1, '22': 1 });
  });

  it('gives one report per period end in a single statement', async () => {
    const trend = await env.services.representation.trend({
      healthcareRegionId: norraId,
      from: '2023-01-01',
      to: '2024-03-15',
      interval: TrendInterval.QUARTER,
    });
    expect(trend.map((r) => [r.asOf, r.totalSeats])).toEqual([
      ['2023-03-31', 3],
      ['2023-06-30', 4],
      ['2023-09-30', 4],
      ['2023-12-31', 4],
      ['2024-03-15', 4],
    ]);
    expect(trend.at(-1)?.shares.find((s) => s.region.code === '25')?.seats).toBe(1);
    await expectRefusal(
      () =>
        env.services.representation.trend({
          healthcareRegionId: norraId,
          from: '2024-01-01',
          to: '2023-01-01',
          interval: TrendInterval.MONTH,
        }),
      { code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START' },
    );
  });

  it('refuses an unknown healthcare region with NOT_FOUND', async () => {
    await expectRefusal(() => env.services.representation.report({ healthcareRegionId: 'nope', asOf: '2024-01-01' }), {
      code: 'NOT_FOUND',
    });
  });

  it("drills down into one region's seats and the groups without it", async () => {
    const seats = await env.services.representation.regionSeats(region['24']!, '2023-12-31', {});
    expect(seats.map((m) => [m.groupId, m.role])).toEqual([
      [npoId, MemberRole.CHAIR],
      [nagId, MemberRole.MEMBER],
      [nagId, MemberRole.MEMBER],
    ]);
    const without = await env.services.representation.groupsWithoutRegion(region['25']!, '2023-12-31', {
      types: [GroupType.NPO, GroupType.NAG],
    });
    const withoutIds = without.map((g) => g.id);
    expect(withoutIds).toContain(npoId);
    expect(withoutIds).toContain(nagId);
    const later = await env.services.representation.groupsWithoutRegion(region['25']!, '2024-06-30', {
      types: [GroupType.NPO, GroupType.NAG],
    });
    expect(later.map((g) => g.id)).not.toContain(npoId);
    expect(later.map((g) => g.id)).toContain(nagId);
  });

  it('previews appointments and endings without writing, with every goal before and after', async () => {
    const goal = await env.services.goals.create(coordinator, {
      name: 'Norrbotten växer',
      kind: ShareGoalKind.INCREASE_SHARE,
      healthcareRegionId: norraId,
      baselineDate: '2023-06-30',
      targetDate: '2023-12-31',
      regionIds: [region['25']!],
    });
    const before = await env.services.representation.report({ healthcareRegionId: norraId, asOf: '2023-12-31' });
    const impact = await env.services.impact.impact({
      healthcareRegionId: norraId,
      asOf: '2023-12-31',
      appoint: [{ groupId: nagId, representedRegionId: region['25']!, role: MemberRole.MEMBER }],
      endMembershipIds: [endedChairId],
    });
    const seatsOf = (report: typeof before) => Object.fromEntries(report.shares.map((s) => [s.region.code, s.seats]));
    expect(seatsOf(impact.before)).toEqual(seatsOf(before));
    expect(seatsOf(impact.after)).toEqual({ '24': 2, '23': 1, '25': 1, '22': 0 });
    const goalImpact = impact.goals.find((g) => g.goal.id === goal.id)!;
    expect([goalImpact.before.met, goalImpact.after.met]).toEqual([false, true]);
    expect(goalImpact.affected).toBe(true);
    expect(goalImpact.affectedRegionIds).toEqual([region['25']]);
    const [rowBefore] = goalImpact.before.rows;
    const [rowAfter] = goalImpact.after.rows;
    expect(rowAfter!.share).toBeGreaterThan(rowBefore!.share);
    expect(rowAfter!.gapPoints).toBeCloseTo((rowAfter!.share - rowAfter!.populationShare) * 100, 6);
    const unchanged = await env.services.representation.report({ healthcareRegionId: norraId, asOf: '2023-12-31' });
    expect(seatsOf(unchanged)).toEqual(seatsOf(before));
    await expectRefusal(
      () =>
        env.services.impact.impact({
          healthcareRegionId: norraId,
          asOf: '2023-12-31',
          appoint: [],
          endMembershipIds: ['nope'],
        }),
      { code: 'NOT_FOUND' },
    );
  });

  it('ranks regions for the next seat by Sainte-Laguë with population weights, with a reason', async () => {
    // 2023-12-31: Västerbotten 3 seats, Jämtland Härjedalen 1, Norrbotten 0, Västernorrland 0
    const ranking = await env.services.impact.recommend({ healthcareRegionId: norraId, asOf: '2023-12-31' });
    // quotients: 249000/1, 243000/1, 132000/3 = 44000, 275000/7 ≈ 39286
    expect(ranking.map((r) => r.region.code)).toEqual(['25', '22', '23', '24']);
    expect(ranking[0]).toMatchObject({ rank: 1, seats: 0, quotient: 249000, shareIfAppointed: 0.2 });
    expect(ranking[0]!.reason).toMatch(/Region Norrbotten har 0 av 4 platser/);
    // Shares as the UI writes them: one decimal, and a no-break space so that "%" never wraps alone.
    expect(ranking[0]!.reason).toContain('(0,0\u00a0%)');
    expect(ranking[0]!.reason).toContain('med platsen blir andelen 20,0\u00a0%');
    expect(ranking[0]!.reason).not.toMatch(/\d %/);
    expect(ranking[0]!.reason).toMatch(/Sainte-Laguë/);
  });
});
