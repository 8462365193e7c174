import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { toXlsx } from './spreadsheet-writing.js';
import { parseInWorker } from './upload-worker.js';

describe('parsing uploads in a worker', () => {
  it('reads an XLSX file and a CSV file into stored rows', async () => {
    const xlsx = await toXlsx({
      name: 'x',
      columns: ['Namn', 'Datum'],
      rows: [
        ['Åsa', '2024-01-01'],
        ['Bo', '2024-02-01'],
      ],
    });
    const parsed = await parseInWorker(xlsx);
    expect(parsed).toEqual({
      header: ['Namn', 'Datum'],
      rowCount: 2,
      rows: '{"line":2,"cells":["Åsa","2024-01-01"]}\n{"line":3,"cells":["Bo","2024-02-01"]}',
    });
    expect((await parseInWorker(Buffer.from('Namn;Ort\nÅsa;Umeå\n'))).rowCount).toBe(1);
  });

  it('refuses in the worker and answers the refusal', async () => {
    const error = await parseInWorker(Buffer.from('Namn\n' + 'a\n'.repeat(50_001))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_MANY_ROWS' });
  });
});
