import type { Locator, Page } from 'playwright-core';

/** The date field (IsoDateField: a group of year, month and day spin buttons) with this exact label. */
export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/**
 * Types an ISO date into a date field as a person would: empties the segments from the day back to the year, then
 * types the digits from the year segment (each segment moves on when it is full). '' leaves the field empty.
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const segments = field.getByRole('spinbutton');
  const keyboard = field.page().keyboard;
  const count = await segments.count();
  for (let i = count - 1; i >= 0; i--) {
    await segments.nth(i).focus();
    for (let k = 0; k < 4; k++) await keyboard.press('Backspace');
  }
  if (!iso) return;
  await segments.first().focus();
  await keyboard.type(iso.replace(/-/g, ''));
}

/** What the date field shows: `YYYY-MM-DD`, or '' while a segment is empty. */
export async function dateValue(field: Locator): Promise<string> {
  const numbers = await field
    .getByRole('spinbutton')
    .evaluateAll((segments) => segments.map((s) => s.getAttribute('aria-valuenow')));
  if (numbers.some((n) => n === null)) return '';
  const [year, month, day] = numbers.map(Number) as [number, number, number];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
