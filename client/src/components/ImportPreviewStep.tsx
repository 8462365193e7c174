import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { getFragmentData } from '../gql';
import {
  ImportResultFieldsFragment,
  ImportResultRows,
  ImportResultSummary,
  type ImportResultRef,
} from './ImportResults';
import { ProblemMessage } from './ProblemMessage';

/** The import wizard's last step: the dry run's outcome, nothing written yet, and the button that imports. */
export function ImportPreviewStep({
  previewed: previewedRef,
  importing,
  problem,
  onImport,
}: {
  previewed: ImportResultRef;
  /** The import is under way. */
  importing: boolean;
  problem: ApiProblem | null;
  /** Imports, once the user has confirmed the counts. */
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const previewed = getFragmentData(ImportResultFieldsFragment, previewedRef);
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('import.previewTitle')}</h2>
      <p>{t('import.nothingWritten')}</p>
      <ImportResultSummary result={previewedRef} />
      <ImportResultRows result={previewedRef} />
      <ProblemMessage problem={problem} />
      {importing && (
        <p role="status">
          <progress /> {t('import.importing', { count: previewed.created + previewed.changed })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={importing || previewed.created + previewed.changed === 0}
          onClick={() => {
            if (
              window.confirm(
                t('import.confirm', {
                  created: previewed.created,
                  changed: previewed.changed,
                  refused: previewed.refused,
                }),
              )
            ) {
              onImport();
            }
          }}
        >
          {t('import.run', { count: previewed.created + previewed.changed })}
        </button>
      </div>
    </section>
  );
}
