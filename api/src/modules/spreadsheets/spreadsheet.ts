import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { badInput } from '../../common/errors.js';

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

const BOM = '\ufeff';

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
  const text = Papa.unparse({ fields: table.columns, data: table.rows.map((row) => row.map(cell)) }, {
    delimiter: ';',
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return Buffer.from(BOM + text, 'utf8');
}

/** exceljs weighs some 25 MB once loaded: it is loaded when a workbook is first read or written, not at start. */
const excel = async () => (await import('exceljs')).default;

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

/** A sheet read from an uploaded file: the header row and the data rows as text, with their line numbers. */
export interface ReadSheet {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const refuse = (message: string, reason: string) => badInput(message, { reason, field: 'file' });

const isZip = (content: Buffer) => content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

/** Text of a CSV file: UTF-8 (with or without BOM); UTF-16 and binary files are refused with the reason. */
function csvText(content: Buffer): string {
  if (content.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])) || content.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))) {
    throw refuse('The file is saved as UTF-16. Save it as "CSV UTF-8" and try again.', 'FILE_ENCODING');
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  // Text in a wrong encoding has a few undecodable letters (å, ä, ö); a binary file is mostly undecodable or control bytes.
  const sample = text.slice(0, 65_536);
  const unreadable = sample.match(/[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f]/g)?.length ?? 0;
  if (unreadable > sample.length * 0.3) {
    throw refuse('The file is neither a CSV text file nor an XLSX workbook.', 'FILE_FORMAT');
  }
  if (text.includes('\ufffd')) {
    throw refuse('The file is not UTF-8 (perhaps saved as Windows-1252 or ISO 8859-1). Save it as "CSV UTF-8" and try again.', 'FILE_ENCODING');
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
};

/**
 * Reads the first sheet of an XLSX workbook or a CSV file (semicolon or comma separated, as Excel writes it in Sweden
 * and elsewhere). Empty rows are skipped; line numbers are those a spreadsheet program shows.
 */
export async function readSpreadsheet(content: Buffer): Promise<ReadSheet> {
  if (!content.length) throw refuse('The file is empty.', 'FILE_EMPTY');
  let lines: { line: number; cells: string[] }[];
  if (isZip(content)) {
    const workbook = new (await excel()).Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    } catch {
      throw refuse('The XLSX file is damaged and cannot be read. Open it in Excel, save it again and try again.', 'FILE_DAMAGED');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw refuse('The workbook has no sheet.', 'FILE_EMPTY');
    lines = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      lines.push({ line, cells: Array.from(values, (v) => cellText(v as ExcelJS.CellValue).trim()) });
    });
  } else {
    const parsed = Papa.parse<string[]>(csvText(content), { skipEmptyLines: false, delimitersToGuess: [';', ',', '\t'] });
    if (parsed.errors.some((e) => e.type === 'Quotes')) {
      const first = parsed.errors.find((e) => e.type === 'Quotes')!;
      throw refuse(`The CSV file has an unclosed quotation mark near line ${(first.row ?? 0) + 1}.`, 'FILE_DAMAGED');
    }
    lines = parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
  }
  const filled = lines.filter((l) => l.cells.some((c) => c !== ''));
  const [header, ...rows] = filled;
  if (!header) throw refuse('The file has no rows.', 'FILE_EMPTY');
  return { header: header.cells, rows };
}
