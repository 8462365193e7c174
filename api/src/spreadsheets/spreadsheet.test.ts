import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/errors.js';
import { readSpreadsheet } from './spreadsheet.js';
import { toCsv, toXlsx, type Table } from './spreadsheet-writing.js';

const table: Table = {
  name: 'medlemmar',
  columns: ['Namn', 'Region', 'Startdatum', 'Platser'],
  rows: [
    ['Åsa Öberg', 'Region Västerbotten', '2024-01-01', 2],
    ['"Citat"; med semikolon', null, '2023-05-31', 0],
    ['=HYPERLINK("x")', 'Region Norrbotten', '2022-01-01', 1],
  ],
};

async function refusal(content: Buffer): Promise<string | undefined> {
  const error = await readSpreadsheet(content).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).extensions.reason as string;
}

describe('spreadsheets', () => {
  it('writes CSV as Swedish Excel reads it: BOM, semicolons, quotes, formulas defused', () => {
    const text = toCsv(table).toString('utf8');
    expect(text.startsWith('\ufeffNamn;Region;Startdatum;Platser\r\n')).toBe(true);
    expect(text).toContain('"""Citat""; med semikolon";;2023-05-31;0');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('reads back what it writes, as CSV and as XLSX', async () => {
    for (const content of [toCsv(table), await toXlsx(table)]) {
      const sheet = await readSpreadsheet(content);
      expect(sheet.header).toEqual(table.columns);
      expect(sheet.rows.map((r) => r.cells[0])).toEqual([
        'Åsa Öberg',
        '"Citat"; med semikolon',
        expect.stringMatching(/=HYPERLINK/),
      ]);
      expect(sheet.rows[0]).toEqual({ line: 2, cells: ['Åsa Öberg', 'Region Västerbotten', '2024-01-01', '2'] });
    }
  });

  it('reads comma-separated CSV without BOM too', async () => {
    const sheet = await readSpreadsheet(Buffer.from('Namn,E-post\nEva,eva@x.se\n\n'));
    expect(sheet).toEqual({ header: ['Namn', 'E-post'], rows: [{ line: 2, cells: ['Eva', 'eva@x.se'] }] });
  });

  it('refuses malformed files with a reason', async () => {
    expect(await refusal(Buffer.alloc(0))).toBe('FILE_EMPTY');
    expect(await refusal(Buffer.from('Namn;Ort\nÅsa;Umeå\n', 'latin1'))).toBe('FILE_ENCODING');
    expect(await refusal(Buffer.from('\ufeffNamn;Ort\n', 'utf16le'))).toBe('FILE_ENCODING');
    const xlsx = await toXlsx(table);
    expect(await refusal(xlsx.subarray(0, xlsx.length / 2))).toBe('FILE_DAMAGED');
    const garbage = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 256;
    expect(await refusal(garbage)).toBe('FILE_FORMAT');
    expect(await refusal(Buffer.from('Namn;Ort\n"Åsa;Umeå\n'))).toBe('FILE_DAMAGED');
  });
});
