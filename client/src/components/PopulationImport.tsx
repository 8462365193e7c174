import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { ImportRegionPopulationsMutation } from '../gql/graphql';
import { Field } from './Field';
import { usePopulationFormat } from './PopulationCell';
import { ProblemMessage } from './ProblemMessage';

const ImportRegionPopulationsDocument = graphql(`
  mutation ImportRegionPopulations($input: ImportRegionPopulationsInput!) {
    importRegionPopulations(input: $input) {
      year
      applied
      rows {
        line
        regionCode
        population
        previous
        region {
          id
          name
        }
      }
    }
  }
`);

type Preview = ImportRegionPopulationsMutation;

/**
 * Reads Statistics Sweden's two-column file in the browser, shows what the API would change (a dry run: old → new)
 * and saves it only when asked. The API reads and judges the file; a refusal names the line.
 */
export function PopulationImport({
  firstYear,
  onApplied,
}: {
  firstYear: number;
  onApplied: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = usePopulationFormat();
  const problem = useApiProblem();
  const [year, setYear] = useState(String(firstYear));
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [send, { loading, error, reset }] = useMutation(ImportRegionPopulationsDocument);
  const shown = problem(error);
  const run = async (dryRun: boolean) => {
    if (text === null) return;
    const result = await send({ variables: { input: { year: Number(year), text, dryRun } } }).catch(() => null);
    const answer = result?.data?.importRegionPopulations;
    if (!answer) return;
    if (dryRun) setPreview({ importRegionPopulations: answer });
    else {
      setPreview(null);
      onApplied(t('populations.import.applied', { year: answer.year, count: answer.rows.length }));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };
  const rows = preview?.importRegionPopulations.rows ?? [];
  const changed = rows.filter((r) => r.previous !== r.population).length;
  return (
    <section className="card" aria-labelledby="population-import-title">
      <h2 id="population-import-title">{t('populations.import.title')}</h2>
      <p className="muted">{t('populations.import.intro')}</p>
      <form onSubmit={submit}>
        <div className="form-row fields">
          <Field label={t('populations.import.year')} name="year" problem={shown}>
            {(control) => (
              <input
                {...control}
                type="number"
                required
                min={1900}
                max={2100}
                value={year}
                onChange={(e) => {
                  setPreview(null);
                  setYear(e.target.value);
                }}
              />
            )}
          </Field>
          <Field label={t('populations.import.file')} name="text" problem={shown}>
            {(control) => (
              <input
                {...control}
                type="file"
                required
                accept=".csv,.txt,.tsv,text/csv,text/plain"
                onChange={(e) => {
                  reset();
                  setPreview(null);
                  const file = e.target.files?.[0];
                  setText(null);
                  if (file) void file.text().then(setText);
                }}
              />
            )}
          </Field>
        </div>
        <ProblemMessage problem={formLevel(shown, ['year', 'text'])} />
        <button type="submit" className="primary" disabled={loading || text === null}>
          {t('populations.import.preview')}
        </button>
      </form>
      {preview && (
        <>
          <h3>{t('populations.import.previewTitle', { year: preview.importRegionPopulations.year })}</h3>
          <p>{t('populations.import.previewIntro', { changed, count: rows.length })}</p>
          <div className="table-scroll">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">{t('populations.import.line')}</th>
                  <th scope="col">{t('populations.region')}</th>
                  <th scope="col">{t('populations.import.before')}</th>
                  <th scope="col">{t('populations.import.after')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <th scope="row">{row.region.name}</th>
                    <td>{row.previous == null ? t('populations.missing') : format(row.previous)}</td>
                    <td>
                      {format(row.population)}
                      {row.previous === row.population && <> ({t('populations.import.unchanged')})</>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="primary" disabled={loading} onClick={() => void run(false)}>
            {t('populations.import.apply', { count: rows.length, year: preview.importRegionPopulations.year })}
          </button>
        </>
      )}
    </section>
  );
}
