import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import { OperationalGoalKind } from '../operational-goals/operational-goal.entity.js';
import { GoalVerdict } from './goal-verdict.js';
import { ShareGoalKind } from './share-goal.entity.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let norraId: string;
const region: Record<string, string> = {};

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  norraId = (await f.healthcareRegion('NORRA')).id;
  for (const code of ['25', '24', '23', '22', '12']) region[code] = (await f.region(code)).id;
  // 2023: Västerbotten 3 of 4 seats, Norrbotten 1; 2024: a Västerbotten seat passes to Västernorrland.
  const npo = await f.npo();
  const nag = await f.group(GroupType.NAG, { parentId: npo.id });
  const seat = async (code: string, startDate: string, endDate: string | null = null) =>
    f.membership(nag, await f.person(), { representedRegionId: region[code], startDate, endDate });
  await seat('24', '2022-01-01');
  await seat('24', '2022-01-01');
  await seat('24', '2022-01-01', '2023-12-31');
  await seat('25', '2022-01-01');
  await seat('22', '2024-01-01');
});
afterAll(() => env.close());

const goal = (fields: Partial<Parameters<typeof env.services.goals.create>[1]> = {}) =>
  env.services.goals.create(coordinator, {
    name: 'Jämnare fördelning',
    kind: ShareGoalKind.INCREASE_SHARE,
    healthcareRegionId: norraId,
    baselineDate: '2023-08-31',
    targetDate: '2024-12-31',
    regionIds: [region['25']!, region['22']!],
    ...fields,
  });

