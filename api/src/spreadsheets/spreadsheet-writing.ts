/* Writing lists as CSV and XLSX files, as exports hand them out. */
import Papa from 'papaparse';

/** A list as it leaves or enters the register: named columns and rows of plain values. */
export interface Table {
  /** Sheet name and the stem of the file name, e.g. `medlemmar-2024-12-31`. */
  name: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export type SpreadsheetFormat = 'CSV' | 'XLSX';

export interface SpreadsheetFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const BOM = '\ufeff';

/**
 * A number as Swedish Excel reads a number: a decimal comma, no grouping (`17,6`, `-13,3`, `1234`). With a decimal
 * point, Swedish Excel takes `17.6` for the 17th of June and `-13.3` for text.
 */
const swedishNumber = (value: number) => String(value).replace('.', ',');

/**
 * A leading =, +, - or @ would be run as a formula by Excel: such cells are quoted and escaped; a negative number
 * written by swedishNumber is left as it is, so that Excel reads it as a number.
 */
const FORMULA_START = /^(?!-\d+(?:,\d+)?$)[=+\-@\t\r]/;

/**
 * CSV as Swedish Excel opens it directly: UTF-8 with a byte-order mark, semicolons, CRLF line ends, numbers with a
 * decimal comma. (The XLSX file keeps numeric cells and needs none of this.)
 */
export function toCsv(table: Table): Buffer {
  const cell = (v: Table['rows'][number][number]) => (v === null ? '' : typeof v === 'number' ? swedishNumber(v) : v);
  const text = Papa.unparse(
    { fields: table.columns, data: table.rows.map((row) => row.map(cell)) },
    {
      delimiter: ';',
      newline: '\r\n',
      escapeFormulae: FORMULA_START,
    },
  );
  return Buffer.from(BOM + text, 'utf8');
}

/** exceljs weighs some 25 MB once loaded: it is loaded when a workbook is first read or written, not at start. */
export const excel = async () => (await import('exceljs')).default;

export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Kunskapsstyrningsregistret';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.columns.forEach((column, i) => {
    const longest = Math.max(column.length, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function spreadsheetFile(table: Table, format: SpreadsheetFormat): Promise<SpreadsheetFile> {
  return format === 'CSV'
    ? { fileName: `${table.name}.csv`, contentType: 'text/csv; charset=utf-8', content: toCsv(table) }
    : {
        fileName: `${table.name}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: await toXlsx(table),
      };
}
