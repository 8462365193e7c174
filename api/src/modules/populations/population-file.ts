import { badInput } from '../../common/errors.js';

/** The largest figure taken for one region: Stockholm has about 2.5 million; more is a mistake in the file. */
const MAX_POPULATION = 20_000_000;

/** The earliest and latest year a figure may be kept for. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** The code Statistics Sweden gives the whole country ("00 Riket"): a total, not a region, so it is passed over. */
const WHOLE_COUNTRY = '00';

/** One read line of a population file. */
export interface PopulationLine {
  line: number;
  code: string;
  population: number;
}

export function requireYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw badInput(`${year} is not a year from ${FIRST_YEAR} to ${LAST_YEAR}.`, {
      reason: 'NOT_A_YEAR',
      field,
      params: { year },
    });
  }
}

export function requirePopulation(population: number, field = 'population', line?: number): void {
  if (!Number.isInteger(population) || population < 0 || population > MAX_POPULATION) {
    throw badInput(`A population is a whole number from 0 to ${MAX_POPULATION}.`, {
      reason: 'POPULATION_INVALID',
      field,
      params: { population, max: MAX_POPULATION, ...(line === undefined ? {} : { line }) },
    });
  }
}

const unreadable = (line: number) =>
  badInput(`Line ${line} of the file cannot be read: expected a county code and a population.`, {
    reason: 'POPULATION_FILE_INVALID',
    field: 'text',
    params: { line },
  });

/** The cells of a line: `;`, tab or `,` separated (in that order of preference), quotes taken off. */
function cellsOf(text: string): string[] {
  const separator = text.includes(';') ? ';' : text.includes('\t') ? '\t' : ',';
  const cells = text.split(separator).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
  while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** "25 Norrbottens län" or "25" → "25"; "3 Uppsala" → "03"; null when the cell does not begin with a code. */
function codeOf(cell: string): string | null {
  const match = /^(\d{1,2})(?:\s+\S.*)?$/u.exec(cell);
  return match ? match[1]!.padStart(2, '0') : null;
}

/** "249 000", "249\u00a0000" or "249000" → 249000; a number of another shape (negative, decimal) as NaN-free. */
function figureOf(cell: string): number | null {
  const compact = cell.replace(/[\s\u00a0\u202f]/gu, '');
  if (/^-?\d+$/.test(compact)) return Number(compact);
  if (/^-?\d+[.,]\d+$/.test(compact)) return Number(compact.replace(',', '.'));
  return null;
}

/**
 * Reads Statistics Sweden's two-column file: region code and population per line. Header lines before the first
 * figure and blank lines are passed over; any other line that cannot be read refuses the whole file, as does a code
 * twice. Codes are checked against the register by the caller.
 */
export function readPopulationFile(text: string): PopulationLine[] {
  const lines: PopulationLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const cells = cellsOf(raw);
    const code = codeOf(cells[0] ?? '');
    if (code === null && lines.length === 0 && seen.size === 0) return; // a header line
    if (code === null || cells.length !== 2) throw unreadable(line);
    const population = figureOf(cells[1]!);
    if (population === null) throw unreadable(line);
    if (code === WHOLE_COUNTRY) {
      seen.set(code, line);
      return;
    }
    requirePopulation(population, 'text', line);
    if (seen.has(code)) {
      throw badInput(`The county code ${code} appears twice in the file (line ${line}).`, {
        reason: 'REGION_CODE_TWICE',
        field: 'text',
        params: { line, code },
      });
    }
    seen.set(code, line);
    lines.push({ line, code, population });
  });
  if (!lines.length) throw badInput('The file holds no county code with a population.', { reason: 'FILE_EMPTY' });
  return lines;
}
