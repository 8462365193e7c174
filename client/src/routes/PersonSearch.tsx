import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useCan } from '../auth';

const PersonsDocument = graphql(`
  query Persons($search: String, $after: String) {
    persons(search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          title
          email
          employerRegion {
            id
            name
          }
        }
      }
    }
  }
`);

export function PersonSearch() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const query = params.get('q');

  useEffect(() => {
    const timer = setTimeout(() => setParams(search.trim() ? { q: search.trim() } : {}, { replace: true }), 300);
    return () => clearTimeout(timer);
  }, [search, setParams]);

  const { data, loading, fetchMore } = useQuery(PersonsDocument, { variables: { search: query } });
  const page = data?.persons;
  const [loadingMore, setLoadingMore] = useState(false);
  const more = async () => {
    setLoadingMore(true);
    await fetchMore({ variables: { after: page?.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
  };

  return (
    <section>
      <h1>{t('persons.title')}</h1>
      {can.editRegister && (
        <p>
          <Link to="/persons/duplicates">{t('personMerges.link')}</Link>
        </p>
      )}
      <div className="filters">
        <label className="grow">
          {t('persons.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      {loading && !page ? (
        <p role="status">{t('common.loading')}</p>
      ) : !page || page.edges.length === 0 ? (
        <p>{t('persons.none')}</p>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {t('persons.count', { count: page.totalCount })}
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('person.name')}</th>
                  <th scope="col">{t('person.title')}</th>
                  <th scope="col">{t('person.employer')}</th>
                  <th scope="col">{t('person.email')}</th>
                </tr>
              </thead>
              <tbody>
                {page.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/persons/${node.id}`}>{node.name}</Link>
                    </th>
                    <td>{node.title ?? '–'}</td>
                    <td>{node.employerRegion?.name ?? '–'}</td>
                    <td>{node.email ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page.pageInfo.hasNextPage && (
            <button type="button" onClick={() => void more()} disabled={loadingMore}>
              {loadingMore ? t('common.loading') : t('persons.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
