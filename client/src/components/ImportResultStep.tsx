import { useTranslation } from 'react-i18next';
import { ImportResultRows, ImportResultSummary, type ImportResultRef } from './ImportResults';

/** What the import did, row by row, and the way to import another file. */
export function ImportResultStep({
  done,
  fileName,
  onAnother,
}: {
  done: ImportResultRef;
  fileName: string | undefined;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p role="status" className="notice">
        {t('import.done', { file: fileName })}
      </p>
      <ImportResultSummary result={done} />
      <ImportResultRows result={done} />
      <button type="button" className="primary" onClick={onAnother}>
        {t('import.another')}
      </button>
    </section>
  );
}
