import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../api/src/common/user-role.js';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../api/src/modules/memberships/member-role.js';
import {
  startTestRegistry,
  TEST_POSTGRES_URL,
  testDatabases,
  type TestRegistry,
} from '../../api/src/test-support/registry.js';

/** Import jobs on each database: claimed once under concurrent confirmations, scrubbed after, erased with a person. */
const databases = await testDatabases();
const admin = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };

describe.each(databases)('import jobs on %s', (database) => {
  let registry: TestRegistry;
  let pg: DataSource | null = null;
  const pgName = `ks_import_jobs_${process.pid}`;

  beforeAll(async () => {
    let databaseUrl: string | undefined;
    if (database === 'postgres') {
      pg = new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL });
      await pg.initialize();
      await pg.query(`DROP DATABASE IF EXISTS ${pgName}`);
      await pg.query(`CREATE DATABASE ${pgName}`);
      databaseUrl = TEST_POSTGRES_URL.replace(/\/[^/]+$/, `/${pgName}`);
    }
    registry = await startTestRegistry({ seed: 'reference', databaseUrl });
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
    if (pg) {
      await pg.query(`DROP DATABASE IF EXISTS ${pgName}`);
      await pg.destroy();
    }
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await registry.db.query(sql, params))[0].n);

  async function upload(content: Buffer, fileName: string): Promise<string> {
    const response = await fetch(`${registry.url}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${registry.adminToken}`, 'x-file-name': encodeURIComponent(fileName) },
      body: new Uint8Array(content),
    });
    const body = (await response.json()) as { id: string };
    expect(response.status, JSON.stringify(body)).toBe(201);
    return body.id;
  }

  async function mappingOf(jobId: string, kind: string) {
    const job = await registry.request<{ importJob: { suggestedMapping: { field: string; column: string }[] } }>(
      `{ importJob(id: "${jobId}") { suggestedMapping(kind: ${kind}) { field column } } }`,
      {},
      registry.adminToken,
    );
    return job.data!.importJob.suggestedMapping;
  }

  const RESULT = 'created changed unchanged refused rows { line problem { reason message } }';
  type Result = {
    created: number;
    changed: number;
    unchanged: number;
    refused: number;
    rows: { line: number; problem: { reason: string } | null }[];
  };

  const confirm = async (jobId: string, kind: string, mapping: { field: string; column: string }[]) =>
    registry.request<{ confirmImport: Result }>(
      `mutation ($input: ImportInput!) { confirmImport(input: $input) { ${RESULT} } }`,
      { input: { jobId, kind, mapping } },
      registry.adminToken,
    );

  const preview = async (jobId: string, kind: string) =>
    (
      await registry.request<{ importPreview: Result }>(
        `query ($input: ImportInput!) { importPreview(input: $input) { ${RESULT} } }`,
        { input: { jobId, kind, mapping: await mappingOf(jobId, kind) } },
        registry.adminToken,
      )
    ).data!.importPreview;

  it('imports a job once when two confirmations arrive at once', async () => {
    const group = await registry.services.groups.create(admin, { name: `Samtidig ${database}`, type: GroupType.NPO });
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `NPO;Samtidig ${database};Samtidig Person ${i};samtidig.${i}@${database}.example;Ledamot;Region Norrbotten;2024-01-01`,
    );
    const jobId = await upload(
      Buffer.from(['Grupptyp;Grupp;Namn;E-post;Roll;Företräder;Startdatum', ...lines].join('\n')),
      'samtidig.csv',
    );
    const mapping = await mappingOf(jobId, 'MEMBERSHIPS');
    const answers = await Promise.all([confirm(jobId, 'MEMBERSHIPS', mapping), confirm(jobId, 'MEMBERSHIPS', mapping)]);
    expect(answers.filter((a) => a.data?.confirmImport.created === 30)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'IMPORT_DONE' }),
    ]);
    expect(await count(`SELECT COUNT(*) AS n FROM persons WHERE name LIKE 'Samtidig Person %'`)).toBe(30);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM memberships WHERE "groupId" = $1`.replace('$1', database === 'sqlite' ? '?' : '$1'),
        [group.id],
      ),
    ).toBe(30);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM audit_events WHERE "entityType" = 'IMPORT' AND "entityId" = ${database === 'sqlite' ? '?' : '$1'}`,
        [jobId],
      ),
    ).toBe(1);
    // The uploaded rows are gone once imported; the job keeps its counts.
    const [job] = await registry.db.query(
      `SELECT rows, "rowCount" FROM import_jobs WHERE id = ${database === 'sqlite' ? '?' : '$1'}`,
      [jobId],
    );
    expect([job.rows, job.rowCount]).toEqual(['', 30]);
  });

  it('imports back its own CSV export, formulas defused', async () => {
    const group = await registry.services.groups.create(admin, {
      name: '=HYPERLINK("http://x.example","klicka")',
      type: GroupType.NPO,
    });
    const ann = await registry.services.persons.create(admin, {
      name: '-Ann Formel',
      email: `ann.${database}@formel.example`,
    });
    const norrbotten = (await registry.services.geography.regions()).find((r) => r.name === 'Region Norrbotten')!;
    await registry.services.memberships.add(admin, {
      groupId: group.id,
      personId: ann.id,
      role: MemberRole.MEMBER,
      representedRegionId: norrbotten.id,
      startDate: '2024-01-01',
    });
    const exported = await registry.request<{ exportList: { base64: string; rowCount: number } }>(
      'query ($input: ExportInput!) { exportList(input: $input) { base64 rowCount } }',
      { input: { list: 'MEMBERS', format: 'CSV', groupId: group.id } },
      registry.adminToken,
    );
    const csv = Buffer.from(exported.data!.exportList.base64, 'base64');
    expect(csv.toString('utf8')).toContain(`'=HYPERLINK`);
    expect(csv.toString('utf8')).toContain(`'-Ann Formel`);
    const result = await preview(await upload(csv, 'medlemmar.csv'), 'MEMBERSHIPS');
    expect(result).toMatchObject({ created: 0, changed: 0, refused: 0, unchanged: 1 });
  });

  it('erases a person from pending uploads and from the file names in the audit trail', async () => {
    const tag = database;
    const file = (rows: string[]) => Buffer.from(['Namn;E-post', ...rows].join('\n'));
    const confirmed = await upload(
      file([`Åke Raderasson;ake.${tag}@radera.example`, `Olle Kvar;olle.${tag}@radera.example`]),
      'Åke Raderasson.csv',
    );
    expect(
      (await confirm(confirmed, 'PERSONS', await mappingOf(confirmed, 'PERSONS'))).data?.confirmImport.created,
    ).toBe(2);
    const pending = await upload(
      file([`Åke Raderasson;ake.${tag}@radera.example`, `Pia Kvar;pia.${tag}@radera.example`]),
      'andra.csv',
    );
    const [ake] = await registry.db.query(`SELECT id FROM persons WHERE name = 'Åke Raderasson'`);
    const erased = await registry.request(
      'mutation ($id: ID!) { erasePerson(id: $id) { name } }',
      { id: ake.id },
      registry.adminToken,
    );
    expect(erased.errors).toBeUndefined();
    const jobs: { id: string; fileName: string; rows: string; rowCount: number }[] = await registry.db.query(
      `SELECT id, "fileName", rows, "rowCount" FROM import_jobs`,
    );
    const dump =
      JSON.stringify(jobs) +
      JSON.stringify(await registry.db.query(`SELECT "after" FROM audit_events WHERE "entityType" = 'IMPORT'`));
    expect(dump).not.toMatch(/Raderasson/i);
    expect(jobs.find((j) => j.id === pending)).toMatchObject({ rowCount: 1 });
    expect(jobs.find((j) => j.id === pending)!.rows).toContain('Pia Kvar');
    expect((await preview(pending, 'PERSONS')).created).toBe(1);
  });
});
