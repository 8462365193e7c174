import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { GoalForm, type GoalFormValues } from './GoalForm';

const healthcareRegions = [
  {
    id: 'norra',
    name: 'Norra sjukvårdsregionen',
    regions: [
      { id: 'r25', name: 'Region Norrbotten' },
      { id: 'r24', name: 'Region Västerbotten' },
    ],
  },
  { id: 'syd', name: 'Södra sjukvårdsregionen', regions: [{ id: 'r12', name: 'Region Skåne' }] },
];

const blank: GoalFormValues = {
  number: null,
  name: '',
  kind: 'INCREASE_SHARE',
  healthcareRegionId: 'norra',
  tiers: ['NATIONAL'],
  baselineDate: '2026-01-01',
  targetDate: '2027-12-31',
  regionIds: [],
  tolerancePoints: null,
  maxShare: null,
};

function renderForm(props: Partial<Parameters<typeof GoalForm>[0]> = {}) {
  const onSave = vi.fn();
  render(
    <GoalForm
      initial={blank}
      healthcareRegions={healthcareRegions}
      editing={false}
      problem={null}
      saving={false}
      onSave={onSave}
      onCancel={() => undefined}
      {...props}
    />,
  );
  return onSave;
}

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the goal form', () => {
  it('asks for the tolerance of a parity goal only, and sends it with no maximum share', () => {
    const onSave = renderForm();
    expect(screen.queryByLabelText(/Tillåtet avstånd/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Inom tio procentenheter' } });
    fireEvent.change(screen.getByLabelText('Typ av mål'), { target: { value: 'POPULATION_PARITY' } });
    fireEvent.change(screen.getByLabelText(/Tillåtet avstånd/), { target: { value: '7,5' } });
    expect(screen.queryByLabelText(/Högsta andel/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Region Norrbotten'));
    fireEvent.click(screen.getByRole('button', { name: 'Spara målet' }));
    expect(onSave).toHaveBeenCalledWith({
      ...blank,
      name: 'Inom tio procentenheter',
      kind: 'POPULATION_PARITY',
      regionIds: ['r25'],
      tolerancePoints: 7.5,
      maxShare: null,
    });
  });

  it('takes the maximum share in per cent and sends it as a fraction', () => {
    const onSave = renderForm();
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Högst 40 procent' } });
    fireEvent.change(screen.getByLabelText('Typ av mål'), { target: { value: 'MAX_SHARE' } });
    fireEvent.change(screen.getByLabelText(/Högsta andel/), { target: { value: '40' } });
    fireEvent.click(screen.getByLabelText('Region Västerbotten'));
    fireEvent.click(screen.getByRole('button', { name: 'Spara målet' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      kind: 'MAX_SHARE',
      maxShare: 0.4,
      tolerancePoints: null,
      regionIds: ['r24'],
    });
  });

  it("takes the goal's number in the goal framework, as a number", () => {
    const onSave = renderForm({ initial: { ...blank, name: 'Mål', regionIds: ['r25'] } });
    fireEvent.change(screen.getByLabelText('Nummer'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara målet' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ number: 1 });
  });

  it("offers only the chosen healthcare region's regions and forgets the others when it changes", () => {
    const onSave = renderForm({ initial: { ...blank, name: 'Mål', regionIds: ['r25'] } });
    expect(screen.queryByLabelText('Region Skåne')).toBeNull();
    fireEvent.change(screen.getByLabelText('Sjukvårdsregion'), { target: { value: 'syd' } });
    expect(screen.queryByLabelText('Region Norrbotten')).toBeNull();
    fireEvent.click(screen.getByLabelText('Region Skåne'));
    fireEvent.click(screen.getByRole('button', { name: 'Spara målet' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ healthcareRegionId: 'syd', regionIds: ['r12'] });
  });

  it('keeps kind and healthcare region fixed when editing, and shows a refusal at its field', () => {
    renderForm({
      editing: true,
      initial: { ...blank, name: 'Mål', kind: 'POPULATION_PARITY', tolerancePoints: 10 },
      problem: { message: 'Måldatumet måste ligga efter utgångsläget.', field: 'targetDate' },
    });
    expect(screen.getByLabelText<HTMLSelectElement>('Typ av mål').disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/Tillåtet avstånd/).value).toBe('10');
    // The date field's year, month and day segments are all marked invalid.
    const target = within(screen.getByRole('group', { name: 'Måldatum' })).getAllByRole('spinbutton');
    expect(target.map((segment) => segment.getAttribute('aria-invalid'))).toEqual(['true', 'true', 'true']);
    expect(screen.getByRole('alert').textContent).toBe('Måldatumet måste ligga efter utgångsläget.');
  });
});
