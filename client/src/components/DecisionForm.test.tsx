import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { DecideNominationDocument, DecisionWarningsDocument } from '../gql/graphql';
import { DecisionForm } from './DecisionForm';

const nomination = {
  id: 'n1',
  seats: 1,
  candidates: [
    {
      id: 'c1',
      withdrawnAt: null,
      person: { name: 'Anna Andersson' },
      representedRegion: { name: 'Region Norrbotten' },
    },
    {
      id: 'c2',
      withdrawnAt: '2025-01-01T00:00:00Z',
      person: { name: 'Bo Berg' },
      representedRegion: { name: 'Region Västerbotten' },
    },
  ],
};

const warnings = {
  request: { query: DecisionWarningsDocument, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { nomination: { __typename: 'Nomination' as const, id: 'n1', warnings: [] } } },
};

/** The decision's mock records what the form sent. */
function decision() {
  const sent: Record<string, unknown>[] = [];
  const mock = {
    request: {
      query: DecideNominationDocument,
      variables: (v: Record<string, unknown>) => (sent.push(v.input as Record<string, unknown>), true),
    },
    result: { data: { decideNomination: { __typename: 'Nomination' as const, id: 'n1', status: 'DECIDED' as const } } },
  };
  return { sent, mock };
}

function renderForm() {
  const { sent, mock } = decision();
  const onDecided = vi.fn();
  render(
    <MockedProvider mocks={[warnings, mock]}>
      <DecisionForm nomination={nomination} onDecided={onDecided} />
    </MockedProvider>,
  );
  return { sent, onDecided };
}

afterEach(cleanup);

describe('the decision form', () => {
  it('offers only candidates still standing and decides nothing until someone is ticked', () => {
    renderForm();
    expect(screen.getByRole('checkbox', { name: 'Anna Andersson (Region Norrbotten)' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Bo Berg/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Fatta beslut' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/avsluta nomineringen utan tillsättning/)).toBeTruthy();
  });

  it('asks before appointing, names the appointee, and sends nothing when the question is cancelled', async () => {
    const { sent, onDecided } = renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anna Andersson (Region Norrbotten)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fatta beslut' }));
    let dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/Anna Andersson \(Region Norrbotten\) utses från/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Fatta beslut' }));
    dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fatta beslut' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ appointed: ['Anna Andersson (Region Norrbotten)'] }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ nominationId: 'n1', appointCandidateIds: ['c1'], closeWithoutAppointment: null });
  });

  it('closes without appointment only as its own confirmed choice, stating it to the API', async () => {
    const { sent, onDecided } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Avsluta utan tillsättning' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avsluta utan tillsättning?' });
    expect(within(dialog).getByText(/Platserna förblir lediga/)).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avsluta utan tillsättning' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith({ closedWithoutAppointment: true }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ appointCandidateIds: [], closeWithoutAppointment: true });
  });
});
