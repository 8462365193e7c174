/**
 * The Swedish words the goals and the annual report are written with, kept in one place so that a goal's own text and
 * the report's paragraph about it read alike.
 */
import type { IsoDate } from '../../common/dates.js';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** "augusti 2023" */
export const monthOf = (day: IsoDate) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

/** "31 augusti 2023" */
export const dayOf = (day: IsoDate) => `${Number(day.slice(8, 10))} ${monthOf(day)}`;

/** "86 procent": the report gives shares in whole percent. */
export const percent = (share: number) => `${Math.round(share * 100)} procent`;

/** "a, b och c" */
export function list(items: string[], conjunction = 'och'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "1 möte", "14 möten": a count with its noun in the right number. */
export const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
