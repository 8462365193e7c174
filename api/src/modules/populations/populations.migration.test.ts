import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, testDatabases } from '../../test-support/registry.js';

describe.each(await testDatabases())('the populations migration on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  beforeAll(async () => {
    env = await openTestServices({ database });
  });
  afterAll(() => env.close());

  it("keeps the working figure as 2023's both ways", async () => {
    const { db } = env;
    const norrbotten = (await db.query(`SELECT id FROM regions WHERE code = '25'`))[0].id as string;
    await db.query(
      `UPDATE region_populations SET population = 111111 WHERE "regionId" = '${norrbotten}' AND year = 2023`,
    );
    // Back to before the migration, undoing those after it first, with foreign keys off (see migrations.test.ts).
    const index = db.migrations.findIndex((m) => m.name?.startsWith('RegionPopulations'));
    for (let i = db.migrations.length - 1; i >= index; i--) await db.undoLastMigration({ transaction: 'none' });
    const working: { code: string; population: number }[] = await db.query('SELECT code, population FROM regions');
    expect(working).toHaveLength(21);
    expect(working.find((r) => r.code === '25')?.population).toBe(111111);
    expect(working.find((r) => r.code === '24')?.population).toBe(275000);

    await db.runMigrations({ transaction: 'each' });
    const figures: { regionId: string; year: number; population: number; version: number }[] = await db.query(
      'SELECT "regionId", year, population, version FROM region_populations',
    );
    expect(figures).toHaveLength(21);
    expect(figures.every((f) => f.year === 2023 && f.version === 1)).toBe(true);
    expect(figures.find((f) => f.regionId === norrbotten)?.population).toBe(111111);
  });
});
