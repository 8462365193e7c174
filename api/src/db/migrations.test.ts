import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { openScratchDatabase, testDatabases } from '../test-support/registry.js';

/** The schema the migrations build must be the one the entities describe: no statement left to synchronize. */
async function pendingStatements(db: DataSource): Promise<string[]> {
  const sql = await db.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

describe.each(await testDatabases())('migrations on %s', (kind) => {
  it('build exactly the schema of the entities, and undo cleanly', async () => {
    const { db, drop } = await openScratchDatabase(kind);
    try {
      expect(await pendingStatements(db)).toEqual([]);
      for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration();
      const remaining = await db.query(
        kind === 'sqlite'
          ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')`
          : `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'`,
      );
      expect(remaining).toEqual([]);
    } finally {
      await db.destroy();
      await drop();
    }
  });
});
