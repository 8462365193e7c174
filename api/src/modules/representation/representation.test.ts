import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrendInterval } from '../../common/periods.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { factories } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';

describe.each(await testDatabases())('representation on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let norraId: string;
  const region: Record<string, string> = {};

  beforeAll(async () => {
    env = await openTestServices({ database });
    const f = factories(env.services);
    norraId = (await f.healthcareRegion('NORRA')).id;
    for (const code of ['25', '24', '23', '22', '12']) region[code] = (await f.region(code)).id;
    const npo = await f.npo();
    const nag = await f.group(GroupType.NAG, { parentId: npo.id });
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: norraId });
    const seat = async (group: typeof npo, code: string, startDate: string, endDate: string | null = null, role = MemberRole.MEMBER) =>
      f.membership(group, await f.person(), { representedRegionId: region[code], startDate, endDate, role });
    await seat(npo, '24', '2022-01-01', '2023-12-31', MemberRole.CHAIR);
    await seat(npo, '25', '2024-01-01');
    await seat(nag, '24', '2022-01-01');
    await seat(nag, '24', '2022-01-01');
    await seat(nag, '23', '2023-06-01');
    await seat(nag, '24', '2022-01-01', null, MemberRole.DEPUTY);
    await seat(nag, '12', '2022-01-01');
    await seat(rpo, '22', '2022-01-01');
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

  it('gives one report per period end in a single statement', async () => {
    const trend = await env.services.representation.trend({ healthcareRegionId: norraId, from: '2023-01-01', to: '2024-03-15', interval: TrendInterval.QUARTER });
    expect(trend.map((r) => [r.asOf, r.totalSeats])).toEqual([
      ['2023-03-31', 3],
      ['2023-06-30', 4],
      ['2023-09-30', 4],
      ['2023-12-31', 4],
      ['2024-03-15', 4],
    ]);
    expect(trend.at(-1)?.shares.find((s) => s.region.code === '25')?.seats).toBe(1);
    await expectRefusal(
      () => env.services.representation.trend({ healthcareRegionId: norraId, from: '2024-01-01', to: '2023-01-01', interval: TrendInterval.MONTH }),
      { code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START' },
    );
  });

  it('refuses an unknown healthcare region with NOT_FOUND', async () => {
    await expectRefusal(() => env.services.representation.report({ healthcareRegionId: 'nope', asOf: '2024-01-01' }), { code: 'NOT_FOUND' });
  });
});
