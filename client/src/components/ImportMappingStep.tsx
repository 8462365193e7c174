import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { ProblemMessage } from './ProblemMessage';

export const ImportMappingStep_JobFragment = graphql(`
  fragment ImportMappingStep_job on ImportJob {
    fileName
    rowCount
    header
    fields(kind: $kind) {
      key
      label
      required
    }
  }
`);

/** The import wizard's second step: which column of the file holds each field, then a dry run of every row. */
export function ImportMappingStep({
  info: infoRef,
  mapping,
  onMapping,
  checking,
  problem,
  onPreview,
  onOtherFile,
}: {
  info: FragmentType<typeof ImportMappingStep_JobFragment>;
  mapping: Record<string, string>;
  onMapping: (mapping: Record<string, string>) => void;
  /** The dry run is under way. */
  checking: boolean;
  problem: ApiProblem | null;
  onPreview: () => void;
  onOtherFile: () => void;
}) {
  const { t } = useTranslation();
  const info = getFragmentData(ImportMappingStep_JobFragment, infoRef);
  return (
    <form
      className="card"
      aria-label={t('import.step2')}
      onSubmit={(e) => {
        e.preventDefault();
        onPreview();
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
              onChange={(e) => onMapping({ ...mapping, [f.key]: e.target.value })}
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
      <ProblemMessage problem={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={checking}>
          {checking ? t('import.checking', { count: info.rowCount }) : t('import.preview')}
        </button>
        <button type="button" onClick={onOtherFile}>
          {t('import.otherFile')}
        </button>
      </div>
      {checking && (
        <p role="status">
          <progress /> {t('import.checking', { count: info.rowCount })}
        </p>
      )}
    </form>
  );
}
