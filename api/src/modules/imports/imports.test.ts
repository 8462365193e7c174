import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { GroupType } from '../groups/group-type.js';
import { Membership } from '../memberships/membership.entity.js';
import { Person } from '../persons/person.entity.js';
import { toCsv, toXlsx } from '../../spreadsheets/spreadsheet-writing.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { databaseFingerprint } from '../../test-support/fingerprint.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { ImportKind, ImportRowStatus } from './import.types.js';

describe.each(await testDatabases())('spreadsheet import on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    env = await openTestServices({ database });
    make = factories(env.services);
  });
  afterAll(() => env.close());

  /** Uploads a table and runs the import with the suggested mapping, as the wizard does by default. */
  async function importTable(
    kind: ImportKind,
    columns: string[],
    rows: string[][],
    options: { dryRun?: boolean; xlsx?: boolean } = {},
  ) {
    const table = { name: 'import', columns, rows };
    const job = await env.services.imports.upload(
      coordinator,
      'fil.csv',
      options.xlsx ? await toXlsx(table) : toCsv(table),
    );
    const mapping = env.services.imports.suggestMapping(job, kind);
    return env.services.imports.run(coordinator, { jobId: job.id, kind, mapping }, options.dryRun ?? false);
  }

  const PERSON_COLUMNS = ['Namn', 'E-post', 'Titel', 'Kön', 'Arbetsgivare'];

  it('imports persons, classifies each row, and changes nothing when the same file comes again', async () => {
    await make.person({ name: 'Befintlig Person', email: 'befintlig@region.example' });
    const rows = [
      ['Ny Person', 'ny@region.example', 'Överläkare', 'Kvinna', 'Region Norrbotten'],
      ['Befintlig Person', 'befintlig@region.example', 'Distriktssköterska', '', '24'],
      ['Utan E-post', '', '', 'MAN', 'Västerbotten'],
      ['', 'tomt@region.example', '', '', ''],
      ['Fel Region', 'fel@region.example', '', '', 'Region Atlantis'],
      ['Fel Kön', 'kon@region.example', '', 'Robot', ''],
      ['Fel Epost', 'inte-en-adress', '', '', ''],
    ];
    const first = await importTable(ImportKind.PERSONS, PERSON_COLUMNS, rows, { xlsx: true });
    expect(first.rows.map((r) => [r.line, r.status])).toEqual([
      [2, ImportRowStatus.NEW],
      [3, ImportRowStatus.CHANGED],
      [4, ImportRowStatus.NEW],
      [5, ImportRowStatus.REFUSED],
      [6, ImportRowStatus.REFUSED],
      [7, ImportRowStatus.REFUSED],
      [8, ImportRowStatus.REFUSED],
    ]);
    expect(first).toMatchObject({ created: 2, changed: 1, unchanged: 0, refused: 4 });
    expect(first.rows[1]!.changes).toEqual(['title', 'employerRegionId']);
    expect(first.rows.slice(3).map((r) => [r.problem?.column, r.problem?.reason])).toEqual([
      ['Namn', 'IMPORT_VALUE_MISSING'],
      ['Arbetsgivare', 'IMPORT_REGION_UNKNOWN'],
      ['Kön', 'IMPORT_VALUE_UNKNOWN'],
      ['E-post', 'INVALID_INPUT'],
    ]);
    const stored = await env.db.getRepository(Person).findOneByOrFail({ emailKey: 'ny@region.example' });
    expect(stored).toMatchObject({ name: 'Ny Person', title: 'Överläkare', gender: 'WOMAN' });

    const fingerprint = await databaseFingerprint(env.db);
    const again = await importTable(ImportKind.PERSONS, PERSON_COLUMNS, rows);
    expect(again).toMatchObject({ created: 0, changed: 0, unchanged: 3, refused: 4 });
    // Only the second upload's job and its audit event are new.
    const events = await env.db.getRepository(AuditEvent).findBy({ operation: 'importPersons' });
    expect(events).toHaveLength(3);
    expect(await databaseFingerprint(env.db)).not.toBe(fingerprint);
  });

  it('writes nothing in a dry run, however many rows it would add', async () => {
    const fingerprint = await databaseFingerprint(env.db);
    const jobs = await env.services.imports.upload(
      coordinator,
      'torr.csv',
      toCsv({ name: 'x', columns: PERSON_COLUMNS, rows: [['Torr Körning', 'torr@region.example', '', '', '']] }),
    );
    const preview = await env.services.imports.run(
      coordinator,
      {
        jobId: jobs.id,
        kind: ImportKind.PERSONS,
        mapping: env.services.imports.suggestMapping(jobs, ImportKind.PERSONS),
      },
      true,
    );
    expect(preview).toMatchObject({ dryRun: true, created: 1 });
    // The upload itself is stored (the job), nothing else: no person, no audit event.
    expect(await env.db.getRepository(Person).countBy({ emailKey: 'torr@region.example' })).toBe(0);
    expect(await databaseFingerprint(env.db)).not.toBe(fingerprint);
    await env.db.getRepository('import_jobs').delete({ id: jobs.id });
    expect(await databaseFingerprint(env.db)).toBe(fingerprint);
  });

  it('imports groups with their parent named in the same file, and memberships with new persons', async () => {
    const groups = await importTable(
      ImportKind.GROUPS,
      ['Grupptyp', 'Namn', 'Sjukvårdsregion', 'Region', 'Programområde', 'Status'],
      [
        ['NPO', 'Importerat område', '', '', '', 'Aktiv'],
        ['NAG', 'Importerad arbetsgrupp', '', '', 'NPO Importerat område', ''],
        ['RPO', 'Regionalt område', 'Norra sjukvårdsregionen', '', '', ''],
        ['LPO', 'Lokalt område', '', 'Region Norrbotten', '', ''],
        ['RAG', 'Föräldralös', 'NORRA', '', 'Finns inte', ''],
        ['XYZ', 'Okänd typ', '', '', '', ''],
      ],
    );
    expect(groups.rows.map((r) => r.status)).toEqual(['NEW', 'NEW', 'NEW', 'NEW', 'REFUSED', 'REFUSED']);
    expect(groups.rows[4]!.problem).toMatchObject({ column: 'Programområde', reason: 'IMPORT_GROUP_UNKNOWN' });

    const columns = [
      'Grupptyp',
      'Grupp',
      'Ägare',
      'Namn',
      'E-post',
      'Arbetsgivare',
      'Roll',
      'Företräder',
      'Startdatum',
      'Slutdatum',
    ];
    const memberships = await importTable(ImportKind.MEMBERSHIPS, columns, [
      [
        'NAG',
        'Importerad arbetsgrupp',
        '',
        'Medlem Ett',
        'medlem1@region.example',
        'Region Norrbotten',
        'Ledamot',
        'Region Norrbotten',
        '2024-01-01',
        '',
      ],
      [
        'NAG',
        'Importerad arbetsgrupp',
        '',
        'Medlem Ett',
        'medlem1@region.example',
        'Region Norrbotten',
        'Ordförande',
        'Region Norrbotten',
        '2024-06-01',
        '',
      ],
      [
        'LPO',
        'Lokalt område',
        'Region Norrbotten',
        'Medlem Två',
        '',
        'Norrbotten',
        'Sekreterare',
        '',
        '2023-01-01',
        '2023-12-31',
      ],
      ['NAG', 'Finns inte', '', 'Medlem Tre', '', '', 'Ledamot', 'Region Norrbotten', '2024-01-01', ''],
      ['NAG', 'Importerad arbetsgrupp', '', 'Medlem Fyra', '', '', 'Ledamot', 'Region Norrbotten', '2024-02-30', ''],
      [
        'NAG',
        'Importerad arbetsgrupp',
        '',
        'Medlem Fem',
        '',
        '',
        'Ledamot',
        'Region Norrbotten',
        '2024-05-01',
        '2024-01-01',
      ],
    ]);
    expect(memberships.rows.map((r) => [r.status, r.problem?.reason ?? null])).toEqual([
      ['NEW', null],
      ['REFUSED', 'MEMBERSHIP_OVERLAP'],
      ['NEW', null],
      ['REFUSED', 'IMPORT_GROUP_UNKNOWN'],
      ['REFUSED', 'IMPORT_DATE_INVALID'],
      ['REFUSED', 'END_BEFORE_START'],
    ]);
    // A refused row is rolled back alone: the person its savepoint created is gone too.
    expect(await env.db.getRepository(Person).countBy({ name: 'Medlem Fem' })).toBe(0);
    const group = (await env.services.groups.list({ search: 'Importerad arbetsgrupp' }, {})).nodes[0]!;
    expect(group.type).toBe(GroupType.NAG);
    expect(await env.db.getRepository(Membership).countBy({ groupId: group.id })).toBe(1);
  });

  it('refuses a mapping without the required columns and a user who may not import', async () => {
    const job = await env.services.imports.upload(
      coordinator,
      'saknas.csv',
      toCsv({ name: 'x', columns: ['Titel'], rows: [['Läkare']] }),
    );
    await expectRefusal(
      () =>
        env.services.imports.run(
          coordinator,
          { jobId: job.id, kind: ImportKind.PERSONS, mapping: [{ field: 'title', column: 'Titel' }] },
          true,
        ),
      { code: 'BAD_USER_INPUT', reason: 'IMPORT_REQUIRED_UNMAPPED' },
    );
    await expectRefusal(
      () =>
        env.services.imports.run(
          coordinator,
          { jobId: job.id, kind: ImportKind.PERSONS, mapping: [{ field: 'name', column: 'Namn' }] },
          true,
        ),
      { code: 'BAD_USER_INPUT', reason: 'IMPORT_COLUMN_MISSING' },
    );
    await expectRefusal(() => env.services.imports.upload(viewer, 'x.csv', Buffer.from('Namn\nA')), {
      code: 'FORBIDDEN',
    });
  });

  it('imports a file only once', async () => {
    const job = await env.services.imports.upload(
      coordinator,
      'en-gang.csv',
      toCsv({ name: 'x', columns: ['Namn'], rows: [['En Gång']] }),
    );
    const input = { jobId: job.id, kind: ImportKind.PERSONS, mapping: [{ field: 'name', column: 'Namn' }] };
    await env.services.imports.run(coordinator, input, false);
    await expectRefusal(() => env.services.imports.run(coordinator, input, false), {
      code: 'CONFLICT',
      reason: 'IMPORT_DONE',
    });
    const recorded = await env.db.getRepository(AuditEvent).findOneByOrFail({ entityId: job.id });
    expect(JSON.parse(recorded.after!)).toMatchObject({ fileName: 'en-gang.csv', kind: 'PERSONS', created: 1 });
  });

  it('stops when the client goes away, keeping what was committed, and may be confirmed again', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => [`Avbruten ${i}`]);
    const job = await env.services.imports.upload(
      coordinator,
      'avbruten.csv',
      toCsv({ name: 'x', columns: ['Namn'], rows }),
    );
    const input = { jobId: job.id, kind: ImportKind.PERSONS, mapping: [{ field: 'name', column: 'Namn' }] };
    const client = new AbortController();
    const persons = env.db.getRepository(Person);
    // The client goes away once the first chunk is written.
    const watch = setInterval(() => void persons.countBy({ name: 'Avbruten 250' }).then((n) => n && client.abort()), 5);
    const stopped = await env.services.imports.run(coordinator, input, false, client.signal).catch((e: unknown) => e);
    clearInterval(watch);
    expect((stopped as Error).name).toBe('AbortError');
    const written = await persons.createQueryBuilder('p').where("p.name LIKE 'Avbruten %'").getCount();
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(450);
    expect((await env.services.imports.job(coordinator, job.id)).importedAt).toBeNull();
    const again = await env.services.imports.run(coordinator, input, false);
    expect(again).toMatchObject({ created: 450 - written, unchanged: written });
  });

  it('finds in a dry run the records that earlier rows create, across chunks', async () => {
    const rows = [...Array.from({ length: 250 }, (_, i) => [`Skugga ${i}`, '']), ['Skugga 3', 'Överläkare']];
    const result = await importTable(ImportKind.PERSONS, ['Namn', 'Titel'], rows, { dryRun: true });
    expect(result).toMatchObject({ total: 251, created: 250, changed: 1, refused: 0 });
  });
});
