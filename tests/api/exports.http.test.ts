import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../api/src/spreadsheets/spreadsheet.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let demo: TestRegistry;
let empty: TestRegistry;

beforeAll(async () => {
  [demo, empty] = await Promise.all([startTestRegistry({ seed: 'demo' }), startTestRegistry({ seed: 'reference' })]);
});
afterAll(async () => {
  await Promise.all([demo?.stop(), empty?.stop()]);
});

interface Exported {
  exportList: { fileName: string; contentType: string; base64: string; rowCount: number };
}

async function exportList(registry: TestRegistry, input: Record<string, unknown>) {
  const result = await registry.request<Exported>(
    'query ($input: ExportInput!) { exportList(input: $input) { fileName contentType base64 rowCount } }',
    { input },
    registry.adminToken,
  );
  expect(result.errors).toBeUndefined();
  return { ...result.data!.exportList, content: Buffer.from(result.data!.exportList.base64, 'base64') };
}

/** Uploads a file over HTTP and confirms its import with the mapping the headers suggest. */
async function importFile(registry: TestRegistry, content: Buffer, kind: 'GROUPS' | 'MEMBERSHIPS') {
  const response = await fetch(`${registry.url}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${registry.adminToken}`, 'x-file-name': 'export.xlsx' },
    body: new Uint8Array(content),
  });
  const { id } = (await response.json()) as { id: string };
  const job = await registry.request<{ importJob: { suggestedMapping: { field: string; column: string }[] } }>(
    `query ($id: ID!, $kind: ImportKind!) { importJob(id: $id) { suggestedMapping(kind: $kind) { field column } } }`,
    { id, kind },
    registry.adminToken,
  );
  const result = await registry.request<{
    confirmImport: {
      created: number;
      changed: number;
      unchanged: number;
      refused: number;
      rows: { line: number; problem: { message: string } | null }[];
    };
  }>(
    'mutation ($input: ImportInput!) { confirmImport(input: $input) { created changed unchanged refused rows { line problem { message } } } }',
    { input: { jobId: id, kind, mapping: job.data!.importJob.suggestedMapping } },
    registry.adminToken,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.confirmImport;
}

