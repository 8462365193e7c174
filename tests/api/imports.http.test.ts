import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../api/src/common/user-role.js';
import { toXlsx } from '../../api/src/spreadsheets/spreadsheet-writing.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;
let viewerToken: string;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
  await registry.services.auth.createUser(
    { userId: 'test-admin', role: UserRole.ADMIN, regionId: null },
    { email: 'lasare@imports.example', password: 'imports-password-1', role: UserRole.VIEWER },
  );
  viewerToken = await registry.login('lasare@imports.example', 'imports-password-1');
});
afterAll(() => registry.stop());

async function upload(content: Buffer, token: string | null = registry.adminToken, fileName = 'medlemmar.xlsx') {
  const response = await fetch(`${registry.url}/imports`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new Uint8Array(content),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      id?: string;
      rowCount?: number;
      errors?: { message: string; extensions: { code: string; reason: string } }[];
    },
  };
}

describe('uploading a spreadsheet', () => {
  it('takes an XLSX file, suggests the mapping, and previews it over GraphQL without writing', async () => {
    const file = await toXlsx({
      name: 'personer',
      columns: ['Namn', 'E-post', 'Arbetsgivare'],
      rows: [
        ['Åke Ström', 'ake@region.example', 'Region Jämtland Härjedalen'],
        ['Berit Ek', '', 'Region Gävleborg'],
      ],
    });
    const { status, body } = await upload(file, registry.adminToken, 'Personer från Jämtland.xlsx');
    expect(status).toBe(201);
    expect(body.rowCount).toBe(2);
    const job = await registry.request<{
      importJob: { fileName: string; header: string[]; suggestedMapping: { field: string; column: string }[] };
    }>(
      `{ importJob(id: "${body.id}") { fileName header suggestedMapping(kind: PERSONS) { field column } } }`,
      {},
      registry.adminToken,
    );
    expect(job.data?.importJob).toEqual({
      fileName: 'Personer från Jämtland.xlsx',
      header: ['Namn', 'E-post', 'Arbetsgivare'],
      suggestedMapping: [
        { field: 'name', column: 'Namn' },
        { field: 'email', column: 'E-post' },
        { field: 'employerRegion', column: 'Arbetsgivare' },
      ],
    });
    const fingerprint = await databaseFingerprint(registry.db);
    const preview = await registry.request<{
      importPreview: { created: number; rows: { line: number; status: string }[] };
    }>(
      'query ($input: ImportInput!) { importPreview(input: $input) { created rows { line status } } }',
      { input: { jobId: body.id, kind: 'PERSONS', mapping: job.data!.importJob.suggestedMapping } },
      registry.adminToken,
    );
    expect(preview.data?.importPreview).toEqual({
      created: 2,
      rows: [
        { line: 2, status: 'NEW' },
        { line: 3, status: 'NEW' },
      ],
    });
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 400, 'FILE_EMPTY'],
    ['a Latin-1 CSV', Buffer.from('Namn;Ort\nÅsa;Umeå\n', 'latin1'), 400, 'FILE_ENCODING'],
    [
      'a broken XLSX',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]),
      400,
      'FILE_DAMAGED',
    ],
    ['a header with an empty column', Buffer.from('Namn;;Titel\nA;B;C\n'), 400, 'FILE_HEADER_MISSING'],
    ['20 MB of garbage', Buffer.alloc(20 * 1024 * 1024, 0xfe), 400, 'FILE_FORMAT'],
    ['30 MB of anything', Buffer.alloc(30 * 1024 * 1024, 0x41), 413, 'REQUEST_TOO_LARGE'],
    ['70 MB of anything', Buffer.alloc(70 * 1024 * 1024, 0x41), 413, 'REQUEST_TOO_LARGE'],
  ])('refuses %s with a clear message and stores nothing', async (_name, content, status, reason) => {
    const fingerprint = await databaseFingerprint(registry.db);
    const answer = await upload(content);
    expect(answer.status).toBe(status);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(answer.body.errors?.[0]?.message.length).toBeGreaterThan(10);
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });

  it('refuses uploads without a session and from users who may not import', async () => {
    expect((await upload(Buffer.from('Namn\nA\n'), null)).body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const refused = await upload(Buffer.from('Namn\nA\n'), viewerToken);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
