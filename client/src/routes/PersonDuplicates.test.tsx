import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { MergePersonsDocument } from '../gql/graphql';
import { DuplicatePair } from './PersonDuplicates';

const person = (id: string, name: string, seats: number) => ({
  __typename: 'Person' as const,
  id,
  name,
  email: null,
  title: null,
  version: 1,
  employerRegion: { __typename: 'Region' as const, id: 'r24', name: 'Region Västerbotten' },
  memberships: Array.from({ length: seats }, (_, i) => ({
    __typename: 'Membership' as const,
    id: `${id}-m${i}`,
    role: 'MEMBER' as const,
    startDate: '2024-01-01',
    endDate: null,
    group: { __typename: 'Group' as const, id: 'g1', name: 'Diabetes', type: 'RAG' as const },
  })),
});

const suggestion = {
  __typename: 'DuplicateSuggestion' as const,
  score: 0.97,
  reasons: ['Liknande namn', 'Samma arbetsgivare', 'Uppdrag i samma grupp'],
  persons: [person('a', 'Sara Nylund', 1), person('b', 'Sara Bylund', 1)],
};

function renderPair(result: object) {
  const sent: Record<string, unknown>[] = [];
  const onMerged = vi.fn();
  render(
    <MockedProvider
      mocks={[
        {
          request: {
            query: MergePersonsDocument,
            variables: (v: Record<string, unknown>) => (sent.push(v.input as Record<string, unknown>), true),
          },
          result,
        },
      ]}
    >
      <MemoryRouter>
        <DuplicatePair suggestion={suggestion} onMerged={onMerged} />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { sent, onMerged };
}

async function mergeKeeping(name: string) {
  fireEvent.click(screen.getByRole('radio', { name: `Behåll ${name}` }));
  fireEvent.click(screen.getByRole('button', { name: 'Slå ihop Sara Nylund och Sara Bylund' }));
  const dialog = await screen.findByRole('alertdialog');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Slå ihop' }));
  return dialog;
}

afterEach(cleanup);

describe('a suggested pair', () => {
  it('shows both records side by side and merges the one not kept into the other, with the versions seen', async () => {
    const { sent, onMerged } = renderPair({
      data: {
        mergePersons: {
          __typename: 'PersonMerge',
          id: 'e1',
          movedMemberships: 1,
          movedCandidacies: 0,
          kept: { __typename: 'Person', id: 'b', name: 'Sara Bylund' },
          merged: { __typename: 'Person', id: 'a', name: 'Sara Nylund' },
        },
      },
    });
    expect(screen.getByText(/Likhet 97 %/)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Sara Nylund',
      'Sara Bylund',
    ]);
    const dialog = await mergeKeeping('Sara Bylund');
    expect(dialog.textContent).toMatch(/Sara Bylund behålls/);
    await vi.waitFor(() => expect(onMerged).toHaveBeenCalled());
    expect(sent).toEqual([{ keepId: 'b', mergeId: 'a', keepVersion: 1, mergeVersion: 1 }]);
    expect(onMerged.mock.calls[0]![0]).toMatch(/Sara Nylund är sammanslagen med Sara Bylund: 1 uppdrag/);
  });

  it('says in plain Swedish which group has overlapping terms', async () => {
    const { onMerged } = renderPair({
      errors: [
        new GraphQLError('overlap', {
          extensions: { code: 'CONFLICT', reason: 'MERGE_OVERLAP', params: { group: 'Diabetes' } },
        }),
      ],
    });
    await mergeKeeping('Sara Nylund');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Personerna har överlappande uppdrag i Diabetes. Avsluta eller rätta det ena uppdraget innan de slås ihop.',
    );
    expect(onMerged).not.toHaveBeenCalled();
  });
});
