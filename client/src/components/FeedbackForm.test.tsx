import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { FeedbackForm, type FeedbackFormValues } from './FeedbackForm';

const bodies = [
  { id: 'fd', name: 'Förbundsdirektionen' },
  { id: 'bg', name: 'Beredningsgruppen' },
];

const blank: FeedbackFormValues = {
  givenOn: '2024-04-15',
  recipient: 'SKR',
  recipientGroupId: null,
  subject: '',
  reference: null,
};

function renderForm(props: Partial<Parameters<typeof FeedbackForm>[0]> = {}) {
  const onSave = vi.fn();
  render(
    <FeedbackForm
      label="Ny återkoppling"
      initial={blank}
      bodies={bodies}
      problem={null}
      saving={false}
      onSave={onSave}
      onCancel={() => undefined}
      {...props}
    />,
  );
  return onSave;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara återkopplingen' }));

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the feedback form', () => {
  it('records feedback to SKR without asking for a body, and leaves an empty reference out', () => {
    const onSave = renderForm();
    expect(screen.queryByLabelText('Organ')).toBeNull();
    fireEvent.change(screen.getByLabelText('Vad återkopplingen gällde'), {
      target: { value: ' Utvärdering av vårdförloppen ' },
    });
    fireEvent.change(screen.getByLabelText('Referens'), { target: { value: '  ' } });
    save();
    expect(onSave).toHaveBeenCalledWith({ ...blank, subject: 'Utvärdering av vårdförloppen', reference: null });
  });

  it('asks for the body when the recipient is one, and forgets it again for SKR', () => {
    const onSave = renderForm();
    fireEvent.click(screen.getByLabelText('Ett organ'));
    fireEvent.change(screen.getByLabelText('Organ'), { target: { value: 'fd' } });
    fireEvent.change(screen.getByLabelText('Vad återkopplingen gällde'), { target: { value: 'Årsrapport' } });
    save();
    expect(onSave.mock.calls[0]![0]).toMatchObject({ recipient: 'GROUP', recipientGroupId: 'fd' });
    fireEvent.click(screen.getByLabelText('Sveriges Kommuner och Regioner (SKR)'));
    save();
    expect(onSave.mock.calls[1]![0]).toMatchObject({ recipient: 'SKR', recipientGroupId: null });
  });

  it('shows the refusal about the body at the body', () => {
    renderForm({
      initial: { ...blank, recipient: 'GROUP' },
      problem: { message: 'Välj det organ eller den grupp som fick återkopplingen.', field: 'recipientGroupId' },
    });
    expect(screen.getByLabelText('Organ').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Välj det organ eller den grupp som fick återkopplingen.');
  });
});