describe('share goals', () => {
  it('INCREASE_SHARE is met only when every listed region grew its share, and explains itself per region', async () => {
    const evaluation = await env.services.goals.evaluate(await goal(), null);
    expect(evaluation.asOf).toBe('2024-12-31');
    const rows = Object.fromEntries(evaluation.rows.map((r) => [r.region.code, [r.baselineShare, r.share, r.met]]));
    // Norrbotten stays at 1 of 4; Västernorrland goes from 0 to 1 of 4
    expect(rows).toEqual({ '25': [0.25, 0.25, false], '22': [0, 0.25, true] });
    expect(evaluation.met).toBe(false);
    const onlyGrowing = await env.services.goals.evaluate(await goal({ regionIds: [region['22']!] }), null);
    expect(onlyGrowing.met).toBe(true);
    expect(onlyGrowing.rows[0]!.change).toBeCloseTo(0.25, 10);
    const early = await env.services.goals.evaluate(await goal({ regionIds: [region['22']!] }), '2023-09-30');
    expect(early.met).toBe(false);
  });

  it('has three levels: met when every row is, partly met when some are, not met when none is', async () => {
    // Norrbotten stays at 1 of 4, Västernorrland grows from 0 to 1 of 4, Västerbotten shrinks from 3 to 2
    const some = await env.services.goals.evaluate(await goal(), null);
    expect(some.verdict).toBe(GoalVerdict.PARTLY_MET);
    const all = await env.services.goals.evaluate(await goal({ regionIds: [region['22']!] }), null);
    expect(all.verdict).toBe(GoalVerdict.MET);
    const none = await env.services.goals.evaluate(await goal({ regionIds: [region['25']!, region['24']!] }), null);
    expect(none.verdict).toBe(GoalVerdict.NOT_MET);
  });

  it('states the rule of each level from its own fields, and keeps its number', async () => {
    const numbered = await goal({ number: 1 });
    expect(numbered.number).toBe(1);
    const rules = await env.services.goals.levelRules(numbered);
    expect(rules.met).toBe(
      'Andelen uppdrag har ökat från 31 augusti 2023 till 31 december 2024 för var och en av Region Norrbotten och Region Västernorrland.',
    );
    expect(rules.partlyMet).toBe('Andelen har ökat för några men inte alla av regionerna.');
    const single = await env.services.goals.levelRules(
      await goal({ kind: ShareGoalKind.MAX_SHARE, maxShare: 0.5, regionIds: [region['24']!] }),
    );
    expect(single).toEqual({
      met: 'Den 31 december 2024 är andelen uppdrag för Region Västerbotten högst 50 procent.',
      partlyMet: null,
      notMet: 'Andelen är högre än 50 procent för samtliga regioner.',
    });
    const renumbered = await env.services.goals.update(coordinator, { id: numbered.id, number: null });
    expect(renumbered.number).toBeNull();
  });

  it('POPULATION_PARITY and MAX_SHARE compare with their bounds', async () => {
    // Västerbotten holds 2 of 4 = 50 %, population share 275/899 ≈ 30.6 %
    const parity = await goal({
      kind: ShareGoalKind.POPULATION_PARITY,
      tolerancePoints: 20,
      regionIds: [region['24']!],
    });
    const parityRow = (await env.services.goals.evaluate(parity, null)).rows[0]!;
    expect(parityRow.met).toBe(true);
    // the reason shown on the card: the distance to the population share in percentage points, signed
    expect(parityRow.gapPoints).toBeCloseTo((0.5 - parityRow.populationShare) * 100, 10);
    expect(parityRow.gapPoints).toBeGreaterThan(19);
    expect(parityRow.gapPoints).toBeLessThan(20);
    const strict = await goal({
      kind: ShareGoalKind.POPULATION_PARITY,
      tolerancePoints: 19,
      regionIds: [region['24']!],
    });
    expect((await env.services.goals.evaluate(strict, null)).met).toBe(false);
    const cap = await goal({ kind: ShareGoalKind.MAX_SHARE, maxShare: 0.5, regionIds: [region['24']!] });
    expect((await env.services.goals.evaluate(cap, null)).met).toBe(true);
    expect((await env.services.goals.evaluate(cap, '2023-08-31')).met).toBe(false);
  });

  it('refuses goals that cannot be evaluated, writing nothing', async () => {
    const count = async () => (await env.services.goals.list()).length;
    await expectRefusal(
      () => goal({ targetDate: '2023-08-31' }),
      { code: 'BAD_USER_INPUT', reason: 'TARGET_NOT_AFTER_BASELINE' },
      count,
    );
    await expectRefusal(
      () => goal({ regionIds: [region['12']!] }),
      { code: 'BAD_USER_INPUT', reason: 'REGION_OUTSIDE_HEALTHCARE_REGION' },
      count,
    );
    await expectRefusal(() => goal({ regionIds: [] }), { code: 'BAD_USER_INPUT', reason: 'REQUIRED' }, count);
    await expectRefusal(
      () => goal({ kind: ShareGoalKind.MAX_SHARE }),
      { code: 'BAD_USER_INPUT', reason: 'BOUND_REQUIRED' },
      count,
    );
    await expectRefusal(() => goal({ maxShare: 0.4 }), { code: 'BAD_USER_INPUT', reason: 'BOUND_NOT_ALLOWED' }, count);
    await expectRefusal(
      () =>
        env.services.goals.create(viewer, {
          name: 'x',
          kind: ShareGoalKind.INCREASE_SHARE,
          healthcareRegionId: norraId,
          baselineDate: '2023-01-01',
          targetDate: '2024-01-01',
          regionIds: [region['25']!],
        }),
      { code: 'FORBIDDEN' },
      count,
    );
  });

  it('edits and deletes goals', async () => {
    const created = await goal();
    const edited = await env.services.goals.update(coordinator, {
      id: created.id,
      name: 'Mål 1',
      expectedVersion: created.version,
    });
    expect(edited.name).toBe('Mål 1');
    await expectRefusal(
      () => env.services.goals.update(coordinator, { id: created.id, name: 'x', expectedVersion: created.version }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    expect(await env.services.goals.remove(coordinator, created.id)).toBe(true);
    expect(await env.services.goals.find(created.id)).toBeNull();
    await expectRefusal(() => env.services.goals.remove(coordinator, created.id), { code: 'NOT_FOUND' });
  });

  it('share one numbering with the operational goals of their healthcare region: a number taken is refused', async () => {
    const sodraId = (await f.healthcareRegion('SODRA')).id;
    const feedbackGoal = (number: number, healthcareRegionId = norraId) =>
      env.services.operationalGoals.create(coordinator, {
        number,
        name: `Återkoppling ${number}`,
        kind: OperationalGoalKind.FEEDBACK_GIVEN,
        healthcareRegionId,
        feedbackToSkr: true,
      });
    const numbers = async () => [
      ...(await env.services.goals.list(norraId)).map((g) => g.number),
      ...(await env.services.operationalGoals.list(norraId)).map((g) => g.number),
    ];
    const taken = async (write: () => Promise<unknown>) => {
      const error = await expectRefusal(write, { code: 'CONFLICT', reason: 'GOAL_NUMBER_TAKEN' }, numbers);
      expect(error.extensions.field).toBe('number');
    };
    const shareGoal = await goal({ number: 21 });
    const operationalGoal = await feedbackGoal(22);
    await taken(() => goal({ number: 21 }));
    await taken(() => goal({ number: 22 }));
    await taken(() => feedbackGoal(21));
    await taken(() => feedbackGoal(22));
    await taken(() => env.services.goals.update(coordinator, { id: shareGoal.id, number: 22 }));
    await taken(() => env.services.operationalGoals.update(coordinator, { id: operationalGoal.id, number: 21 }));
    // An edit that keeps the goal's own number is no clash, and another healthcare region numbers its goals itself.
    const renamed = await env.services.goals.update(coordinator, { id: shareGoal.id, number: 21, name: 'Omdöpt' });
    expect(renamed.number).toBe(21);
    const kept = await env.services.operationalGoals.update(coordinator, { id: operationalGoal.id, number: 22 });
    expect(kept.number).toBe(22);
    expect((await feedbackGoal(21, sodraId)).number).toBe(21);
    // A number given up is free again.
    await env.services.goals.update(coordinator, { id: shareGoal.id, number: null });
    expect((await feedbackGoal(21)).number).toBe(21);
  });
});
