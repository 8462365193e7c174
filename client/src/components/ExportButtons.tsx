import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ExportInput, SpreadsheetFormat } from '../gql/graphql';
import { ProblemMessage } from './ProblemMessage';

const ExportListDocument = graphql(`
  query ExportList($input: ExportInput!) {
    exportList(input: $input) {
      fileName
      contentType
      base64
    }
  }
`);

function download(fileName: string, contentType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Downloads the list a screen shows as CSV (for Swedish Excel) or XLSX, with the screen's own arguments. */
export function ExportButtons({ input, label }: { input: Omit<ExportInput, 'format'>; label?: string }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [run, { loading, error }] = useLazyQuery(ExportListDocument, { fetchPolicy: 'no-cache' });
  const exportAs = async (format: SpreadsheetFormat) => {
    const result = await run({ variables: { input: { ...input, format } } }).catch(() => null);
    const file = result?.data?.exportList;
    if (file) download(file.fileName, file.contentType, file.base64);
  };
  return (
    <div className="export-buttons" role="group" aria-label={label ?? t('export.label')}>
      <span>{label ?? t('export.label')}:</span>
      {(['CSV', 'XLSX'] as const).map((format) => (
        <button key={format} type="button" className="small" disabled={loading} onClick={() => void exportAs(format)}>
          {format}
        </button>
      ))}
      {loading && <span role="status">{t('export.working')}</span>}
      <ProblemMessage problem={problem(error)} />
    </div>
  );
}
