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
      openNomination {
        id
        status
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
  const own = healthcareRegions.find((hr) => hr.id === me.homeHealthcareRegion?.id);
  const { data, loading } = useQuery(VacanciesDocument, {
    variables: { filter: { healthcareRegionId: own?.id } },
    skip: !own,
  });
  const vacant = (data?.seatStatus ?? []).filter((row) => row.vacant > 0);
  const ownerOf = (row: (typeof vacant)[number]) => row.region?.name ?? row.healthcareRegion?.name ?? '';
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
              <th scope="col">{t('vacancies.nomination')}</th>
            </tr>
          </thead>
          <tbody>
            {vacant.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <TypeBadge type={row.group.type} /> <Link to={`/groups/${row.group.id}`}>{row.group.name}</Link>
                </th>
                <td>{ownerOf(row)}</td>
                <td>{row.seats}</td>
                <td>{row.filled}</td>
                <td>{row.vacant}</td>
                <td>
                  {row.openNomination ? (
                    <Link
                      to={`/nominations/${row.openNomination.id}`}
                      aria-label={t('vacancies.runningFor', {
                        group: row.group.name,
                        owner: ownerOf(row),
                        status: t(`nominationStatus.${row.openNomination.status}`),
                      })}
                    >
                      {t('vacancies.running', { status: t(`nominationStatus.${row.openNomination.status}`) })}
                    </Link>
                  ) : can.editRegister ? (
                    <Link
                      className="button small"
                      to={`/nominations?${new URLSearchParams({ group: row.group.id, role: 'MEMBER', ...(row.region ? { region: row.region.id } : {}) }).toString()}`}
                      aria-label={t('vacancies.openFor', { group: row.group.name, owner: ownerOf(row) })}
                    >
                      {t('group.openNomination')}
                    </Link>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
