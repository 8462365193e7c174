import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { CandidateCard, CandidateCard_CandidateFragment, type CandidateRef } from './CandidateCard';
import { ProposeCandidateForm, type ProposeCandidateForm_RegionFragment } from './ProposeCandidateForm';

export const NominationCandidates_ActionsFragment = graphql(`
  fragment NominationCandidates_actions on NominationActions {
    proposeCandidate
  }
`);

/** The candidates, each with what the viewer may do with them, and the form to propose one when the viewer may. */
export function NominationCandidates({
  nominationId,
  candidates,
  viewerMay,
  regionsViewerMayPropose,
  onSaved,
}: {
  nominationId: string;
  candidates: readonly CandidateRef[];
  viewerMay: FragmentType<typeof NominationCandidates_ActionsFragment>;
  regionsViewerMayPropose: readonly FragmentType<typeof ProposeCandidateForm_RegionFragment>[];
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const may = getFragmentData(NominationCandidates_ActionsFragment, viewerMay);
  return (
    <>
      <h2>{t('nomination.candidates', { count: candidates.length })}</h2>
      {candidates.length === 0 && <p>{t('nomination.noCandidates')}</p>}
      <ul className="candidates">
        {candidates.map((c) => (
          <CandidateCard
            key={getFragmentData(CandidateCard_CandidateFragment, c).id}
            candidate={c}
            onWithdrawn={(name) => onSaved(t('nominationSaved.withdrawn', { name }))}
          />
        ))}
      </ul>
      {may.proposeCandidate && (
        <ProposeCandidateForm
          nominationId={nominationId}
          regions={regionsViewerMayPropose}
          onProposed={(name) => onSaved(t('nominationSaved.proposed', { name }))}
        />
      )}
    </>
  );
}
