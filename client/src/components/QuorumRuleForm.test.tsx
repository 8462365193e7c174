import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { makeFragmentData } from '../gql';
import { SetQuorumRuleDocument, type SetQuorumRuleMutationVariables } from '../gql/graphql';
import { QuorumRuleForm, QuorumRuleForm_RuleFragment } from './QuorumRuleForm';

const DESCRIPTION = 'Minst 75 procent av de röstberättigade platserna, varje region närvarande';

function setQuorumRule(sent: SetQuorumRuleMutationVariables[]) {
  return {
    request: {
      query: SetQuorumRuleDocument,
      variables: (variables: SetQuorumRuleMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result: {
      data: {
        setQuorumRule: {
          __typename: 'Group' as const,
          id: 'bg',
          quorumRule: {
            __typename: 'QuorumRule' as const,
            minPresent: null,
            minShare: 0.75,
            everyRegionPresent: true,
            description: DESCRIPTION,
            version: 2,
          },
        },
      },
    },
  };
}

beforeAll(async () => {
  await i18n.changeLanguage('sv');
});
afterEach(cleanup);

describe('the quorum rule form', () => {
  it('shows the rule in per cent and sends the share, an emptied count as none, and the version it saw', async () => {
    const sent: SetQuorumRuleMutationVariables[] = [];
    const onSaved = vi.fn();
    const rule = makeFragmentData(
      { minPresent: 4, minShare: 0.5, everyRegionPresent: false, description: 'Minst 4', version: 1 },
      QuorumRuleForm_RuleFragment,
    );
    render(
      <MockedProvider mocks={[setQuorumRule(sent)]}>
        <QuorumRuleForm groupId="bg" rule={rule} onSaved={onSaved} onCancel={() => undefined} />
      </MockedProvider>,
    );
    const share = screen.getByLabelText<HTMLInputElement>('Minst andel besatta platser (procent)');
    expect(share.value).toBe('50');
    fireEvent.change(screen.getByLabelText('Minst antal besatta platser'), { target: { value: '' } });
    fireEvent.change(share, { target: { value: '75' } });
    fireEvent.click(screen.getByLabelText('Varje region med röstberättigad plats ska vara närvarande'));
    fireEvent.click(screen.getByRole('button', { name: 'Spara regeln' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(DESCRIPTION));
    expect(sent.at(-1)).toEqual({
      input: { groupId: 'bg', minPresent: null, minShare: 0.75, everyRegionPresent: true, expectedVersion: 1 },
    });
  });
});
