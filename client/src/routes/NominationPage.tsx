import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useCan, useMe } from '../auth';
import { AuditHistory } from '../components/AuditHistory';
import { CandidateCard } from '../components/CandidateCard';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DecisionForm, type Decision } from '../components/DecisionForm';
import { ProblemMessage } from '../components/ProblemMessage';
import { ProposeCandidateForm } from '../components/ProposeCandidateForm';
import { SaveStatus } from '../components/SaveStatus';
import { TypeBadge } from '../components/TypeBadge';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { useApiProblem } from '../errors';
import { useFormat } from '../format';
import { graphql } from '../gql';

const NominationPageDocument = graphql(`
  query NominationPage($id: ID!) {
    nomination(id: $id) {
      id
      status
      regionsViewerMayPropose {
        id
        name
      }
      role
      seats
      dueDate
      description
      decisionReference
      group {
        id
        name
        type
        eligibleRegions {
          id
          name
        }
      }
      candidates {
        id
        version
        withdrawnAt
        appointed
        managerApproved
        conflictOfInterestDeclared
        declarationReviewed
        viewerMayWithdraw
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
      history {
        id
        action
        status
        detail
        at
        actor {
          email
        }
      }
    }
  }
`);

const SeatAdviceDocument = graphql(`
  query SeatAdvice($id: ID!, $healthcareRegionId: ID!) {
    nomination(id: $id) {
      id
      recommendation(healthcareRegionId: $healthcareRegionId) {
        rank
        region {
          id
          name
        }
        reason
      }
    }
  }
`);

const MoveToReviewDocument = graphql(`
  mutation MoveNominationToReview($id: ID!) {
    moveNominationToReview(id: $id) {
      id
      status
    }
  }
`);

const CancelNominationDocument = graphql(`
  mutation CancelNomination($id: ID!) {
    cancelNomination(id: $id) {
      id
      status
    }
  }
`);

/** Which region's candidate would bring the healthcare region's shares closest to its population shares. */
function SeatAdvice({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { healthcareRegions } = useHealthcareRegions();
  const own =
    healthcareRegions.find((hr) => hr.regions.some((r) => r.id === me.region?.id)) ??
    healthcareRegions.find((hr) => hr.code === 'NORRA');
  const { data } = useQuery(SeatAdviceDocument, {
    variables: { id: nominationId, healthcareRegionId: own?.id ?? '' },
    skip: !own,
  });
  const first = data?.nomination?.recommendation[0];
  if (!own || !first) return null;
  return (
    <section className="card advice" aria-labelledby="advice-title">
      <h2 id="advice-title">{t('nomination.adviceTitle', { name: own.name })}</h2>
      <p>
        <strong>{first.region.name}</strong>. {/* The API writes its reasons in Swedish. */}
        <span lang="sv">{first.reason}</span>
      </p>
    </section>
  );
}

export function NominationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const format = useFormat();
  const problem = useApiProblem();
  const { data, loading, refetch } = useQuery(NominationPageDocument, { variables: { id } });
  const [moveToReview, review] = useMutation(MoveToReviewDocument);
  const [cancel, cancelling] = useMutation(CancelNominationDocument);
  const location = useLocation();
  // A nomination just opened arrives with a note of it from the form.
  const [saved, setSaved] = useState<string | null>(
    (location.state as { saved?: string } | null)?.saved === 'opened' ? t('nominationSaved.opened') : null,
  );
  const nomination = data?.nomination;
  if (loading && !nomination) return <p role="status">{t('common.loading')}</p>;
  if (!nomination) return <p>{t('nomination.notFound')}</p>;
  const refresh = () => void refetch();
  const after = (message: string) => () => {
    setSaved(message);
    refresh();
  };
  const decided = (decision: Decision) =>
    after(
      'appointed' in decision
        ? t('nominationSaved.decided', { count: decision.appointed.length, names: decision.appointed.join(', ') })
        : t('nominationSaved.closedWithout'),
    )();
  const undecided = nomination.status === 'OPEN' || nomination.status === 'REVIEW';
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/nominations">{t('nominations.title')}</Link>
      </p>
      <SaveStatus message={saved} />
      <h1>
        {t('nomination.title')} <TypeBadge type={nomination.group.type} />{' '}
        <Link to={`/groups/${nomination.group.id}`}>{nomination.group.name}</Link>
      </h1>
      <dl className="facts">
        <dt>{t('group.status')}</dt>
        <dd>{t(`nominationStatus.${nomination.status}`)}</dd>
        <dt>{t('member.role')}</dt>
        <dd>{t(`memberRole.${nomination.role}`)}</dd>
        <dt>{t('nominations.seats')}</dt>
        <dd>{nomination.seats}</dd>
        <dt>{t('nominations.dueDate')}</dt>
        <dd>{nomination.dueDate}</dd>
        {nomination.decisionReference && (
          <>
            <dt>{t('nomination.reference')}</dt>
            <dd>{nomination.decisionReference}</dd>
          </>
        )}
      </dl>
      {can.editRegister && undecided && (
        <div className="actions">
          {nomination.status === 'OPEN' && (
            <button
              type="button"
              disabled={review.loading}
              onClick={() =>
                void moveToReview({ variables: { id } }).then(after(t('nominationSaved.toReview')), () => undefined)
              }
            >
              {t('nomination.toReview')}
            </button>
          )}
          <ConfirmDialog
            trigger={t('nomination.cancel')}
            destructive
            isDisabled={cancelling.loading}
            title={t('nomination.cancelConfirm')}
            confirmLabel={t('nominationSaved.cancelConfirmButton')}
            onConfirm={async () => {
              await cancel({ variables: { id } }).then(after(t('nominationSaved.cancelled')), () => undefined);
            }}
          >
            <p>{t('nominationSaved.cancelBody')}</p>
          </ConfirmDialog>
          <ProblemMessage problem={problem(review.error ?? cancelling.error)} />
        </div>
      )}
      {undecided && <SeatAdvice nominationId={nomination.id} />}
      <h2>{t('nomination.candidates', { count: nomination.candidates.length })}</h2>
      {nomination.candidates.length === 0 && <p>{t('nomination.noCandidates')}</p>}
      <ul className="candidates">
        {nomination.candidates.map((c) => (
          <CandidateCard
            key={c.id}
            candidate={c}
            undecided={undecided}
            canRecord={can.proposeCandidates}
            canReview={can.editRegister}
            onWithdrawn={(name) => after(t('nominationSaved.withdrawn', { name }))()}
          />
        ))}
      </ul>
      {nomination.status === 'OPEN' && nomination.regionsViewerMayPropose.length > 0 && (
        <ProposeCandidateForm
          nomination={nomination}
          onProposed={(name) => after(t('nominationSaved.proposed', { name }))()}
        />
      )}
      {can.editRegister && undecided && nomination.candidates.length > 0 && (
        <DecisionForm nomination={nomination} onDecided={decided} />
      )}
      <h2>{t('nomination.history')}</h2>
      <ol className="history">
        {nomination.history.map((e) => (
          <li key={e.id}>
            {format.dateTime(e.at)} · {t(`nominationAction.${e.action}`)}
            {e.detail ? `: ${e.detail}` : ''} · {e.actor?.email ?? t('nomination.system')}
          </li>
        ))}
      </ol>
      <AuditHistory entityType="NOMINATION" entityId={nomination.id} />
    </article>
  );
}
