import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../api/src/common/user-role.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { norra, norrbotten, registry, startMatrixRegistry, tokens } from './support/access-matrix.js';

/** Populations over HTTP: every role reads, only coordinators and administrators write; bad input changes nothing. */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

const SET = `mutation ($input: SetRegionPopulationInput!) {
  setRegionPopulation(input: $input) { id year population version region { code population populationIn(year: 2020) } }
}`;
const IMPORT = `mutation ($input: ImportRegionPopulationsInput!) {
  importRegionPopulations(input: $input) { year applied rows { line regionCode population previous region { name } } }
}`;
const fingerprint = () => databaseFingerprint(registry.services.db);

describe('populations over HTTP', () => {
  it.each([
    UserRole.ADMIN,
    UserRole.COORDINATOR,
    UserRole.REGION_REPRESENTATIVE,
    UserRole.DIALOGUE_LEAD,
    UserRole.VIEWER,
  ])('lets %s read every region and year', async (role) => {
    const { data, errors } = await registry.request<{
      regionPopulations: { year: number; population: number; region: { code: string } }[];
      representation: { shares: { population: number; populationYear: number }[]; organisationSeats: unknown[] };
    }>(
      `query ($hr: ID!) {
          regionPopulations(fromYear: 2019, toYear: 2025) { year population region { code } }
          representation(healthcareRegionId: $hr, asOf: "2020-06-30") { shares { population populationYear } organisationSeats { seats organisation { id name kind } } }
        }`,
      { hr: norra },
      tokens.get(role),
    );
    expect(errors).toBeUndefined();
    expect(data!.regionPopulations).toHaveLength(21 * 7);
    expect(data!.representation.shares.every((s) => s.populationYear === 2020)).toBe(true);
    expect(data!.representation.organisationSeats).toEqual([]);
  });

  it.each([UserRole.REGION_REPRESENTATIVE, UserRole.DIALOGUE_LEAD, UserRole.VIEWER])(
    'refuses %s to set or import a figure, changing nothing',
    async (role) => {
      const before = await fingerprint();
      const set = await registry.request(
        SET,
        { input: { regionId: norrbotten, year: 2022, population: 1 } },
        tokens.get(role),
      );
      expect(set.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const imported = await registry.request(
        IMPORT,
        { input: { year: 2022, text: '25;1', dryRun: true } },
        tokens.get(role),
      );
      expect(imported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await fingerprint()).toEqual(before);
    },
  );

  it.each([UserRole.ADMIN, UserRole.COORDINATOR])('lets %s set a figure and import a file', async (role) => {
    const year = role === UserRole.ADMIN ? 2030 : 2031;
    const set = await registry.request<{ setRegionPopulation: { version: number; region: { populationIn: number } } }>(
      SET,
      { input: { regionId: norrbotten, year, population: 250_000 } },
      tokens.get(role),
    );
    expect(set.errors).toBeUndefined();
    const imported = await registry.request<{ importRegionPopulations: { applied: boolean; rows: unknown[] } }>(
      IMPORT,
      {
        input: { year, text: 'Län;Folkmängd\n25 Norrbottens län;251 000\n24 Västerbottens län;276 000', dryRun: false },
      },
      tokens.get(role),
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importRegionPopulations).toMatchObject({
      applied: true,
      rows: [
        { line: 2, regionCode: '25', population: 251000, previous: 250000 },
        { line: 3, regionCode: '24', population: 276000, previous: null },
      ],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a year that is not a year', { year: 20_000, population: 1 }, 'NOT_A_YEAR'],
    ['a negative population', { year: 2022, population: -5 }, 'POPULATION_INVALID'],
    ['a population over 20 million', { year: 2022, population: 20_000_001 }, 'POPULATION_INVALID'],
    ['a stale version', { year: 2022, population: 3, expectedVersion: 99 }, 'STALE_VERSION'],
  ])('refuses %s with its reason, changing nothing', async (_, fields, reason) => {
    const before = await fingerprint();
    const { errors } = await registry.request(
      SET,
      { input: { regionId: norrbotten, ...fields } },
      tokens.get(UserRole.COORDINATOR),
    );
    expect(errors?.[0]?.extensions?.reason).toBe(reason);
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a file with an unknown code, a bad line, a code twice or too much text, changing nothing', async () => {
    const before = await fingerprint();
    for (const [text, reason] of [
      ['25;1\n77 Påhittat län;2', 'UNKNOWN_REGION_CODE'],
      ['25;1\n24;ett', 'POPULATION_FILE_INVALID'],
      ['25;1\n25;2', 'REGION_CODE_TWICE'],
      ['x'.repeat(200_001), 'INVALID_INPUT'],
    ] as const) {
      const { errors } = await registry.request(
        IMPORT,
        { input: { year: 2022, text, dryRun: false } },
        tokens.get(UserRole.COORDINATOR),
      );
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.reason, text.slice(0, 20)).toBe(reason);
    }
    const wide = await registry.request(
      'query { regionPopulations(fromYear: 1900, toYear: 2100) { id } }',
      {},
      tokens.get(UserRole.VIEWER),
    );
    expect(wide.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fingerprint()).toEqual(before);
  });
});
