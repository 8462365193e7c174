import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { graphql } from '../gql';
import type { AuditEntityType } from '../gql/graphql';

const AuditHistoryDocument = graphql(`
  query AuditHistory($entityType: AuditEntityType!, $entityId: ID!, $after: String) {
    auditEvents(entityType: $entityType, entityId: $entityId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorLabel
          operation
          entityType
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

/**
 * Who changed what and when: the audit trail of a record and of the records that belong to it, newest first. Read
 * through edges, which the cache merges page by page.
 */
export function AuditHistory({ entityType, entityId }: { entityType: AuditEntityType; entityId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(AuditHistoryDocument, {
    variables: { entityType, entityId },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.auditEvents;
  const value = (text: string | null | undefined) => (text === null || text === undefined || text === '' ? '–' : text);
  return (
    <section className="audit-history" aria-labelledby={`history-${entityId}`}>
      <h2 id={`history-${entityId}`}>{t('audit.title')}</h2>
      {error && <p role="alert">{t('audit.failed')}</p>}
      {!history && loading && <p role="status">{t('common.loading')}</p>}
      {history && history.totalCount === 0 && <p>{t('audit.none')}</p>}
      {history && history.edges.length > 0 && (
        <ol className="history-list">
          {history.edges.map(({ node: event }) => (
            <li key={event.id}>
              <p>
                <time dateTime={event.at}>{format.dateTime(event.at)}</time> ·{' '}
                <strong>{t(`audit.operation.${event.operation}`, { defaultValue: event.operation })}</strong>
                {event.entityType !== entityType && <> ({t(`audit.entity.${event.entityType}`)})</>} ·{' '}
                {event.actorLabel.includes('@') ? event.actorLabel : <span lang="sv">{event.actorLabel}</span>}
              </p>
              {event.changes.length > 0 && (
                <details>
                  <summary>{t('audit.changes', { count: event.changes.length })}</summary>
                  <table className="compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('audit.field')}</th>
                        <th scope="col">{t('audit.before')}</th>
                        <th scope="col">{t('audit.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {event.changes.map((change) => (
                        <tr key={change.field}>
                          <th scope="row">{t(`audit.fields.${change.field}`, { defaultValue: change.field })}</th>
                          <td className="wrap">{value(change.before)}</td>
                          <td className="wrap">{value(change.after)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {history?.pageInfo.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: history.pageInfo.endCursor } })}
        >
          {loading ? t('common.loading') : t('audit.more')}
        </button>
      )}
    </section>
  );
}
