import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { makeFragmentData } from '../gql';
import { SetAgendaDocument, TopicsDocument, type SetAgendaMutationVariables } from '../gql/graphql';
import { AgendaEditor } from './AgendaEditor';
import { AgendaList_ItemFragment } from './AgendaList';

const topics = {
  request: { query: TopicsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      topics: [
        { __typename: 'Topic' as const, id: 't1', key: 'nara-vard', name: 'Nära vård', version: 1 },
        { __typename: 'Topic' as const, id: 't2', key: 'vardforlopp', name: 'Vårdförlopp', version: 1 },
      ],
    },
  },
};

/** The agenda the API answers with, and the variables the editor sent (the mock's matcher sees them). */
function setAgenda(sent: SetAgendaMutationVariables[]) {
  return {
    request: {
      query: SetAgendaDocument,
      variables: (variables: SetAgendaMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result: { data: { setAgenda: { __typename: 'Meeting' as const, id: 'm1', version: 4, agenda: [] } } },
  };
}

const saved = [
  makeFragmentData(
    {
      id: 'a1',
      position: 1,
      title: 'Nära vård',
      decision: 'Informationen noteras.',
      paragraph: '§ 4',
      topics: [{ id: 't1', name: 'Nära vård' }],
    },
    AgendaList_ItemFragment,
  ),
  makeFragmentData(
    { id: 'a2', position: 2, title: 'Övrigt', decision: null, paragraph: null, topics: [] },
    AgendaList_ItemFragment,
  ),
];

function renderEditor(sent: SetAgendaMutationVariables[]) {
  const onSaved = vi.fn();
  render(
    <MockedProvider mocks={[topics, setAgenda(sent)]}>
      <AgendaEditor meetingId="m1" version={3} items={saved} onSaved={onSaved} onCancel={() => undefined} />
    </MockedProvider>,
  );
  return onSaved;
}

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the agenda editor', () => {
  it('adds an item with a topic from the list and sends the whole agenda in order', async () => {
    const sent: SetAgendaMutationVariables[] = [];
    const onSaved = renderEditor(sent);
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till punkt' }));
    const third = screen.getByRole('group', { name: 'Punkt 3' });
    fireEvent.change(within(third).getByLabelText('Rubrik'), { target: { value: 'Vårdförloppen' } });
    fireEvent.click(await within(third).findByRole('checkbox', { name: 'Vårdförlopp' }));
    // Moved first: positions follow the order on screen.
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp punkt 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp punkt 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara dagordningen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent.at(-1)).toEqual({
      input: {
        meetingId: 'm1',
        expectedVersion: 3,
        items: [
          { title: 'Vårdförloppen', topicIds: ['t2'], decision: null, paragraph: null },
          { title: 'Nära vård', topicIds: ['t1'], decision: 'Informationen noteras.', paragraph: '§ 4' },
          { title: 'Övrigt', topicIds: [], decision: null, paragraph: null },
        ],
      },
    });
  });

  it('asks before saving an agenda that drops a saved item, and sends nothing if the answer is no', async () => {
    const sent: SetAgendaMutationVariables[] = [];
    const onSaved = renderEditor(sent);
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort punkt 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara dagordningen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Ta bort 1 punkt?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Spara dagordningen' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Spara och ta bort' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent.at(-1)!.input.items.map((item) => item.title)).toEqual(['Nära vård']);
  });
});
