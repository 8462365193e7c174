import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useMe } from '../auth';
import { graphql } from '../gql';
import { TypeBadge } from './TypeBadge';
import { useHealthcareRegions } from './useHealthcareRegions';

const VacanciesDocument = graphql(`
  query Vacancies($filter: VacancyFilter) {
    seatStatus(filter: $filter) {
      id
      seats
      filled
      vacant
      group {
        id
        name
        type
      }
      healthcareRegion {
        id
        name
      }
      region {
        id
        name
      }
    }
  }
`);

/** Declared seats that no one holds today, in the user's healthcare region (Norra for users of no region). */
export function Vacancies() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const { healthcareRegions } = useHealthcareRegions();
  const own = healthcareRegions.find((hr) => hr.regions.some((r) => r.id === me.region?.id)) ?? healthcareRegions.find((hr) => hr.code === 'NORRA');
  const { data, loading } = useQuery(VacanciesDocument, { variables: { filter: { healthcareRegionId: own?.id } }, skip: !own });
  const vacant = (data?.seatStatus ?? []).filter((row) => row.vacant > 0);
  return (
    <section aria-labelledby="vacancies-title">
      <h2 id="vacancies-title">{t('vacancies.title', { name: own?.name ?? '' })}</h2>
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : vacant.length === 0 ? (
        <p>{t('vacancies.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('member.group')}</th>
              <th scope="col">{t('vacancies.owner')}</th>
              <th scope="col">{t('vacancies.seats')}</th>
              <th scope="col">{t('vacancies.filled')}</th>
              <th scope="col">{t('vacancies.vacant')}</th>
              {can.editRegister && <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {vacant.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <TypeBadge type={row.group.type} /> <Link to={`/groups/${row.group.id}`}>{row.group.name}</Link>
                </th>
                <td>{row.region?.name ?? row.healthcareRegion?.name}</td>
                <td>{row.seats}</td>
                <td>{row.filled}</td>
                <td>{row.vacant}</td>
                {can.editRegister && (
                  <td>
                    <Link className="button small" to={`/nominations?group=${row.group.id}`}>
                      {t('group.openNomination')}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
