import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { type FragmentType, getFragmentData, graphql } from '../gql';

export const NominationHistory_EventFragment = graphql(`
  fragment NominationHistory_event on NominationEvent {
    id
    action
    status
    detail
    at
    actor {
      email
    }
  }
`);

/** Every step of the nomination, with who took it and when. */
export function NominationHistory(props: { history: readonly FragmentType<typeof NominationHistory_EventFragment>[] }) {
  const { t } = useTranslation();
  const history = getFragmentData(NominationHistory_EventFragment, props.history);
  const format = useFormat();
  return (
    <>
      <h2>{t('nomination.history')}</h2>
      <ol className="history">
        {history.map((e) => (
          <li key={e.id}>
            {format.dateTime(e.at)} · {t(`nominationAction.${e.action}`)}
            {e.detail ? `: ${e.detail}` : ''} · {e.actor?.email ?? t('nomination.system')}
          </li>
        ))}
      </ol>
    </>
  );
}
