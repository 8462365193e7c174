import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { CompositionCheckView, kindOf } from '../components/CompositionCheckView';
import { CompositionStatusBadge } from '../components/CompositionStatusBadge';
import { IsoDateField } from '../components/IsoDateField';
import { TypeBadge } from '../components/TypeBadge';
import { graphql } from '../gql';
import type { CompositionHeatMapQuery, Tier } from '../gql/graphql';
import { today } from '../today';

const CompositionHeatMapDocument = graphql(`
  query CompositionHeatMap($tier: Tier!, $asOf: Date) {
    compositionHeatMap(tier: $tier, asOf: $asOf) {
      asOf
      rules
      rows {
        status
        group {
          id
          name
          type
        }
        checks {
          ...CompositionCheckView_check
        }
      }
    }
  }
`);

type Row = CompositionHeatMapQuery['compositionHeatMap']['rows'][number];

const TIERS: Tier[] = ['NATIONAL', 'HEALTHCARE_REGION', 'LOCAL'];
const NARROW = '(max-width: 40rem)';

/** Whether the screen is phone-narrow, following it as it changes. */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const follow = () => setNarrow(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
}

/**
 * The composition of a whole tier ("Sammansättning"): groups × rules, each cell green, amber or red with its word and
 * icon; a cell a nomination could mend opens that nomination prefilled. On a phone, a list per group.
 */
export function CompositionHeatMap() {
  const { t } = useTranslation();
  const can = useCan();
  const narrow = useNarrow();
  const [params, setParams] = useSearchParams();
  const tier = (TIERS as string[]).includes(params.get('tier') ?? '') ? (params.get('tier') as Tier) : 'NATIONAL';
  const [asOf, setAsOf] = useState(today());
  const { data, loading } = useQuery(CompositionHeatMapDocument, { variables: { tier, asOf } });
  const map = data?.compositionHeatMap;
  const checkOf = (row: Row, kind: string) => row.checks.find((c) => kindOf(c).kind === kind);
  return (
    <section>
      <div className="page-heading">
        <h1>{t('composition.title')}</h1>
        <Link to="/composition/rules">{t('composition.rulesLink')}</Link>
      </div>
      <p className="muted">{t('composition.heatMapIntro')}</p>
      <div className="filters">
        <label>
          {t('composition.tier')}
          <select value={tier} onChange={(e) => setParams({ tier: e.target.value }, { replace: true })}>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <IsoDateField label={t('composition.asOf')} value={asOf} onChange={(value) => value && setAsOf(value)} />
      </div>
      {loading && !map ? (
        <p role="status">{t('common.loading')}</p>
      ) : !map?.rows.length ? (
        <p>{t('composition.noGroups')}</p>
      ) : narrow ? (
        <ul className="composition-list">
          {map.rows.map((row) => (
            <li key={row.group.id} className="card">
              <h2>
                <TypeBadge type={row.group.type} /> <Link to={`/groups/${row.group.id}`}>{row.group.name}</Link>{' '}
                <CompositionStatusBadge status={row.status} />
              </h2>
              <dl>
                {row.checks.map((check) => (
                  <div key={kindOf(check).id}>
                    <dt>{t(`composition.kind.${kindOf(check).kind}`)}</dt>
                    <dd>
                      <CompositionCheckView check={check} group={row.group} canNominate={can.editRegister} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <div className="table-scroll">
          <table className="composition-heat-map">
            <caption className="visually-hidden">
              {t('composition.title')} {t(`tier.${tier}`)} {map.asOf}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('composition.group')}</th>
                <th scope="col">{t('composition.overall')}</th>
                {map.rules.map((kind) => (
                  <th scope="col" key={kind}>
                    {t(`composition.kind.${kind}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.rows.map((row) => (
                <tr key={row.group.id}>
                  <th scope="row">
                    <TypeBadge type={row.group.type} /> <Link to={`/groups/${row.group.id}`}>{row.group.name}</Link>
                  </th>
                  <td>
                    <CompositionStatusBadge status={row.status} />
                  </td>
                  {map.rules.map((kind) => {
                    const check = checkOf(row, kind);
                    return (
                      <td key={kind}>
                        {check ? (
                          <CompositionCheckView check={check} group={row.group} canNominate={can.editRegister} />
                        ) : (
                          <span className="muted">{t('composition.notApplicable')}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
