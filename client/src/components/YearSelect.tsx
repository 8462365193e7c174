import { today } from '../today';

/** How many years back the picker reaches by default: the register's meetings start with the annual reports it follows up. */
const YEARS_BACK = 6;

/** This year, in Sweden: the year a screen opens on when nothing else is chosen. */
export const thisYear = () => Number(today().slice(0, 4));

/**
 * A year to show: the years from `first` (by default a few back) to the next one (meetings are planned and goals judged
 * a year ahead), newest first, and the chosen one even when it lies outside them (a link may name any year).
 */
export function YearSelect({
  value,
  onChange,
  label,
  first = thisYear() - YEARS_BACK,
}: {
  value: number;
  onChange: (year: number) => void;
  label: string;
  first?: number;
}) {
  const last = thisYear() + 1;
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  if (!years.includes(value)) years.push(value);
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years
          .sort((a, b) => b - a)
          .map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
      </select>
    </label>
  );
}

/** The year a screen opens on: the one its address names, else this year. */
export function yearFrom(param: string | null): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : thisYear();
}
