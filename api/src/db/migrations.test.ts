import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { GroupType } from '../modules/groups/group-type.js';
import { MemberRole } from '../modules/memberships/member-role.js';
import { coordinator, factories } from '../test-support/factories.js';
import { openScratchDatabase, openTestServices, testDatabases } from '../test-support/registry.js';

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

describe.each(await testDatabases())('the migration to nomination history by person id on %s', (kind) => {
  it('finds the candidate each old event named, by the name or as the only candidate, and drops the name', async () => {
    const env = await openTestServices({ database: kind });
    try {
      const make = factories(env.services);
      const region = (await make.region('25')).id;
      const group = await make.group(GroupType.NPO);
      const open = () =>
        env.services.nominations.open(coordinator, {
          groupId: group.id,
          role: MemberRole.MEMBER,
          seats: 1,
          dueDate: '2027-03-31',
        });
      const propose = (nominationId: string, personId: string) =>
        env.services.nominations.propose(coordinator, {
          nominationId,
          personId,
          representedRegionId: region,
          managerApproved: false,
          conflictOfInterestDeclared: false,
        });
      const [one, two] = [await open(), await open()];
      const anna = await env.services.persons.create(coordinator, { name: 'Anna Äldre' });
      const bo = await env.services.persons.create(coordinator, { name: 'Bo Bytt' });
      const cecilia = await env.services.persons.create(coordinator, { name: 'Cecilia Kvar' });
      await propose(one.id, anna.id);
      await propose(one.id, cecilia.id);
      await propose(two.id, bo.id);

      await env.db.undoLastMigration();
      // As the old code wrote them: the name at the time, which for Bo is no longer his name.
      await env.db.query(`UPDATE nomination_events SET detail = 'Bo Förr' WHERE detail = 'Bo Bytt'`);
      await env.db.runMigrations();

      const rows: { nominationId: string; detail: string | null; personId: string | null }[] = await env.db.query(
        `SELECT "nominationId", detail, "personId" FROM nomination_events WHERE action = 'CANDIDATE_PROPOSED'`,
      );
      const byPerson = (id: string) => rows.filter((r) => r.personId === id).map((r) => [r.nominationId, r.detail]);
      expect(byPerson(anna.id)).toEqual([[one.id, null]]);
      expect(byPerson(cecilia.id)).toEqual([[one.id, null]]);
      expect(byPerson(bo.id)).toEqual([[two.id, null]]);
    } finally {
      await env.close();
    }
  });
});
