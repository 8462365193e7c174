import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource, openDatabase } from './data-source.js';

const dir = mkdtempSync(join(tmpdir(), 'ks-mig-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PG_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const probe = new DataSource({ type: 'postgres', url: PG_URL, connectTimeoutMS: 2000 });
  try {
    await probe.initialize();
    await probe.destroy();
    return true;
  } catch {
    return false;
  }
}

/** The schema the migrations build must be the one the entities describe: no statement left to synchronize. */
async function pendingStatements(db: DataSource): Promise<string[]> {
  const sql = await db.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

describe('migrations', () => {
  it('build exactly the schema of the entities on SQLite, and undo cleanly', async () => {
    const db = await openDatabase({ url: `sqlite:${join(dir, 'm.sqlite')}` });
    expect(await pendingStatements(db)).toEqual([]);
    for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
    const tables: { name: string }[] = await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')`);
    expect(tables).toEqual([]);
    await db.destroy();
  });

  it('build exactly the schema of the entities on PostgreSQL', async (context) => {
    if (!(await postgresReachable())) {
      if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${PG_URL}, and CI must test it`);
      context.skip(`PostgreSQL is not reachable at ${PG_URL}; skipped`);
    }
    const schema = `mig_test_${process.pid}`;
    const admin = new DataSource({ type: 'postgres', url: PG_URL });
    await admin.initialize();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const db = createDataSource({ url: PG_URL });
      // Migrations use unqualified names: the search path keeps them inside the scratch schema.
      db.setOptions({ schema, extra: { options: `-c search_path=${schema},public` } } as never);
      await db.initialize();
      await db.runMigrations();
      expect(await pendingStatements(db)).toEqual([]);
      await db.destroy();
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.destroy();
    }
  });
});
