import { useTranslation } from 'react-i18next';

/** Shares as percentages and gaps as percentage points, in the user's language ("55,8 %" in Swedish). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'sv-SE';
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const points = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const moment = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return {
    /** A timestamp in Swedish time, whatever the browser's zone: the register's events happen in Sweden. */
    dateTime: (iso: string) => moment.format(new Date(iso)),
    share: (value: number) => percent.format(value),
    points: (value: number) => points.format(value),
  };
}

/** The ISO date `days` days after another. */
export function addDaysTo(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day `months` calendar months before an ISO date. */
export function monthsBefore(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
