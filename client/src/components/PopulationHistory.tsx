import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { graphql } from '../gql';
import { usePopulationFormat } from './PopulationCell';

const PopulationHistoryDocument = graphql(`
  query PopulationHistory($regionId: ID!) {
    auditEvents(entityType: REGION, entityId: $regionId, first: 100) {
      totalCount
      edges {
        node {
          id
          at
          actorLabel
          operation
          before
          after
        }
      }
    }
  }
`);

const figureOf = (values: unknown) => values as { year?: number; population?: number } | null;

/**
 * Who changed which of a region's figures, when, and from what to what: the audit trail of its populations, newest
 * first (the latest 100 changes; a region gets a few a year).
 */
export function PopulationHistory({
  regions,
  changes,
}: {
  regions: readonly { id: string; name: string }[];
  /** Counts the saves made on the page: each one fetches the newest events. */
  changes: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const population = usePopulationFormat();
  const [chosen, setChosen] = useState<string | null>(null);
  const regionId = chosen ?? regions[0]?.id ?? '';
  const { data, loading, error, refetch } = useQuery(PopulationHistoryDocument, {
    variables: { regionId },
    skip: !regionId,
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (changes > 0) void refetch();
  }, [changes, refetch]);
  const history = data?.auditEvents;
  const shown = (value: number | undefined) => (value === undefined ? t('populations.missing') : population(value));
  return (
    <section className="audit-history" aria-labelledby="population-history-title">
      <h2 id="population-history-title">{t('populations.history.title')}</h2>
      <label>
        {t('populations.history.region')}
        <select value={regionId} onChange={(e) => setChosen(e.target.value)}>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{t('populations.history.failed')}</p>}
      {!history && loading && <p role="status">{t('common.loading')}</p>}
      {history && history.totalCount === 0 && <p>{t('populations.history.none')}</p>}
      {history && history.edges.length > 0 && (
        <ol className="history-list">
          {history.edges.map(({ node: event }) => {
            const [before, after] = [figureOf(event.before), figureOf(event.after)];
            return (
              <li key={event.id}>
                <p>
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time> ·{' '}
                  <strong>
                    {t('populations.history.entry', {
                      year: after?.year ?? before?.year,
                      before: shown(before?.population),
                      after: shown(after?.population),
                    })}
                  </strong>{' '}
                  ({t(`populations.history.${event.operation}`, { defaultValue: event.operation })}) ·{' '}
                  {event.actorLabel}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
