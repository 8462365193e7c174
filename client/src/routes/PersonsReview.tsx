import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { Link } from 'react-router';
import { graphql } from '../gql';

const PersonsForReviewDocument = graphql(`
  query PersonsForReview($years: Int, $after: String) {
    personReviewYears
    personsForReview(yearsWithoutMembership: $years, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          archivedAt
          employerRegion {
            id
            name
          }
          memberships {
            id
            endDate
          }
        }
      }
    }
  }
`);

/** Persons whose data may no longer be needed (GDPR storage limitation), for a coordinator to erase or keep. */
export function PersonsReview() {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [years, setYears] = useState<number | null>(null);
  const { data, previousData, loading, error, fetchMore } = useQuery(PersonsForReviewDocument, {
    variables: { years },
  });
  const reviewYears = (data ?? previousData)?.personReviewYears;
  const page = data?.personsForReview;
  return (
    <section>
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <p>
        <Link to="/persons/duplicates">{t('personMerges.link')}</Link>
      </p>
      <div className="filters">
        <label>
          {t('review.years')}{' '}
          <select value={years ?? ''} onChange={(e) => setYears(e.target.value ? Number(e.target.value) : null)}>
            <option value="">
              {reviewYears ? t('review.defaultYearsCount', { count: reviewYears }) : t('review.defaultYears')}
            </option>
            {[1, 2, 3, 5, 10].map((n) => (
              <option key={n} value={n}>
                {t('review.yearsOption', { count: n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <p role="alert">{problem(error)?.message}</p>}
      {!page && loading && <p role="status">{t('common.loading')}</p>}
      {page && (
        <>
          <p>{t('persons.count', { count: page.totalCount })}</p>
          {page.edges.length === 0 ? (
            <p>{t('review.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('person.name')}</th>
                  <th scope="col">{t('person.employer')}</th>
                  <th scope="col">{t('review.lastSeat')}</th>
                </tr>
              </thead>
              <tbody>
                {page.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/persons/${node.id}`}>{node.name}</Link>
                    </th>
                    <td>{node.employerRegion?.name ?? '–'}</td>
                    <td>
                      {node.memberships
                        .map((m) => m.endDate ?? '')
                        .sort()
                        .at(-1) || t('review.noSeat')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {page.pageInfo.hasNextPage && (
            <button
              type="button"
              disabled={loading}
              onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
            >
              {t('persons.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
