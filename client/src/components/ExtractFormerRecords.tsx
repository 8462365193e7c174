import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFormat } from '../format';

interface HistoryEntry {
  id: string;
  at: string;
  actorLabel: string;
  operation: string;
}

export interface FormerRecord {
  mergedAt?: string | null;
  person: { id: string; name: string; email?: string | null; title?: string | null };
  history: HistoryEntry[];
}

/** An operation's name in the history; a merge's from this capability's texts. */
export const operationLabel = (t: TFunction, operation: string) =>
  t(`audit.operation.${operation}`, {
    defaultValue: t(`personMerges.operation.${operation}`, { defaultValue: operation }),
  });

/** The register extract's former records: duplicates merged into the person, each with its data and own history. */
export function ExtractFormerRecords({ records }: { records: readonly FormerRecord[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="former-records">
      <h2 id="former-records">{t('personMerges.formerRecords')}</h2>
      <p>{t('personMerges.formerIntro')}</p>
      {records.map(({ person, mergedAt, history }) => (
        <div key={person.id} className="former-record">
          <h3>{person.name}</h3>
          <dl className="facts">
            <dt>{t('personMerges.email')}</dt>
            <dd>{person.email ?? '–'}</dd>
            <dt>{t('personMerges.titleField')}</dt>
            <dd>{person.title ?? '–'}</dd>
            <dt>{t('personMerges.mergedAt')}</dt>
            <dd>{mergedAt ? format.dateTime(mergedAt) : '–'}</dd>
          </dl>
          <details>
            <summary>{t('personMerges.formerHistory', { name: person.name })}</summary>
            <ol className="history-list">
              {history.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.at}>{format.dateTime(e.at)}</time> · {operationLabel(t, e.operation)} ·{' '}
                  {e.actorLabel}
                </li>
              ))}
            </ol>
          </details>
        </div>
      ))}
    </section>
  );
}
