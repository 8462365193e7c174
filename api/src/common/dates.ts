/** Calendar dates travel as ISO `YYYY-MM-DD` strings: they compare correctly as text in JavaScript, SQLite and PostgreSQL. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "Today" is the Swedish calendar day, whatever the server's time zone: the register's users live in it. */
function todayInSweden(now: Date = new Date()): IsoDate {
  return stockholmDay.format(now);
}

/** A source of "today", injectable so that tests can pin the day. */
export interface Clock {
  today(): IsoDate;
}

export const systemClock: Clock = { today: () => todayInSweden() };

/** Whether the closed intervals [aStart, aEnd] and [bStart, bEnd] share a day; a null end is open-ended. */
export function intervalsOverlap(
  aStart: IsoDate,
  aEnd: IsoDate | null,
  bStart: IsoDate,
  bEnd: IsoDate | null,
): boolean {
  return (bEnd === null || aStart <= bEnd) && (aEnd === null || bStart <= aEnd);
}

/** The contract's definition: active on D when startDate <= D and (endDate is null or D <= endDate). */
export function isActiveOn(startDate: IsoDate, endDate: IsoDate | null, day: IsoDate): boolean {
  return startDate <= day && (endDate === null || day <= endDate);
}

/** The ISO date `days` days after `day` (before, for a negative number). */
export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The ISO date `years` years after `day`; 29 February moves to 1 March in a year without one. */
export function addYears(day: IsoDate, years: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}
