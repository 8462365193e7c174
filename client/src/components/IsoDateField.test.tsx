import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { IsoDateField } from './IsoDateField';

/** The field's visible text without the direction marks Intl puts around the segments. */
function shown(group: HTMLElement) {
  return (group.textContent ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '');
}

function Controlled({
  initial,
  onChange,
  name,
}: {
  initial: string;
  onChange: (value: string) => void;
  name?: string;
}) {
  const [value, setValue] = useState(initial);
  return (
    <IsoDateField
      label="Startdatum"
      value={value}
      name={name}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

beforeEach(() => {
  // A browser in American English: a native date input would show 12/01/2026.
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('sv');
});

describe('IsoDateField', () => {
  it('shows year-month-day whatever the browser language, in Swedish and in English', async () => {
    const { unmount } = render(<IsoDateField label="Startdatum" value="2026-12-01" onChange={() => {}} />);
    expect(shown(screen.getByRole('group', { name: 'Startdatum' }))).toBe('2026-12-01');
    unmount();
    await i18n.changeLanguage('en');
    render(<IsoDateField label="Start date" value="2026-12-01" onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Start date' });
    expect(shown(group)).toBe('2026-12-01');
    const segments = within(group).getAllByRole('spinbutton');
    expect(segments.map((s) => s.getAttribute('aria-valuenow'))).toEqual(['2026', '12', '1']);
  });

  it('emits ISO dates, and carries the ISO value in a named hidden input', () => {
    const onChange = vi.fn();
    const { container } = render(<Controlled initial="2026-12-31" onChange={onChange} name="startDate" />);
    const [, , day] = within(screen.getByRole('group', { name: 'Startdatum' })).getAllByRole('spinbutton');
    fireEvent.keyDown(day!, { key: 'ArrowUp' });
    // The day wraps within the month, as a spin button does.
    expect(onChange).toHaveBeenLastCalledWith('2026-12-01');
    const [, month] = within(screen.getByRole('group', { name: 'Startdatum' })).getAllByRole('spinbutton');
    fireEvent.keyDown(month!, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith('2026-11-01');
    expect((container.querySelector('input[name="startDate"]') as HTMLInputElement).value).toBe('2026-11-01');
  });

  it('shows empty segments for no date, and a refusal under the field', () => {
    render(
      <IsoDateField
        label="Slutdatum"
        value=""
        onChange={() => {}}
        errorMessage="Slutdatumet ligger före startdatumet."
      />,
    );
    const group = screen.getByRole('group', { name: 'Slutdatum' });
    expect(shown(group)).toBe('åååå-mm-dd');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Slutdatumet ligger före startdatumet.');
    for (const segment of within(group).getAllByRole('spinbutton')) {
      expect(segment.getAttribute('aria-invalid')).toBe('true');
      expect(segment.getAttribute('aria-describedby')).toContain(alert.id);
    }
  });

  it('takes a refusal as answered once the date changes, and shows it again for a new refusal', () => {
    const message = 'Slutdatumet ligger före startdatumet.';
    const onChange = vi.fn();
    const { rerender } = render(
      <IsoDateField label="Slutdatum" value="2024-12-31" onChange={onChange} errorMessage={message} />,
    );
    const day = () => within(screen.getByRole('group', { name: 'Slutdatum' })).getAllByRole('spinbutton')[2]!;
    expect(screen.getByRole('alert').textContent).toBe(message);
    fireEvent.keyDown(day(), { key: 'ArrowDown' });
    rerender(<IsoDateField label="Slutdatum" value="2024-12-30" onChange={onChange} errorMessage={message} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(day().getAttribute('aria-invalid')).toBeNull();
    // The next attempt clears the error while it is sent; its own refusal shows again.
    rerender(<IsoDateField label="Slutdatum" value="2024-12-30" onChange={onChange} errorMessage={null} />);
    rerender(<IsoDateField label="Slutdatum" value="2024-12-30" onChange={onChange} errorMessage={message} />);
    expect(screen.getByRole('alert').textContent).toBe(message);
  });
});