describe('exports', () => {
  it('writes the members on a day as CSV for Swedish Excel and as XLSX with the same rows', async () => {
    const csv = await exportList(demo, { list: 'MEMBERS', format: 'CSV', asOf: '2024-12-31' });
    expect(csv.fileName).toBe('medlemmar-2024-12-31.csv');
    expect(csv.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.content.toString('utf8')).toMatch(/^\ufeffGrupptyp;Grupp;Ägare;Namn;/);
    const xlsx = await exportList(demo, { list: 'MEMBERS', format: 'XLSX', asOf: '2024-12-31' });
    expect(xlsx.contentType).toContain('spreadsheetml');
    const [fromCsv, fromXlsx] = await Promise.all([readSpreadsheet(csv.content), readSpreadsheet(xlsx.content)]);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromCsv.rows.length).toBe(csv.rowCount);
    expect(csv.rowCount).toBeGreaterThan(100);
  });

  it("writes the representation report with the dashboard's figures", async () => {
    const norra = (await demo.services.geography.healthcareRegions()).find((hr) => hr.code === 'NORRA')!.id;
    const file = await exportList(demo, {
      list: 'REPRESENTATION',
      format: 'XLSX',
      healthcareRegionId: norra,
      asOf: '2023-08-31',
    });
    const sheet = await readSpreadsheet(file.content);
    const row = (name: string) => sheet.rows.find((r) => r.cells[0] === name)!.cells;
    // domain.md: 12, 17, 13 and 58 seats on 2023-08-31.
    expect(row('Region Västerbotten').slice(0, 3)).toEqual(['Region Västerbotten', '58', '58']);
    expect(row('Region Norrbotten')[1]).toBe('12');
    expect(row('Totalt')[1]).toBe('100');
  });

  it('writes CSV numbers with a decimal comma, as Swedish Excel reads numbers, and keeps numeric cells in XLSX', async () => {
    const norra = (await demo.services.geography.healthcareRegions()).find((hr) => hr.code === 'NORRA')!.id;
    const input = { list: 'REPRESENTATION', healthcareRegionId: norra, asOf: '2026-01-01' };
    const csv = await exportList(demo, { ...input, format: 'CSV' });
    const sheet = await readSpreadsheet(csv.content);
    const shareColumn = sheet.header.indexOf('Andel (%)');
    const gapColumn = sheet.header.indexOf('Skillnad (procentenheter)');
    // The reader leaves out empty cells at the end of a row.
    const shares = sheet.rows.map((r) => r.cells[shareColumn] ?? '');
    const gaps = sheet.rows.map((r) => r.cells[gapColumn] ?? '');
    // Every share and gap is a number in Swedish notation (digits, at most one decimal after a comma, a minus sign for a
    // gap), or empty where the total row has none.
    for (const value of [...shares, ...gaps]) expect(value).toMatch(/^(-?\d+(,\d)?)?$/);
    expect(
      shares.some((value) => /^\d+,\d$/.test(value)),
      shares.join(' '),
    ).toBe(true);
    // A negative gap is written as a number, not escaped as a formula ("'-13,3").
    expect(
      gaps.some((value) => /^-\d+,\d$/.test(value)),
      gaps.join(' '),
    ).toBe(true);
    expect(csv.content.toString('utf8')).not.toMatch(/;-?\d+\.\d/);

    const xlsx = await exportList(demo, { ...input, format: 'XLSX' });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]!.getRow(2).getCell(shareColumn + 1);
    expect(typeof cell.value).toBe('number');
  });

  it.each(['GROUPS', 'REPRESENTATION_TREND', 'NOMINATIONS', 'DIALOGUE_COVERAGE', 'DIALOGUE_ACTIONS'])(
    'writes %s',
    async (list) => {
      const norra = (await demo.services.geography.healthcareRegions()).find((hr) => hr.code === 'NORRA')!.id;
      const file = await exportList(demo, {
        list,
        format: 'CSV',
        healthcareRegionId: norra,
        year: 2024,
        from: '2023-01-01',
        to: '2024-12-31',
        interval: 'QUARTER',
        asOf: '2026-01-01',
      });
      const sheet = await readSpreadsheet(file.content);
      expect(sheet.header.length).toBeGreaterThan(3);
      expect(sheet.rows.length).toBe(file.rowCount);
    },
  );

  it("writes the dialogue coverage's questions as their text, not their keys", async () => {
    const file = await exportList(demo, { list: 'DIALOGUE_COVERAGE', format: 'CSV', year: 2024 });
    const sheet = await readSpreadsheet(file.content);
    expect(sheet.header[0]).toBe('Fråga');
    expect(sheet.header).not.toContain('Lydelse');
    const questions = await demo.services.dialogues.overview(2024);
    expect(sheet.rows.map((r) => r.cells[0]).sort()).toEqual(
      questions.coverage.map((c) => questions.questions.find((q) => q.key === c.questionKey)!.text).sort(),
    );
    for (const row of sheet.rows) expect(row.cells[0]).toMatch(/\s/);
  });

  it("round-trips: the demo data's groups and members, exported as XLSX and imported into an empty register, give the same memberships", async () => {
    const groups = await exportList(demo, { list: 'GROUPS', format: 'XLSX' });
    const members = await exportList(demo, { list: 'MEMBERS', format: 'XLSX' });
    const groupImport = await importFile(empty, groups.content, 'GROUPS');
    expect(groupImport.refused, JSON.stringify(groupImport.rows.filter((r) => r.problem).slice(0, 3))).toBe(0);
    const memberImport = await importFile(empty, members.content, 'MEMBERSHIPS');
    // Two kinds of rows do not go through the import yet, and are refused one by one with a reason: seats that represent
    // an organisation (the file names no organisation, so the import asks for a region) and terms of a closed group
    // (RCC Norr, closed when it merged into RPO Cancersjukdomar). Nothing else is refused.
    const refusedLines = memberImport.rows.filter((r) => r.problem);
    expect(refusedLines.filter((r) => !/holds a region's seat|is closed/.test(r.problem!.message))).toEqual([]);
    expect(memberImport.created).toBe(members.rowCount - refusedLines.length);

    const again = await exportList(empty, { list: 'MEMBERS', format: 'XLSX' });
    const [before, after] = await Promise.all([readSpreadsheet(members.content), readSpreadsheet(again.content)]);
    const refused = new Set(refusedLines.map((r) => r.line));
    const rows = (sheet: typeof before, skip = new Set<number>()) =>
      sheet.rows
        .filter((r) => !skip.has(r.line))
        .map((r) => r.cells.join('|'))
        .sort();
    expect(rows(after)).toEqual(rows(before, refused));

    // And once more: the same file changes nothing.
    const repeat = await importFile(empty, members.content, 'MEMBERSHIPS');
    expect(repeat).toMatchObject({
      created: 0,
      changed: 0,
      refused: refusedLines.length,
      unchanged: members.rowCount - refusedLines.length,
    });
    // Four uploads, each parsed in a worker thread of its own, which under the test runner compiles its TypeScript first.
  }, 90_000);
});

describe('what leaves the register', () => {
  it("is logged: each export (list, filters, rows) in the history of the user who made it, each register extract in the person's too", async () => {
    const me = await demo.request<{ me: { id: string } }>('{ me { id } }', {}, demo.adminToken);
    const userId = me.data!.me.id;
    const exported = await exportList(demo, { list: 'MEMBERS', format: 'CSV', asOf: '2024-06-30' });
    const person = await demo.request<{ persons: { nodes: { id: string }[] } }>(
      '{ persons(first: 1) { nodes { id } } }',
      {},
      demo.adminToken,
    );
    const personId = person.data!.persons.nodes[0]!.id;
    const extract = await demo.request(
      `{ personRegisterExtract(personId: "${personId}") { generatedAt } }`,
      {},
      demo.adminToken,
    );
    expect(extract.errors).toBeUndefined();

    const historyOf = (entityType: string, entityId: string) =>
      demo.request<{
        auditEvents: { nodes: { operation: string; actorLabel: string; after: Record<string, unknown> | null }[] };
      }>(
        'query ($t: AuditEntityType!, $id: ID!) { auditEvents(entityType: $t, entityId: $id, first: 20) { nodes { operation actorLabel after } } }',
        { t: entityType, id: entityId },
        demo.adminToken,
      );
    const userHistory = (await historyOf('USER', userId)).data!.auditEvents.nodes;
    const exportEvent = userHistory.find((e) => e.operation === 'exportList');
    expect(exportEvent?.after).toMatchObject({
      list: 'MEMBERS',
      format: 'CSV',
      filters: { asOf: '2024-06-30' },
      rowCount: exported.rowCount,
    });
    expect(userHistory.some((e) => e.operation === 'personRegisterExtract')).toBe(true);
    const personHistory = (await historyOf('PERSON', personId)).data!.auditEvents.nodes;
    expect(personHistory[0]).toMatchObject({
      operation: 'personRegisterExtract',
      actorLabel: expect.stringContaining('@'),
    });
  });
});
