import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { AuditHistory } from '../components/AuditHistory';
import { DecisionForm, type Decision } from '../components/DecisionForm';
import { NominationCandidates } from '../components/NominationCandidates';
import { NominationHeader } from '../components/NominationHeader';
import { NominationHistory } from '../components/NominationHistory';
import { NominationSteps } from '../components/NominationSteps';
import { SaveStatus } from '../components/SaveStatus';
import { SeatAdvice } from '../components/SeatAdvice';
import { graphql } from '../gql';

const NominationPageDocument = graphql(`
  query NominationPage($id: ID!) {
    nomination(id: $id) {
      id
      status
      running
      viewerMay {
        moveToReview
        cancel
        decide
        closeWithoutAppointment
        proposeCandidate
      }
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
      <NominationHeader nomination={nomination} />
      <NominationSteps nomination={nomination} onDone={after} />
      {nomination.running && <SeatAdvice nominationId={nomination.id} />}
      <NominationCandidates nomination={nomination} onSaved={after} />
      {nomination.viewerMay.decide && nomination.candidates.length > 0 && (
        <DecisionForm nomination={nomination} onDecided={decided} />
      )}
      <NominationHistory history={nomination.history} />
      <AuditHistory entityType="NOMINATION" entityId={nomination.id} />
    </article>
  );
}
