import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { MeetingStatus } from '../gql/graphql';

export const QuorumOutcome_QuorumFragment = graphql(`
  fragment QuorumOutcome_quorum on MeetingQuorum {
    counts
    quorate
    votingSeats
    filled
    absent
    partialAbsence
    regionsMissing {
      id
      name
    }
    explanation
  }
`);

/**
 * Whether a meeting was quorate ("beslutsför") and why: the seats filled, the members absent (partial absence when it
 * was quorate all the same), the regions nobody was present for and the API's own explanation (Swedish, as the annual
 * report words it). A meeting not yet held has no outcome, only the explanation.
 */
export function QuorumOutcome({
  quorum: quorumRef,
  status,
}: {
  quorum: FragmentType<typeof QuorumOutcome_QuorumFragment>;
  status: MeetingStatus;
}) {
  const { t } = useTranslation();
  const quorum = getFragmentData(QuorumOutcome_QuorumFragment, quorumRef);
  const decided = status === 'HELD' || status === 'CANCELLED_NO_QUORUM';
  return (
    <div className="quorum-outcome">
      {decided && (
        <dl className="facts">
          <dt>{t('meetings.quorum.quorate')}</dt>
          <dd>
            <span className={`verdict ${quorum.quorate ? 'met' : 'not-met'}`}>
              {quorum.quorate ? t('meetings.quorum.yes') : t('meetings.quorum.no')}
            </span>
          </dd>
          <dt>{t('meetings.quorum.filled')}</dt>
          <dd>{t('meetings.quorum.filledOf', { filled: quorum.filled, seats: quorum.votingSeats })}</dd>
          <dt>{t('meetings.quorum.absent')}</dt>
          <dd>
            {quorum.absent}
            {quorum.partialAbsence && ` (${t('meetings.quorum.partialAbsence')})`}
          </dd>
          {quorum.regionsMissing.length > 0 && (
            <>
              <dt>{t('meetings.quorum.regionsMissing')}</dt>
              <dd>{quorum.regionsMissing.map((r) => r.name).join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      <p className="explanation" lang="sv">
        {quorum.explanation}
      </p>
    </div>
  );
}
