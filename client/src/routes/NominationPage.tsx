import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { AuditHistory } from '../components/AuditHistory';
import { CandidateCard_CandidateFragment } from '../components/CandidateCard';
import { DecisionForm, type Decision } from '../components/DecisionForm';
import { NominationCandidates } from '../components/NominationCandidates';
import { NominationHeader } from '../components/NominationHeader';
import { NominationHistory } from '../components/NominationHistory';
import { NominationSteps } from '../components/NominationSteps';
import { SaveStatus } from '../components/SaveStatus';
import { SeatAdvice } from '../components/SeatAdvice';
import { getFragmentData, graphql } from '../gql';

const NominationPageDocument = graphql(`
  query NominationPage($id: ID!) {
    nomination(id: $id) {
      id
      running
      viewerMay {
        decide
        closeWithoutAppointment
        ...NominationSteps_actions
        ...NominationCandidates_actions
      }
      regionsViewerMayPropose {
        ...ProposeCandidateForm_region
      }
      seats
      description
      ...NominationHeader_nomination
      candidates {
        ...CandidateCard_candidate
      }
      history {
        ...NominationHistory_event
      }
    }
  }
`);

/**
 * One nomination: its facts, the steps the viewer may take, the candidates, the decision and the history. What the
 * viewer may do comes from the API (`viewerMay`); the sections show only those controls.
 */
export function NominationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, refetch } = useQuery(NominationPageDocument, { variables: { id } });
  const location = useLocation();
  // A nomination just opened arrives with a note of it from the form.
  const [saved, setSaved] = useState<string | null>(
    (location.state as { saved?: string } | null)?.saved === 'opened' ? t('nominationSaved.opened') : null,
  );
  const nomination = data?.nomination;
  if (loading && !nomination) return <p role="status">{t('common.loading')}</p>;
  if (!nomination) return <p>{t('nomination.notFound')}</p>;
  const after = (message: string) => {
    setSaved(message);
    void refetch();
  };
  const decided = (decision: Decision) =>
    after(
      'appointed' in decision
        ? t('nominationSaved.decided', { count: decision.appointed.length, names: decision.appointed.join(', ') })
        : t('nominationSaved.closedWithout'),
    );
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/nominations">{t('nominations.title')}</Link>
      </p>
      <SaveStatus message={saved} />
      <NominationHeader nomination={nomination} seats={nomination.seats} />
      <NominationSteps nominationId={nomination.id} viewerMay={nomination.viewerMay} onDone={after} />
      {nomination.running && <SeatAdvice nominationId={nomination.id} />}
      <NominationCandidates
        nominationId={nomination.id}
        candidates={nomination.candidates}
        viewerMay={nomination.viewerMay}
        regionsViewerMayPropose={nomination.regionsViewerMayPropose}
        onSaved={after}
      />
      {nomination.viewerMay.decide && nomination.candidates.length > 0 && (
        <DecisionForm
          nomination={{
            id: nomination.id,
            seats: nomination.seats,
            // The decision lists the candidates the cards show: it reads their fields rather than ask for them twice.
            candidates: getFragmentData(CandidateCard_CandidateFragment, nomination.candidates),
          }}
          onDecided={decided}
        />
      )}
      <NominationHistory history={nomination.history} />
      <AuditHistory entityType="NOMINATION" entityId={nomination.id} />
    </article>
  );
}
