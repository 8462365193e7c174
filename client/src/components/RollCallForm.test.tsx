import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import type { RollCallEntryInput } from '../gql/graphql';
import { RollCallForm, type RollCallMember } from './RollCallForm';

const members: RollCallMember[] = [
  { personId: 'anna', name: 'Anna Ek', seat: 'Ledamot · Region Norrbotten', votingSeat: true, deputy: false },
  { personId: 'bo', name: 'Bo Lind', seat: 'Ledamot · Region Jämtland Härjedalen', votingSeat: true, deputy: false },
  { personId: 'cia', name: 'Cia Berg', seat: 'Ledamot · Region Västerbotten', votingSeat: true, deputy: false },
  {
    personId: 'dan',
    name: 'Dan Holm',
    seat: 'Ersättare · Region Jämtland Härjedalen',
    votingSeat: false,
    deputy: true,
  },
  { personId: 'eva', name: 'Eva Sund', seat: 'Sekreterare', votingSeat: false, deputy: false },
];

const nobody = { present: [], servingFor: {}, othersPresent: [] };

/** The toggle of a member: the button named by the member (its state is aria-pressed). */
const toggle = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

function saved(onSave: ReturnType<typeof vi.fn>): Record<string, RollCallEntryInput> {
  const entries = onSave.mock.calls.at(-1)![0] as RollCallEntryInput[];
  return Object.fromEntries(entries.map((e) => [e.personId, e]));
}

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the roll-call form', () => {
  it('marks a member present or absent with one tap each, and sends every member of the day', () => {
    const onSave = vi.fn();
    render(<RollCallForm members={members} initial={nobody} saving={false} problem={null} onSave={onSave} />);
    expect(toggle('Anna Ek').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle('Anna Ek'));
    fireEvent.click(toggle('Cia Berg'));
    fireEvent.click(toggle('Cia Berg'));
    expect(toggle('Anna Ek').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/Besatta röstberättigade platser: 1 av 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara uppropet' }));
    const entries = saved(onSave);
    expect(Object.keys(entries).sort()).toEqual(['anna', 'bo', 'cia', 'dan', 'eva']);
    expect(entries.anna).toEqual({ personId: 'anna', present: true, servingForPersonId: null });
    expect(entries.cia!.present).toBe(false);
  });

  it('lets a deputy serve for an absent voting member in two taps, and frees them when the member comes', () => {
    const onSave = vi.fn();
    render(<RollCallForm members={members} initial={nobody} saving={false} problem={null} onSave={onSave} />);
    fireEvent.click(toggle('Anna Ek'));
    fireEvent.click(toggle('Dan Holm'));
    // The second tap: only absent voting members are offered.
    const choices = screen.getByRole('group', { name: 'Dan Holm tjänstgör för:' });
    const offered = within(choices)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(offered).toEqual([
      'Bo LindLedamot · Region Jämtland Härjedalen',
      'Cia BergLedamot · Region Västerbotten',
      'Ingen (närvarar utan att tjänstgöra)',
    ]);
    fireEvent.click(within(choices).getByRole('button', { name: /^Bo Lind/ }));
    expect(screen.getByText(/Tjänstgör för Bo Lind/)).toBeTruthy();
    expect(screen.getByText(/Besatta röstberättigade platser: 2 av 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara uppropet' }));
    expect(saved(onSave).dan).toEqual({ personId: 'dan', present: true, servingForPersonId: 'bo' });

    // Bo arrives after all: Dan no longer serves for him (the API refuses a deputy serving for someone present).
    fireEvent.click(toggle('Bo Lind'));
    expect(screen.getByText('Tjänstgör inte för någon.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara uppropet' }));
    expect(saved(onSave).dan).toEqual({ personId: 'dan', present: true, servingForPersonId: null });
  });

  it('keeps a saved roll call and sends others present one a line', () => {
    const onSave = vi.fn();
    render(
      <RollCallForm
        members={members}
        initial={{ present: ['anna', 'dan'], servingFor: { dan: 'cia' }, othersPresent: ['Gäst Ett'] }}
        saving={false}
        problem={null}
        onSave={onSave}
      />,
    );
    expect(screen.getByText(/Tjänstgör för Cia Berg/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Övriga närvarande'), { target: { value: 'Gäst Ett\n\n  Gäst Två  ' } });
    // An absent deputy serves for nobody.
    fireEvent.click(toggle('Dan Holm'));
    fireEvent.click(screen.getByRole('button', { name: 'Spara uppropet' }));
    expect(saved(onSave).dan).toEqual({ personId: 'dan', present: false, servingForPersonId: null });
    expect(onSave.mock.calls.at(-1)![1]).toEqual(['Gäst Ett', 'Gäst Två']);
  });
});
