import { useTranslation } from 'react-i18next';
import { CandidateCard, type NominationData } from './CandidateCard';
import { ProposeCandidateForm } from './ProposeCandidateForm';

/** The candidates, each with what the viewer may do with them, and the form to propose one when the viewer may. */
export function NominationCandidates({
  nomination,
  onSaved,
}: {
  nomination: NominationData;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('nomination.candidates', { count: nomination.candidates.length })}</h2>
      {nomination.candidates.length === 0 && <p>{t('nomination.noCandidates')}</p>}
      <ul className="candidates">
        {nomination.candidates.map((c) => (
          <CandidateCard
            key={c.id}
            candidate={c}
            onWithdrawn={(name) => onSaved(t('nominationSaved.withdrawn', { name }))}
          />
        ))}
      </ul>
      {nomination.viewerMay.proposeCandidate && (
        <ProposeCandidateForm
          nomination={nomination}
          onProposed={(name) => onSaved(t('nominationSaved.proposed', { name }))}
        />
      )}
    </>
  );
}
