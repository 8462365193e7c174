import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { QuestionSetEditor, type EditableQuestion } from './QuestionSetEditor';

const question: EditableQuestion = {
  id: 'q1',
  key: 'nivastrukturering',
  text: 'Hur har gruppen bidragit till nivåstruktureringen?',
  goal: 'Mål 2',
  appliesTo: ['RPO', 'RSG'],
  universityHealthcareOnly: false,
  version: 3,
};

function renderEditor(props: Partial<Parameters<typeof QuestionSetEditor>[0]> = {}) {
  const handlers = {
    onCreate: vi.fn(async () => true),
    onUpdate: vi.fn(async () => true),
    onCopy: vi.fn(async () => true),
  };
  render(
    <QuestionSetEditor
      year={2026}
      questions={[question]}
      canEdit
      problem={null}
      saving={false}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the question-set editor', () => {
  it('lists each question with its text, goal and the group types it is asked of', () => {
    renderEditor();
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Hur har gruppen bidragit till nivåstruktureringen?');
    expect(item.textContent).toContain('Mål 2');
    expect(item.textContent).toContain('RPO, RSG');
  });

  it('offers to copy an earlier year when the year has no questions', () => {
    const { onCopy } = renderEditor({ questions: [] });
    expect(screen.getByText('Det finns inga frågor för 2026.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera frågorna från 2025 till 2026' }));
    expect(onCopy).toHaveBeenCalledWith(2025);
    fireEvent.change(screen.getByLabelText('Kopiera från år'), { target: { value: '2023' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera frågorna från 2023 till 2026' }));
    expect(onCopy).toHaveBeenLastCalledWith(2023);
  });

  it('edits a question in place; its key stays', async () => {
    const { onUpdate } = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: /Ändra frågan: Hur har gruppen/ }));
    expect(screen.queryByLabelText('Nyckel')).toBeNull();
    fireEvent.change(screen.getByLabelText('Frågan'), { target: { value: 'Hur har nivåstruktureringen gått?' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Ställs till grupptyperna' })).getByLabelText(/^RSG/));
    fireEvent.click(screen.getByRole('button', { name: 'Spara frågan' }));
    expect(onUpdate).toHaveBeenCalledWith(question, {
      key: 'nivastrukturering',
      text: 'Hur har nivåstruktureringen gått?',
      goal: 'Mål 2',
      appliesTo: ['RPO'],
      universityHealthcareOnly: false,
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Spara frågan' })).toBeNull());
  });

  it('adds a question with a key; an empty goal is sent as none', () => {
    const { onCreate } = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    fireEvent.change(screen.getByLabelText('Nyckel'), { target: { value: 'jamlikhet' } });
    fireEvent.change(screen.getByLabelText('Frågan'), { target: { value: 'Hur arbetar gruppen med jämlik vård?' } });
    fireEvent.change(screen.getByLabelText('Mål som svaren dokumenterar'), { target: { value: '  ' } });
    fireEvent.click(screen.getByLabelText(/^NPO/));
    fireEvent.click(screen.getByRole('button', { name: 'Spara frågan' }));
    expect(onCreate).toHaveBeenCalledWith({
      key: 'jamlikhet',
      text: 'Hur arbetar gruppen med jämlik vård?',
      goal: null,
      appliesTo: ['NPO'],
      universityHealthcareOnly: false,
    });
  });

  it('shows a refused save at the form and keeps what was typed', async () => {
    const onCreate = vi.fn(async () => false);
    const { rerender } = render(
      <QuestionSetEditor
        year={2026}
        questions={[]}
        canEdit
        problem={null}
        saving={false}
        onCreate={onCreate}
        onUpdate={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    fireEvent.change(screen.getByLabelText('Nyckel'), { target: { value: 'nara-vard' } });
    fireEvent.change(screen.getByLabelText('Frågan'), { target: { value: 'Nära vård?' } });
    fireEvent.click(screen.getByLabelText(/^RPO/));
    fireEvent.click(screen.getByRole('button', { name: 'Spara frågan' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalled());
    rerender(
      <QuestionSetEditor
        year={2026}
        questions={[]}
        canEdit
        problem={{ message: 'Frågan finns redan för året.', field: 'key' }}
        saving={false}
        onCreate={onCreate}
        onUpdate={vi.fn()}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Frågan finns redan för året.');
    expect(screen.getByLabelText<HTMLInputElement>('Nyckel').value).toBe('nara-vard');
  });

  it('shows a reader no editing controls', () => {
    renderEditor({ canEdit: false, questions: [] });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
