import { registerEnumType } from 'type-graphql';
import type { IsoDate } from './dates.js';

export enum TrendInterval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(TrendInterval, { name: 'TrendInterval', description: 'The spacing of the points of a trend.' });

const MONTHS_PER: Record<TrendInterval, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** The last day of the month `monthIndex` (0-based, may exceed 11) of `year`. */
const lastDayOfMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0));

/**
 * The end of every period from the one holding `from` to the one holding `to`, the last clamped to `to`, so that a
 * trend ends on the day asked for. Periods are calendar months, quarters and years.
 */
export function periodEnds(from: IsoDate, to: IsoDate, interval: TrendInterval): IsoDate[] {
  const step = MONTHS_PER[interval];
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  // the first period's last month: the month itself, the quarter's third month or December
  let month = fromMonth - 1 + (step - ((fromMonth - 1) % step)) - 1;
  const ends: IsoDate[] = [];
  for (;;) {
    const end = iso(lastDayOfMonth(fromYear, month));
    if (end >= to) {
      ends.push(to);
      return ends;
    }
    ends.push(end);
    month += step;
  }
}
