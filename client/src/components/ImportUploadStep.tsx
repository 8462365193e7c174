import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenStore } from '../auth';
import type { ApiProblem } from '../errors';
import type { ImportKind } from '../gql/graphql';
import { ProblemMessage } from './ProblemMessage';

const KINDS: ImportKind[] = ['PERSONS', 'GROUPS', 'MEMBERSHIPS'];

export interface UploadedJob {
  id: string;
  fileName: string;
  rowCount: number;
}

interface Refusal {
  message: string;
  extensions?: { reason?: string; params?: Record<string, unknown> };
}

interface UploadAnswer {
  id?: string;
  fileName?: string;
  rowCount?: number;
  errors?: Refusal[];
}

/** The API's refusal of an upload (or NETWORK when no answer came), carried as an Error. */
class UploadRefused extends Error {
  readonly extensions: Refusal['extensions'];
  constructor(refusal: Refusal) {
    super(refusal.message);
    this.extensions = refusal.extensions;
  }
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
      let body: UploadAnswer = {};
      try {
        body = JSON.parse(request.responseText) as UploadAnswer;
      } catch {
        // an answer that is not JSON is reported below as a failed upload
      }
      if (request.status === 201 && body.id)
        resolve({ id: body.id, fileName: body.fileName ?? file.name, rowCount: body.rowCount ?? 0 });
      else reject(new UploadRefused(body.errors?.[0] ?? { message: request.statusText }));
    };
    request.onerror = () => reject(new UploadRefused({ message: 'NETWORK' }));
    request.send(file);
  });
}

/**
 * The import wizard's first step: what the file holds, and the file, sent up with its progress shown. The kind is the
 * wizard's (it is kept when another file is chosen); the file and the upload's progress and problem are this step's.
 */
export function ImportUploadStep({
  kind,
  onKind,
  onUploaded,
}: {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  onUploaded: (job: UploadedJob) => void;
}) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadProblem, setUploadProblem] = useState<ApiProblem | null>(null);

  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setUploadProblem(null);
    setProgress(0);
    try {
      onUploaded(await uploadFile(file, setProgress));
    } catch (error) {
      const refusal = error instanceof UploadRefused ? error : new UploadRefused({ message: 'NETWORK' });
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

  return (
    <form className="card" onSubmit={(e) => void upload(e)} aria-label={t('import.step1')}>
      <fieldset>
        <legend>{t('import.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="checkbox">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => onKind(k)} />
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
  );
}
