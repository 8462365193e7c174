import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import type { NominationData } from './CandidateCard';

/** Every step of the nomination, with who took it and when. */
export function NominationHistory({ history }: { history: NominationData['history'] }) {
  const { t } = useTranslation();
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
