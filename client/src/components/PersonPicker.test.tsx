import { useState } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import { CreatePersonDocument, HealthcareRegionsDocument } from '../gql/graphql';
import type { PickedPerson } from './NewPersonForm';
import { PersonPicker } from './PersonPicker';

const regions = {
  request: { query: HealthcareRegionsDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { healthcareRegions: [] } },
};

const created = {
  request: { query: CreatePersonDocument, variables: () => true },
  result: { data: { createPerson: { __typename: 'Person' as const, id: 'p1', name: 'Nils Nyman' } } },
};

function Picker() {
  const [person, setPerson] = useState<PickedPerson | null>(null);
  return <PersonPicker value={person} onChange={setPerson} />;
}

afterEach(cleanup);

describe('PersonPicker', () => {
  it('confirms a new person in its status region after the new-person form has gone', async () => {
    render(
      <MockedProvider mocks={[regions, created]}>
        <Picker />
      </MockedProvider>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Ny person' }));
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Nils Nyman' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa person' }));
    expect(await screen.findByText('Nils Nyman är sparad i registret.')).toBe(screen.getByRole('status'));
    // The same live region, there before the save, carries the text.
    expect(screen.getByRole('status')).toBe(status);
    expect(screen.queryByRole('button', { name: 'Skapa person' })).toBeNull();
  });
});
