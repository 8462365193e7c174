import { useEffect, useMemo, useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { tokenStore } from '../auth';
import { ProblemMessage } from '../components/ProblemMessage';
import { useApiProblem, type ApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ImportKind, ImportResultFieldsFragment, ImportRowStatus } from '../gql/graphql';

const KINDS: ImportKind[] = ['PERSONS', 'GROUPS', 'MEMBERSHIPS'];
const STATUSES: ImportRowStatus[] = ['NEW', 'CHANGED', 'UNCHANGED', 'REFUSED'];
const ROWS_SHOWN = 200;

const ImportJobDocument = graphql(`
  query ImportJob($id: ID!, $kind: ImportKind!) {
    importJob(id: $id) {
      id
      fileName
      rowCount
      header
      fields(kind: $kind) {
        key
        label
        required
      }
      suggestedMapping(kind: $kind) {
        field
        column
      }
    }
  }
`);

graphql(`
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

const ImportPreviewDocument = graphql(`
  query ImportPreview($input: ImportInput!) {
    importPreview(input: $input) {
      ...ImportResultFields
    }
  }
`);

const ConfirmImportDocument = graphql(`
  mutation ConfirmImport($input: ImportInput!) {
    confirmImport(input: $input) {
      ...ImportResultFields
    }
  }
`);

interface UploadedJob {
  id: string;
  fileName: string;
  rowCount: number;
}

/** Sends the file as the request body, reporting the bytes sent so far: a large file takes a while to go up. */
function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadedJob> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/imports');
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    const token = tokenStore.get();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: {
        id?: string;
        fileName?: string;
        rowCount?: number;
        errors?: { message: string; extensions?: { reason?: string; params?: Record<string, unknown> } }[];
      } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // an answer that is not JSON is reported below as a failed upload
      }
      if (request.status === 201 && body.id)
        resolve({ id: body.id, fileName: body.fileName ?? file.name, rowCount: body.rowCount ?? 0 });
      else reject(body.errors?.[0] ?? { message: request.statusText });
    };
    request.onerror = () => reject({ message: 'NETWORK' });
    request.send(file);
  });
}

function ResultSummary({ result }: { result: ImportResultFieldsFragment }) {
  const { t } = useTranslation();
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

function ResultRows({ result }: { result: ImportResultFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<ImportRowStatus | 'ALL'>(result.refused ? 'REFUSED' : 'ALL');
  const rows = result.rows.filter((r) => shown === 'ALL' || r.status === shown);
  const reason = (problem: NonNullable<ImportResultFieldsFragment['rows'][number]['problem']>) => {
    const key = `errors.${problem.reason}`;
    return i18n.exists(key)
      ? String(t(key, { ...(problem.params ?? {}), defaultValue: problem.message }))
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

/**
 * The import wizard: choose what the file holds and the file, map its columns, see every row in a dry run, and only
 * then import. Nothing is written before the last step.
 */
export function ImportWizard() {
  const { t, i18n } = useTranslation();
  const problemOf = useApiProblem();
  const [kind, setKind] = useState<ImportKind>('MEMBERSHIPS');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadProblem, setUploadProblem] = useState<ApiProblem | null>(null);
  const [job, setJob] = useState<UploadedJob | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const details = useQuery(ImportJobDocument, {
    variables: { id: job?.id ?? '', kind },
    skip: !job,
    fetchPolicy: 'network-only',
  });
  const [preview, previewState] = useLazyQuery(ImportPreviewDocument, { fetchPolicy: 'network-only' });
  const [confirm, confirmState] = useMutation(ConfirmImportDocument);
  const info = details.data?.importJob;

  useEffect(() => {
    if (info) setMapping(Object.fromEntries(info.suggestedMapping.map((m) => [m.field, m.column])));
  }, [info]);

  const input = useMemo(
    () =>
      job
        ? {
            jobId: job.id,
            kind,
            mapping: Object.entries(mapping)
              .filter(([, column]) => column)
              .map(([field, column]) => ({ field, column })),
          }
        : null,
    [job, kind, mapping],
  );
  const previewed = previewState.data?.importPreview;
  const done = confirmState.data?.confirmImport;

  const startOver = () => {
    setJob(null);
    setFile(null);
    setProgress(null);
    setMapping({});
    confirmState.reset();
  };

  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setUploadProblem(null);
    setProgress(0);
    try {
      setJob(await uploadFile(file, setProgress));
    } catch (error) {
      const refusal = error as { message: string; extensions?: { reason?: string; params?: Record<string, unknown> } };
      const key = `errors.${refusal.extensions?.reason ?? refusal.message}`;
      setUploadProblem({
        message: i18n.exists(key)
          ? t(key, { ...refusal.extensions?.params, defaultValue: refusal.message })
          : refusal.message,
        field: null,
      });
    } finally {
      setProgress(null);
    }
  };

  if (done) {
    return (
      <section>
        <h1>{t('import.title')}</h1>
        <p role="status" className="notice">
          {t('import.done', { file: job?.fileName })}
        </p>
        <ResultSummary result={done} />
        <ResultRows result={done} />
        <button type="button" className="primary" onClick={startOver}>
          {t('import.another')}
        </button>
      </section>
    );
  }

  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <ol className="steps">
        <li aria-current={!job ? 'step' : undefined}>{t('import.step1')}</li>
        <li aria-current={job && !previewed ? 'step' : undefined}>{t('import.step2')}</li>
        <li aria-current={previewed ? 'step' : undefined}>{t('import.step3')}</li>
      </ol>

      {!job && (
        <form className="card" onSubmit={(e) => void upload(e)} aria-label={t('import.step1')}>
          <fieldset>
            <legend>{t('import.kind')}</legend>
            {KINDS.map((k) => (
              <label key={k} className="checkbox">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`import.kinds.${k}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('import.file')}
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              required
            />
          </label>
          <p className="hint">{t('import.fileHint')}</p>
          {progress !== null && (
            <p role="status">
              <progress value={progress} max={1} /> {t('import.uploading', { percent: Math.round(progress * 100) })}
            </p>
          )}
          <ProblemMessage problem={uploadProblem} />
          <div className="actions">
            <button type="submit" className="primary" disabled={!file || progress !== null}>
              {progress !== null ? t('import.uploadingShort') : t('import.upload')}
            </button>
          </div>
        </form>
      )}

      {job && info && (
        <form
          className="card"
          aria-label={t('import.step2')}
          onSubmit={(e) => {
            e.preventDefault();
            if (input) void preview({ variables: { input } });
          }}
        >
          <h2>{t('import.mappingTitle', { file: info.fileName, count: info.rowCount })}</h2>
          <div className="form-row fields">
            {info.fields.map((f) => (
              <label key={f.key} className="field">
                {f.label}
                {f.required ? ` (${t('import.required')})` : ''}
                <select
                  value={mapping[f.key] ?? ''}
                  onChange={(e) => setMapping({ ...mapping, [f.key]: e.target.value })}
                  required={f.required}
                >
                  <option value="">{t('import.notInFile')}</option>
                  {info.header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <ProblemMessage problem={problemOf(previewState.error)} />
          <div className="actions">
            <button type="submit" className="primary" disabled={previewState.loading}>
              {previewState.loading ? t('import.checking', { count: info.rowCount }) : t('import.preview')}
            </button>
            <button type="button" onClick={startOver}>
              {t('import.otherFile')}
            </button>
          </div>
          {previewState.loading && (
            <p role="status">
              <progress /> {t('import.checking', { count: info.rowCount })}
            </p>
          )}
        </form>
      )}

      {job && previewed && !previewState.loading && (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('import.previewTitle')}</h2>
          <p>{t('import.nothingWritten')}</p>
          <ResultSummary result={previewed} />
          <ResultRows result={previewed} />
          <ProblemMessage problem={problemOf(confirmState.error)} />
          {confirmState.loading && (
            <p role="status">
              <progress /> {t('import.importing', { count: previewed.created + previewed.changed })}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={confirmState.loading || previewed.created + previewed.changed === 0}
              onClick={() => {
                if (
                  input &&
                  window.confirm(
                    t('import.confirm', {
                      created: previewed.created,
                      changed: previewed.changed,
                      refused: previewed.refused,
                    }),
                  )
                ) {
                  void confirm({ variables: { input } }).catch(() => null);
                }
              }}
            >
              {t('import.run', { count: previewed.created + previewed.changed })}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
