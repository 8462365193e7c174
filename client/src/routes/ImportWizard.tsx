import { useMemo, useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ImportMappingStep } from '../components/ImportMappingStep';
import { ImportPreviewStep } from '../components/ImportPreviewStep';
import { ImportResultStep } from '../components/ImportResultStep';
import { ImportUploadStep, type UploadedJob } from '../components/ImportUploadStep';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ImportKind } from '../gql/graphql';

const ImportJobDocument = graphql(`
  query ImportJob($id: ID!, $kind: ImportKind!) {
    importJob(id: $id) {
      id
      ...ImportMappingStep_job
      suggestedMapping(kind: $kind) {
        field
        column
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

/**
 * The import wizard: choose what the file holds and the file, map its columns, see every row in a dry run, and only
 * then import. Nothing is written before the last step. The steps are components of their own; the wizard holds what
 * they share: the kind, the uploaded job, the mapping, and the dry run and import requests.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const problemOf = useApiProblem();
  const [kind, setKind] = useState<ImportKind>('MEMBERSHIPS');
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

  // Each answer about the job (a new file, another kind) brings its suggested mapping, set while rendering rather than
  // in an effect so that the steps never show the old mapping against the new columns.
  const [mappedFrom, setMappedFrom] = useState<typeof info>(undefined);
  if (info && info !== mappedFrom) {
    setMappedFrom(info);
    setMapping(Object.fromEntries(info.suggestedMapping.map((m) => [m.field, m.column])));
  }

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

  // The upload step is shown afresh, so its file and progress start empty again.
  const startOver = () => {
    setJob(null);
    setMapping({});
    confirmState.reset();
  };

  if (done) return <ImportResultStep done={done} fileName={job?.fileName} onAnother={startOver} />;

  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <ol className="steps">
        <li aria-current={!job ? 'step' : undefined}>{t('import.step1')}</li>
        <li aria-current={job && !previewed ? 'step' : undefined}>{t('import.step2')}</li>
        <li aria-current={previewed ? 'step' : undefined}>{t('import.step3')}</li>
      </ol>

      {!job && <ImportUploadStep kind={kind} onKind={setKind} onUploaded={setJob} />}

      {job && info && (
        <ImportMappingStep
          info={info}
          mapping={mapping}
          onMapping={setMapping}
          checking={previewState.loading}
          problem={problemOf(previewState.error)}
          onPreview={() => {
            if (input) void preview({ variables: { input } });
          }}
          onOtherFile={startOver}
        />
      )}

      {job && previewed && !previewState.loading && (
        <ImportPreviewStep
          previewed={previewed}
          importing={confirmState.loading}
          problem={problemOf(confirmState.error)}
          onImport={() => {
            if (input) void confirm({ variables: { input } }).catch(() => null);
          }}
        />
      )}
    </section>
  );
}
