import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TypeBadge } from '../components/TypeBadge';
import { graphql } from '../gql';

const PersonPageDocument = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      title
      email
      archivedAt
      employerRegion {
        id
        name
      }
      memberships {
        id
        role
        startDate
        endDate
        active
        representedRegion {
          id
          name
        }
        group {
          id
          name
          type
        }
      }
    }
  }
`);

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading } = useQuery(PersonPageDocument, { variables: { id } });
  const person = data?.person;
  if (loading && !person) return <p role="status">{t('common.loading')}</p>;
  if (!person) {
    return (
      <section>
        <h1>{t('person.notFound')}</h1>
        <Link to="/persons">{t('persons.title')}</Link>
      </section>
    );
  }
  // Current seats first, then the ended ones; the API already orders each by start date, newest first.
  const seats = [...person.memberships.filter((m) => m.active), ...person.memberships.filter((m) => !m.active)];
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/persons">{t('persons.title')}</Link>
      </p>
      <h1>{person.name}</h1>
      <dl className="facts">
        <dt>{t('person.title')}</dt>
        <dd>{person.title ?? '–'}</dd>
        <dt>{t('person.employer')}</dt>
        <dd>{person.employerRegion?.name ?? '–'}</dd>
        <dt>{t('person.email')}</dt>
        <dd>{person.email ?? '–'}</dd>
        {person.archivedAt && (
          <>
            <dt>{t('person.archived')}</dt>
            <dd>{person.archivedAt.slice(0, 10)}</dd>
          </>
        )}
      </dl>
      <h2>{t('person.seats')}</h2>
      {seats.length === 0 ? (
        <p>{t('person.noSeats')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('member.group')}</th>
                <th scope="col">{t('member.role')}</th>
                <th scope="col">{t('member.representedRegion')}</th>
                <th scope="col">{t('member.startDate')}</th>
                <th scope="col">{t('member.endDate')}</th>
                <th scope="col">{t('person.seatStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {seats.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <TypeBadge type={m.group.type} /> <Link to={`/groups/${m.group.id}`}>{m.group.name}</Link>
                  </th>
                  <td>{t(`memberRole.${m.role}`)}</td>
                  <td>{m.representedRegion?.name ?? '–'}</td>
                  <td>{m.startDate}</td>
                  <td>{m.endDate ?? '–'}</td>
                  <td>{m.active ? t('person.current') : t('person.notCurrent')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
