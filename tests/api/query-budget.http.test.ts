import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';
import { NATIONAL_SCALE } from '../../api/src/seeding/national-data.js';
import { seedNational } from '../../api/src/seeding/national-seed.js';
import { readScenarios, SCENARIO_IDS, type Scenario, type ScenarioIds } from '../../api/src/test-support/scenarios.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/**
 * The statements each of the benchmark's requests sends are bounded by a constant: the same count on a register of
 * some 6,000 memberships and on one of some 18,000, before the caches hold anything and after.
 */
const SMALL = {
  ...NATIONAL_SCALE,
  nagsPerNpo: 2,
  ragsPerRpo: 1,
  lposPerRegion: 2,
  lagsPerRegion: 2,
  lsgsPerRegion: 1,
  persons: 2_000,
  seatsPerGroup: 6,
  termsPerSeat: 2,
};
const LARGER = { ...SMALL, ragsPerRpo: 3, lagsPerRegion: 6, persons: 6_000, seatsPerGroup: 8, termsPerSeat: 3 };

interface Sized {
  registry: TestRegistry;
  scenarios: Scenario[];
  memberships: number;
}

async function start(scale: typeof SMALL): Promise<Sized> {
  const registry = await startTestRegistry({ seed: 'none' });
  const { memberships } = await seedNational(registry.services, `${REPO_ROOT}seed-data`, scale);
  const ids = await registry.request<ScenarioIds>(SCENARIO_IDS, {}, registry.adminToken);
  const scenarios = readScenarios(ids.data!);
  // The vacancies screen: every seat of a healthcare region with the running nomination that would fill it.
  scenarios.push({
    name: 'vacancies with running nominations',
    query: `query ($asOf: Date, $hr: ID!) { seatStatus(asOf: $asOf, filter: { healthcareRegionId: $hr }) {
      id seats filled vacant group { id name type } healthcareRegion { id name } region { id name } openNomination { id status dueDate } } }`,
    variables: { asOf: '2025-06-30', hr: scenarios[0]!.variables.hr },
  });
  // The composition heat map: every group of a tier against its rules, with each red cell's suggested regions.
  scenarios.push({
    name: 'composition heat map',
    query: `query ($asOf: Date) { compositionHeatMap(tier: NATIONAL, asOf: $asOf) { asOf rules rows { status
      group { id name type } checks { status message suggestedRole suggestedRegions { id name } rule { id kind severity } } } } }`,
    variables: { asOf: '2025-06-30' },
  });
  return { registry, scenarios, memberships };
}

let small: Sized;
let larger: Sized;

beforeAll(async () => {
  small = await start(SMALL);
  larger = await start(LARGER);
}, 60_000);
afterAll(async () => {
  await small?.registry.stop();
  await larger?.registry.stop();
});

async function statements({ registry }: Sized, scenario: Scenario) {
  registry.queries.reset();
  const result = await registry.request(scenario.query, scenario.variables, registry.adminToken);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return registry.queries.count;
}

describe('query budget', () => {
  it('compares registers of clearly different sizes', () => {
    expect(larger.memberships).toBeGreaterThan(2.5 * small.memberships);
  });

  it.each([
    'representation report',
    '60-month trend',
    'group page',
    '50 groups with members',
    'nomination impact preview',
    'dashboard',
    'vacancies with running nominations',
    'composition heat map',
  ])('%s: the same number of statements whatever the size, cold and cached', async (name) => {
    const scenario = (sized: Sized) => sized.scenarios.find((s) => s.name === name)!;
    const cold = [await statements(small, scenario(small)), await statements(larger, scenario(larger))];
    const warm = [await statements(small, scenario(small)), await statements(larger, scenario(larger))];
    // An impact preview counts once per healthcare region its candidates come from: at most six, whatever the size.
    if (name === 'nomination impact preview') expect(Math.max(...cold)).toBeLessThanOrEqual(40);
    else expect(cold[1]).toBe(cold[0]);
    expect(warm[1]).toBe(warm[0]);
    expect(cold[0]).toBeLessThanOrEqual(40);
    // Once cached, a report costs the version check and at most the session lookup.
    if (name === 'representation report') expect(warm[0]).toBeLessThanOrEqual(2);
    // Seats, their groups, regions and running nominations: one statement per relation, not one per seat.
    if (name === 'vacancies with running nominations') expect(cold[0]).toBeLessThanOrEqual(8);
    // Groups, rules, terms, persons, organisations, regions, healthcare regions, suggested regions: a fixed count.
    if (name === 'composition heat map') expect(cold[0]).toBeLessThanOrEqual(12);
  });
});
