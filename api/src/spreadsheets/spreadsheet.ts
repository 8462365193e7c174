import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { badInput, DomainError } from '../common/errors.js';
import type { ErrorReason } from '../common/error-reasons.js';
import { BOM, excel } from './spreadsheet-writing.js';

/** A sheet read from an uploaded file: the header row and the data rows as text, with their line numbers. */
export interface ReadSheet {
  header: string[];
  rows: SheetRow[];
}

export interface SheetRow {
  line: number;
  cells: string[];
}

/**
 * What an uploaded file may hold. The rows are read one at a time and the reading stops at the first limit passed, so
 * that neither a zip bomb nor a file of a million rows is ever held in memory.
 */
const SHEET_LIMITS = {
  /** Data rows, the header not counted. */
  rows: 50_000,
  columns: 64,
  cellLength: 10_000,
  /** An XLSX file's parts together, and each of them, once inflated. */
  inflatedBytes: 100 * 1024 * 1024,
  zipEntries: 1_000,
};

export type SheetLimits = typeof SHEET_LIMITS;

const refuse = (message: string, reason: ErrorReason, params?: Record<string, string | number>) =>
  badInput(message, { reason, field: 'file', params });

const damaged = () =>
  refuse('The XLSX file is damaged and cannot be read. Open it in Excel, save it again and try again.', 'FILE_DAMAGED');

const tooLarge = (limits: SheetLimits) =>
  refuse(
    `The workbook unpacks to more than ${limits.inflatedBytes / 1024 / 1024} MB; save only the sheet to import.`,
    'FILE_TOO_LARGE',
    {
      maxMegabytes: limits.inflatedBytes / 1024 / 1024,
    },
  );

const isZip = (content: Buffer) => content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

/** Text of a CSV file: UTF-8 (with or without BOM); UTF-16 and binary files are refused with the reason. */
function csvText(content: Buffer): string {
  if (
    content.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])) ||
    content.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))
  ) {
    throw refuse('The file is saved as UTF-16. Save it as "CSV UTF-8" and try again.', 'FILE_ENCODING');
  }
  // Text in a wrong encoding has a few undecodable letters (å, ä, ö); a binary file is mostly undecodable or control bytes.
  const sample = new TextDecoder('utf-8', { fatal: false }).decode(content.subarray(0, 65_536));
  // eslint-disable-next-line no-control-regex -- counting control bytes is how a binary file is told from text
  const unreadable = sample.match(/[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f]/g)?.length ?? 0;
  if (unreadable > sample.length * 0.3) {
    throw refuse('The file is neither a CSV text file nor an XLSX workbook.', 'FILE_FORMAT');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw refuse(
      'The file is not UTF-8 (perhaps saved as Windows-1252 or ISO 8859-1). Save it as "CSV UTF-8" and try again.',
      'FILE_ENCODING',
    );
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** A cell as written before the export defused it: `'=…` back to `=…`, likewise for +, - and @. */
const undefused = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
};

/**
 * Checks an XLSX file's zip entries before any part is parsed: their number, the sizes their directory declares, and
 * the sizes they really inflate to (counted while inflating, the output thrown away), each and together.
 */
async function checkZip(content: Buffer, limits: SheetLimits = SHEET_LIMITS): Promise<void> {
  let end = -1;
  for (let i = content.length - 22; i >= Math.max(0, content.length - 65_557); i--) {
    if (content.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged();
  const entries = content.readUInt16LE(end + 10);
  const directoryOffset = content.readUInt32LE(end + 16);
  if (entries > limits.zipEntries)
    throw refuse(`The workbook has ${entries} parts; save only the sheet to import.`, 'FILE_TOO_LARGE');
  let total = 0;
  let at = directoryOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const method = content.readUInt16LE(at + 10);
    const compressed = content.readUInt32LE(at + 20);
    const declared = content.readUInt32LE(at + 24);
    const nameLength = content.readUInt16LE(at + 28);
    const extraLength = content.readUInt16LE(at + 30);
    const commentLength = content.readUInt16LE(at + 32);
    const local = content.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    // 0xffffffff marks a ZIP64 size: far beyond any sheet of 50,000 rows.
    total += declared;
    if (declared > limits.inflatedBytes || total > limits.inflatedBytes || compressed === 0xffffffff)
      throw tooLarge(limits);
    if (local + 30 > content.length || content.readUInt32LE(local) !== 0x04034b50) throw damaged();
    const dataStart = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
    const data = content.subarray(dataStart, dataStart + compressed);
    if (method === 0) {
      if (data.length !== declared) throw damaged();
    } else if (method === 8) {
      const actual = await inflatedSize(data, declared);
      if (actual !== declared) throw damaged();
    } else {
      throw damaged();
    }
  }
}

/** The size a deflated entry inflates to, stopping as soon as it passes what its directory declared. */
function inflatedSize(data: Buffer, declared: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > declared) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => reject(damaged()));
    inflate.end(data);
  });
}

/**
 * The delimiter of a CSV file: the one of semicolon, comma and tab that the header line holds most of (Papa's own
 * guess needs several rows alike and takes a comma for a file of one data row and a final line break).
 */
