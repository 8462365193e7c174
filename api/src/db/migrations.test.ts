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

      // Back to before the migration under test, undoing the ones that came after it first. Outside a transaction:
      // TypeORM turns SQLite's foreign keys off for an undo only after opening one, where the pragma does nothing, and
      // an undo that rebuilds a referenced table then fails.
      const underTest = env.db.migrations.findIndex((m) => m.name === 'SignInAttemptsAndEventPersons1796169292846');
      for (let i = env.db.migrations.length - 1; i >= underTest; i--)
        await env.db.undoLastMigration({ transaction: 'none' });
      // As the old code wrote them: the name at the time, which for Bo is no longer his name.
      await env.db.query(`UPDATE nomination_events SET detail = 'Bo Förr' WHERE detail = 'Bo Bytt'`);
      await env.db.runMigrations({ transaction: 'each' });

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

describe.each(await testDatabases())('the migration to bodies and participation on %s', (kind) => {
  it("keeps every group's type and gives existing staff members the participation of their role", async () => {
    const env = await openTestServices({ database: kind });
    try {
      const make = factories(env.services);
      const group = await make.group(GroupType.NPO);
      const secretary = await make.membership(group, await make.person(), { role: MemberRole.SECRETARY });
      const member = await make.membership(group, await make.person(), {
        representedRegionId: (await make.region('25')).id,
      });

      const own = env.db.migrations.findIndex((m) => m.name === 'BodiesAndParticipation1796195603823');
      for (let i = env.db.migrations.length - 1; i >= own; i--) await env.db.undoLastMigration({ transaction: 'none' });
      await env.db.runMigrations({ transaction: 'each' });

      const groups = await env.db.query<{ type: string }[]>(`SELECT type FROM groups WHERE id = '${group.id}'`);
      expect(groups).toEqual([{ type: 'NPO' }]);
      const rows = await env.db.query<{ id: string; participation: string }[]>(
        `SELECT id, participation FROM memberships`,
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, r.participation]))).toEqual({
        [secretary.id]: 'SPEAKING',
        [member.id]: 'DECIDING',
      });
    } finally {
      await env.close();
    }
  });
});
