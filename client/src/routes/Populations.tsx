import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth';
import { graphql } from '../gql';
import { PopulationCell } from '../components/PopulationCell';
import { PopulationHistory } from '../components/PopulationHistory';
import { PopulationImport } from '../components/PopulationImport';
import { SaveStatus } from '../components/SaveStatus';
import { thisYear } from '../components/YearSelect';

const PopulationsDocument = graphql(`
  query Populations($fromYear: Int!, $toYear: Int!) {
    healthcareRegions {
      id
      name
      regions {
        id
        code
        name
      }
    }
    regionPopulations(fromYear: $fromYear, toYear: $toYear) {
      id
      year
      population
      version
      region {
        id
      }
    }
  }
`);

/** The years the table shows: the reference data's first year to this year. */
const FIRST_YEAR = 2019;

/**
 * The regions' populations per year: a table of regions × years in which coordinators change one figure at a time,
 * the import of Statistics Sweden's file for a year, and the history of the changes. Every role may read it.
 */
export function Populations() {
  const { t } = useTranslation();
  const can = useCan();
  const toYear = Math.max(thisYear(), FIRST_YEAR);
  const fromYear = Math.min(FIRST_YEAR, toYear);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const { data, loading, refetch } = useQuery(PopulationsDocument, { variables: { fromYear, toYear } });
  const [saved, setSaved] = useState('');
  const [changes, setChanges] = useState(0);
  const figures = new Map((data?.regionPopulations ?? []).map((f) => [`${f.region.id}|${f.year}`, f]));
  const regions = (data?.healthcareRegions ?? []).flatMap((hr) => hr.regions.map((r) => ({ ...r, hr: hr.name })));
  const changed = (message: string) => {
    setSaved(message);
    setChanges((n) => n + 1);
    void refetch();
  };
  return (
    <section className="populations">
      <h1>{t('populations.title')}</h1>
      <p className="muted">{t('populations.intro')}</p>
      {!can.editRegister && <p>{t('populations.readOnly')}</p>}
      <SaveStatus message={saved} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && (
        <div className="table-scroll">
          <table className="compact populations-table">
            <caption>{t('populations.caption', { from: fromYear, to: toYear })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('populations.region')}</th>
                {years.map((year) => (
                  <th scope="col" key={year}>
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {regions.map((region) => (
                <tr key={region.id}>
                  <th scope="row">
                    {region.name} <span className="muted">({region.code})</span>
                  </th>
                  {years.map((year) => (
                    <td key={year} className="numeric">
                      <PopulationCell
                        region={region}
                        year={year}
                        figure={figures.get(`${region.id}|${year}`)}
                        canEdit={can.editRegister}
                        onSaved={changed}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can.editRegister && <PopulationImport firstYear={toYear} onApplied={changed} />}
      {data && <PopulationHistory regions={regions} changes={changes} />}
    </section>
  );
}