function delimiterOf(text: string): string {
  const header =
    text
      .slice(0, 65_536)
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/**
 * Reads the first sheet of an XLSX workbook or a CSV file (semicolon or comma separated, as Excel writes it in Sweden
 * and elsewhere) row by row, giving each non-empty row to `onRow`, the header first. Line numbers are those a
 * spreadsheet program shows. Stops with a refusal at the first row, column or cell over the limits.
 */
async function scanSpreadsheet(
  content: Buffer,
  onRow: (row: SheetRow) => void,
  limits: SheetLimits = SHEET_LIMITS,
): Promise<void> {
  if (!content.length) throw refuse('The file is empty.', 'FILE_EMPTY');
  let filled = 0;
  const take = (line: number, raw: string[]) => {
    const cells = raw.map((c) => undefused(c.trim()));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (!cells.length) return;
    if (++filled > limits.rows + 1) {
      throw refuse(
        `The file has more than ${limits.rows} rows; split it into files of at most ${limits.rows} rows.`,
        'FILE_TOO_MANY_ROWS',
        {
          rows: `> ${limits.rows}`,
          max: limits.rows,
        },
      );
    }
    if (cells.length > limits.columns) {
      throw refuse(
        `Line ${line} has ${cells.length} columns; a file may have at most ${limits.columns}. Remove the columns not imported.`,
        'FILE_TOO_MANY_COLUMNS',
        {
          line,
          max: limits.columns,
        },
      );
    }
    if (cells.some((c) => c.length > limits.cellLength)) {
      throw refuse(`A cell on line ${line} is longer than ${limits.cellLength} characters.`, 'FILE_CELL_TOO_LONG', {
        line,
        max: limits.cellLength,
      });
    }
    onRow({ line, cells });
  };
  if (isZip(content)) {
    await checkZip(content, limits);
    const { stream } = await excel();
    const reader = new stream.xlsx.WorkbookReader(Readable.from([content]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    let sheets = 0;
    try {
      for await (const sheet of reader) {
        sheets++;
        for await (const row of sheet) {
          const values = Array.isArray(row.values) ? row.values.slice(1) : [];
          take(
            row.number,
            Array.from(values, (v) => cellText(v)),
          );
        }
        break;
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw damaged();
    }
    if (!sheets) throw refuse('The workbook has no sheet.', 'FILE_EMPTY');
  } else {
    const text = csvText(content);
    let line = 0;
    let problem: unknown = null;
    Papa.parse<string[]>(text, {
      skipEmptyLines: false,
      delimiter: delimiterOf(text),
      step: (result, parser) => {
        line++;
        try {
          if (result.errors.some((e) => e.type === 'Quotes')) {
            throw refuse(`The CSV file has an unclosed quotation mark near line ${line}.`, 'FILE_DAMAGED');
          }
          take(line, result.data);
        } catch (error) {
          problem = error;
          parser.abort();
        }
      },
    });
    if (problem) throw problem as Error;
  }
  if (!filled) throw refuse('The file has no rows.', 'FILE_EMPTY');
}

/** A whole sheet in memory: for small files and tests; uploads go through `parseUpload` in a worker. */
export async function readSpreadsheet(content: Buffer, limits: SheetLimits = SHEET_LIMITS): Promise<ReadSheet> {
  const lines: SheetRow[] = [];
  await scanSpreadsheet(content, (row) => lines.push(row), limits);
  const [header, ...rows] = lines;
  return { header: header!.cells, rows };
}

/** An upload as it is stored: the header, and the data rows as JSON lines (`{"line":2,"cells":[…]}`), one a row. */
export interface ParsedUpload {
  header: string[];
  rowCount: number;
  rows: string;
}

/** The stored rows of one upload, at most this many characters of JSON. */
const MAX_STORED_ROWS_LENGTH = 32 * 1024 * 1024;

export async function parseUpload(content: Buffer, limits: SheetLimits = SHEET_LIMITS): Promise<ParsedUpload> {
  let header: string[] | null = null;
  const rows: string[] = [];
  let length = 0;
  await scanSpreadsheet(
    content,
    (row) => {
      if (!header) {
        header = row.cells;
        return;
      }
      const json = JSON.stringify(row);
      length += json.length + 1;
      if (length > MAX_STORED_ROWS_LENGTH) {
        throw refuse(
          `The file holds more than ${MAX_STORED_ROWS_LENGTH / 1024 / 1024} MB of text; remove the columns not imported.`,
          'FILE_TOO_LARGE',
          {
            maxMegabytes: MAX_STORED_ROWS_LENGTH / 1024 / 1024,
          },
        );
      }
      rows.push(json);
    },
    limits,
  );
  return { header: header!, rowCount: rows.length, rows: rows.join('\n') };
}

/** The stored rows of an upload, keeping only the columns wanted; jobs stored as one JSON array are read too. */
export function* storedRows(rows: string, columns: number[]): Generator<SheetRow> {
  const pick = (row: SheetRow): SheetRow => ({ line: row.line, cells: columns.map((i) => row.cells[i] ?? '') });
  if (rows.startsWith('[')) {
    for (const row of JSON.parse(rows) as SheetRow[]) yield pick(row);
    return;
  }
  let start = 0;
  while (start < rows.length) {
    let end = rows.indexOf('\n', start);
    if (end < 0) end = rows.length;
    if (end > start) yield pick(JSON.parse(rows.slice(start, end)) as SheetRow);
    start = end + 1;
  }
}
