import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { OperationalGoalForm, type OperationalGoalFormValues } from './OperationalGoalForm';

const bodies = [
  { id: 'bg', name: 'Beredningsgruppen' },
  { id: 'fd', name: 'Förbundsdirektionen' },
  { id: 'rsk', name: 'RSK Norra' },
];
const topics = [
  { id: 't1', name: 'Nära vård' },
  { id: 't2', name: 'Vårdförlopp' },
];
const questions = [{ key: 'mal-2', text: 'Har gruppen tagit fram en handlingsplan?' }];

const blank: OperationalGoalFormValues = {
  number: null,
  name: '',
  kind: 'MEETING_QUORUM',
  groupIds: [],
  threshold: null,
  partlyThreshold: null,
  topicId: null,
  feedbackToSkr: false,
  feedbackGroupIds: [],
  questionKey: null,
};

function renderForm(props: Partial<Parameters<typeof OperationalGoalForm>[0]> = {}) {
  const onSave = vi.fn();
  render(
    <OperationalGoalForm
      initial={blank}
      bodies={bodies}
      topics={topics}
      questions={questions}
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

const fill = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara målet' }));

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the operational goal form', () => {
  it('asks a quorum goal for one body and its thresholds in per cent, and sends them as shares', () => {
    const onSave = renderForm();
    fill('Nummer', '4');
    fill('Namn', 'Skapa förutsättningar för sjukvårdsregional samverkan');
    fill('Organ', 'bg');
    fill(/Andel beslutsföra möten för uppnått/, '90');
    fill(/Gräns för delvis uppnått/, '75');
    expect(screen.queryByLabelText('Ämne')).toBeNull();
    expect(screen.queryByLabelText('Dialogfråga')).toBeNull();
    save();
    expect(onSave).toHaveBeenCalledWith(
      {
        number: 4,
        name: 'Skapa förutsättningar för sjukvårdsregional samverkan',
        groupIds: ['bg'],
        threshold: 0.9,
        partlyThreshold: 0.75,
      },
      'MEETING_QUORUM',
    );
  });

  it('asks a topic goal for the topic and the bodies, with no threshold for met', () => {
    const onSave = renderForm();
    fill('Typ av mål', 'TOPIC_AT_EVERY_MEETING');
    fill('Nummer', '5');
    fill('Namn', 'Samordning kunskapsstyrning och nära vård');
    fill('Ämne', 't1');
    fireEvent.click(screen.getByLabelText('Beredningsgruppen'));
    fireEvent.click(screen.getByLabelText('RSK Norra'));
    expect(screen.queryByLabelText(/för uppnått/)).toBeNull();
    save();
    expect(onSave).toHaveBeenCalledWith(
      {
        number: 5,
        name: 'Samordning kunskapsstyrning och nära vård',
        groupIds: ['bg', 'rsk'],
        topicId: 't1',
        partlyThreshold: null,
      },
      'TOPIC_AT_EVERY_MEETING',
    );
  });

  it('asks a feedback goal for SKR and the bodies only', () => {
    const onSave = renderForm();
    fill('Typ av mål', 'FEEDBACK_GIVEN');
    fill('Nummer', '3');
    fill('Namn', 'Implementering av vårdförlopp');
    fireEvent.click(screen.getByLabelText('Sveriges Kommuner och Regioner (SKR)'));
    fireEvent.click(screen.getByLabelText('Förbundsdirektionen'));
    expect(screen.queryByLabelText(/Gräns för delvis uppnått/)).toBeNull();
    save();
    expect(onSave).toHaveBeenCalledWith(
      { number: 3, name: 'Implementering av vårdförlopp', feedbackToSkr: true, feedbackGroupIds: ['fd'] },
      'FEEDBACK_GIVEN',
    );
  });

  it("offers the year's dialogue questions, and keeps a goal's key the year does not ask", () => {
    const onSave = renderForm({
      editing: true,
      initial: { ...blank, number: 6, name: 'Mål sex', kind: 'DIALOGUE_ANSWERS', questionKey: 'gammal-fraga' },
    });
    expect(screen.getByLabelText<HTMLSelectElement>('Typ av mål').disabled).toBe(true);
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>('Dialogfråga').options).map((o) => o.value);
    expect(options).toEqual(['', 'gammal-fraga', 'mal-2']);
    fill('Dialogfråga', 'mal-2');
    save();
    expect(onSave).toHaveBeenCalledWith(
      { number: 6, name: 'Mål sex', questionKey: 'mal-2', partlyThreshold: null },
      'DIALOGUE_ANSWERS',
    );
  });

  it('shows a refusal at the field it names', () => {
    renderForm({
      problem: {
        message: 'Gränsen för delvis uppnått måste ligga under gränsen för uppnått.',
        field: 'partlyThreshold',
      },
    });
    expect(screen.getByLabelText(/Gräns för delvis uppnått/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'Gränsen för delvis uppnått måste ligga under gränsen för uppnått.',
    );
  });
});
