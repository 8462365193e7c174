import { useTranslation } from 'react-i18next';
import { today } from '../today';

/** How many years back the picker reaches: the register's meetings start with the annual reports it follows up. */
const YEARS_BACK = 6;

/**
 * The year a meeting screen shows: the years from a few back to the next one (meetings are planned a year ahead),
 * newest first, and the chosen one even when it lies outside them (a link may name any year).
 */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const current = Number(today().slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => current + 1 - i);
  if (!years.includes(value)) years.push(value);
  return (
    <label>
      {t('meetings.year')}
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
  return Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : Number(today().slice(0, 4));
}
