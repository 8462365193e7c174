import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { ImportResultFieldsFragment as ImportResultData, ImportRowStatus } from '../gql/graphql';

/** What an import's dry run and the import itself answer; the preview, the result and the two views below read it. */
export const ImportResultFieldsFragment = graphql(`
  fragment ImportResultFields on ImportResult {
    kind
    dryRun
    total
    created
    changed
    unchanged
    refused
    rows {
      line
      status
      label
      changes
      problem {
        column
        reason
        message
        params
      }
    }
  }
`);

export type ImportResultRef = FragmentType<typeof ImportResultFieldsFragment>;

/** The outcome of an import's dry run or of the import itself: the count of each status, and the rows one by one. */
const STATUSES: ImportRowStatus[] = ['NEW', 'CHANGED', 'UNCHANGED', 'REFUSED'];
const ROWS_SHOWN = 200;

export function ImportResultSummary(props: { result: ImportResultRef }) {
  const { t } = useTranslation();
  const result = getFragmentData(ImportResultFieldsFragment, props.result);
  return (
    <ul className="import-summary" aria-label={t('import.summary')}>
      {STATUSES.map((status) => (
        <li key={status} className={`status-${status.toLowerCase()}`}>
          <strong>
            {
              result[
                ({ NEW: 'created', CHANGED: 'changed', UNCHANGED: 'unchanged', REFUSED: 'refused' } as const)[status]
              ]
            }
          </strong>{' '}
          {t(`import.status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

export function ImportResultRows(props: { result: ImportResultRef }) {
  const { t, i18n } = useTranslation();
  const result = getFragmentData(ImportResultFieldsFragment, props.result);
  const [shown, setShown] = useState<ImportRowStatus | 'ALL'>(result.refused ? 'REFUSED' : 'ALL');
  const rows = result.rows.filter((r) => shown === 'ALL' || r.status === shown);
  const reason = (problem: NonNullable<ImportResultData['rows'][number]['problem']>) => {
    const key = `errors.${problem.reason}`;
    return i18n.exists(key)
      ? t(key, { ...(problem.params as Record<string, unknown> | null), defaultValue: problem.message })
      : problem.message;
  };
  return (
    <section aria-labelledby="rows-title">
      <h3 id="rows-title">{t('import.rows')}</h3>
      <label>
        {t('import.show')}{' '}
        <select value={shown} onChange={(e) => setShown(e.target.value as ImportRowStatus | 'ALL')}>
          <option value="ALL">{t('import.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`import.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.outcome')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROWS_SHOWN).map((row) => (
              <tr key={row.line} className={`status-${row.status.toLowerCase()}`}>
                <td>{row.line}</td>
                <th scope="row">{row.label}</th>
                <td>{t(`import.rowStatus.${row.status}`)}</td>
                <td>
                  {row.problem?.column ??
                    (row.changes.length
                      ? row.changes.map((c) => t(`audit.fields.${c}`, { defaultValue: c })).join(', ')
                      : '')}
                </td>
                <td>{row.problem ? reason(row.problem) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > ROWS_SHOWN && <p>{t('import.moreRows', { count: rows.length - ROWS_SHOWN })}</p>}
    </section>
  );
}
