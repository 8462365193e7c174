import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { CandidateCard_CandidateFragment as CandidateData } from '../gql/graphql';
import { CandidateImpact } from './CandidateImpact';
import { ConfirmDialog } from './ConfirmDialog';
import { ProblemMessage } from './ProblemMessage';

export const CandidateCard_CandidateFragment = graphql(`
  fragment CandidateCard_candidate on Candidate {
    id
    version
    withdrawnAt
    appointed
    managerApproved
    conflictOfInterestDeclared
    declarationReviewed
    running
    viewerMay {
      edit
      reviewDeclaration
      withdraw
    }
    motivation
    title
    person {
      id
      name
    }
    representedRegion {
      id
      name
    }
  }
`);

export type CandidateRef = FragmentType<typeof CandidateCard_CandidateFragment>;

const UpdateCandidateDocument = graphql(`
  mutation UpdateCandidate($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
      version
      managerApproved
      conflictOfInterestDeclared
      declarationReviewed
    }
  }
`);

const WithdrawCandidateDocument = graphql(`
  mutation WithdrawCandidate($id: ID!) {
    withdrawCandidate(id: $id) {
      id
      withdrawnAt
      running
      viewerMay {
        edit
        reviewDeclaration
        withdraw
      }
    }
  }
`);

/** The decision file's checks for one candidate, recorded as they arrive; the review only when the API allows it. */
function CandidateApprovals({ candidate }: { candidate: CandidateData }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [update, { loading, error }] = useMutation(UpdateCandidateDocument);
  const toggle = (key: 'managerApproved' | 'conflictOfInterestDeclared' | 'declarationReviewed', value: boolean) =>
    void update({ variables: { input: { id: candidate.id, expectedVersion: candidate.version, [key]: value } } }).catch(
      () => undefined,
    );
  return (
    <fieldset className="approvals">
      <legend>{t('nomination.approvals')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          disabled={loading}
          checked={candidate.managerApproved}
          onChange={(e) => toggle('managerApproved', e.target.checked)}
        />
        {t('nomination.managerApproved')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          disabled={loading}
          checked={candidate.conflictOfInterestDeclared}
          onChange={(e) => toggle('conflictOfInterestDeclared', e.target.checked)}
        />
        {t('nomination.declared')}
      </label>
      {candidate.viewerMay.reviewDeclaration && (
        <label className="checkbox">
          <input
            type="checkbox"
            disabled={loading}
            checked={candidate.declarationReviewed}
            onChange={(e) => toggle('declarationReviewed', e.target.checked)}
          />
          {t('nomination.reviewed')}
        </label>
      )}
      <ProblemMessage problem={problem(error)} />
    </fieldset>
  );
}

/** Withdraws a candidacy; the API says who may (`viewerMay.withdraw`). */
function WithdrawCandidate({
  candidate,
  onWithdrawn,
}: {
  candidate: CandidateData;
  onWithdrawn: (name: string) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [withdraw, { loading, error }] = useMutation(WithdrawCandidateDocument);
  return (
    <div className="actions">
      <ConfirmDialog
        trigger={t('withdrawCandidate.open')}
        triggerLabel={t('withdrawCandidate.openFor', { name: candidate.person.name })}
        destructive
        isDisabled={loading}
        title={t('withdrawCandidate.title', { name: candidate.person.name })}
        confirmLabel={t('withdrawCandidate.confirm')}
        onConfirm={async () => {
          const result = await withdraw({ variables: { id: candidate.id } }).catch(() => null);
          if (result?.data) onWithdrawn(candidate.person.name);
        }}
      >
        <p>{t('withdrawCandidate.body', { name: candidate.person.name, region: candidate.representedRegion.name })}</p>
      </ConfirmDialog>
      <ProblemMessage problem={problem(error)} />
    </div>
  );
}

/** One candidate: who, from which region, the decision file's checks, the impact of appointing them, and withdrawal. */
export function CandidateCard({
  candidate,
  onWithdrawn,
}: {
  candidate: CandidateRef;
  onWithdrawn: (name: string) => void;
}) {
  const { t } = useTranslation();
  const c = getFragmentData(CandidateCard_CandidateFragment, candidate);
  return (
    <li className="card">
      <h3>
        <Link to={`/persons/${c.person.id}`}>{c.person.name}</Link> · {c.representedRegion.name}
        {c.appointed && <span className="verdict met">{t('nomination.appointed')}</span>}
        {c.withdrawnAt && <span className="status">{t('nomination.withdrawn')}</span>}
      </h3>
      <p className="muted">
        {[
          c.title,
          c.managerApproved ? t('nomination.managerApproved') : t('nomination.managerMissing'),
          c.conflictOfInterestDeclared ? t('nomination.declared') : t('nomination.declarationMissing'),
          c.declarationReviewed ? t('nomination.reviewed') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {c.motivation && <p>{c.motivation}</p>}
      {c.viewerMay.edit && <CandidateApprovals candidate={c} />}
      {c.running && <CandidateImpact candidate={c} />}
      {c.viewerMay.withdraw && <WithdrawCandidate candidate={c} onWithdrawn={onWithdrawn} />}
    </li>
  );
}
