import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { ConfirmDialog } from './ConfirmDialog';
import { ProblemMessage } from './ProblemMessage';

export const NominationSteps_ActionsFragment = graphql(`
  fragment NominationSteps_actions on NominationActions {
    moveToReview
    cancel
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

/** Closing the call for candidates and cancelling: each shown only when the API says the viewer may take it. */
export function NominationSteps({
  nominationId: id,
  viewerMay,
  onDone,
}: {
  nominationId: string;
  viewerMay: FragmentType<typeof NominationSteps_ActionsFragment>;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [moveToReview, review] = useMutation(MoveToReviewDocument);
  const [cancel, cancelling] = useMutation(CancelNominationDocument);
  const may = getFragmentData(NominationSteps_ActionsFragment, viewerMay);
  if (!may.moveToReview && !may.cancel) return null;
  return (
    <div className="actions">
      {may.moveToReview && (
        <button
          type="button"
          disabled={review.loading}
          onClick={() =>
            void moveToReview({ variables: { id } }).then(
              () => onDone(t('nominationSaved.toReview')),
              () => undefined,
            )
          }
        >
          {t('nomination.toReview')}
        </button>
      )}
      {may.cancel && (
        <ConfirmDialog
          trigger={t('nomination.cancel')}
          destructive
          isDisabled={cancelling.loading}
          title={t('nomination.cancelConfirm')}
          confirmLabel={t('nominationSaved.cancelConfirmButton')}
          onConfirm={async () => {
            await cancel({ variables: { id } }).then(
              () => onDone(t('nominationSaved.cancelled')),
              () => undefined,
            );
          }}
        >
          <p>{t('nominationSaved.cancelBody')}</p>
        </ConfirmDialog>
      )}
      <ProblemMessage problem={problem(review.error ?? cancelling.error)} />
    </div>
  );
}
