import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { graphql } from '../gql';
import type { CandidateImpactQuery } from '../gql/graphql';

/**
 * A candidate's impact, asked per candidate: the shares and every goal's rows before and after make one preview
 * weigh as much as the rest of the nomination page, so a page of candidates asks them one by one.
 */
const CandidateImpactDocument = graphql(`
  query CandidateImpact($id: ID!) {
    candidate(id: $id) {
      id
      impact {
        before {
          shares {
            region {
              id
              name
            }
            share
          }
        }
        after {
          shares {
            region {
              id
            }
            share
          }
        }
        goals {
          goal {
            id
            name
          }
          affected
          affectedRegionIds
          before {
            met
            rows {
              region {
                id
                name
              }
              share
              populationShare
              gapPoints
            }
          }
          after {
            met
            rows {
              region {
                id
              }
              share
              populationShare
              gapPoints
            }
          }
        }
      }
    }
  }
`);

type ImpactData = NonNullable<CandidateImpactQuery['candidate']>['impact'];
type GoalImpactData = ImpactData['goals'][number];

/**
 * One goal the appointment would move: achieved or not before → after, and for each region whose share moves its
 * share before → after, its population share and the distance to it in percentage points.
 */
function GoalImpactItem({ impact: g }: { impact: GoalImpactData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const after = new Map(g.after.rows.map((row) => [row.region.id, row]));
  const rows = g.before.rows.filter((row) => g.affectedRegionIds.includes(row.region.id));
  const verdict = (met: boolean) => (met ? t('goal.met') : t('goal.notMet'));
  return (
    <li>
      <strong>{g.goal.name}</strong>: {verdict(g.before.met)} → <strong>{verdict(g.after.met)}</strong>
      {rows.length > 0 && (
        <ul>
          {rows.map((row) => {
            const next = after.get(row.region.id);
            return (
              <li key={row.region.id}>
                {t('nomination.goalRowImpact', {
                  region: row.region.name,
                  before: format.share(row.share),
                  after: format.share(next?.share ?? row.share),
                  population: format.share(next?.populationShare ?? row.populationShare),
                  gapBefore: format.points(row.gapPoints),
                  gapAfter: format.points(next?.gapPoints ?? row.gapPoints),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function CandidateImpact({ candidate }: { candidate: { id: string; person: { name: string } } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading } = useQuery(CandidateImpactDocument, {
    variables: { id: candidate.id },
    fetchPolicy: 'cache-and-network',
  });
  const impact = data?.candidate?.impact;
  if (!impact)
    return loading ? (
      <p role="status" className="muted">
        {t('common.loading')}
      </p>
    ) : null;
  const after = new Map(impact.after.shares.map((s) => [s.region.id, s.share]));
  const affected = impact.goals.filter((g) => g.affected);
  const unaffected = impact.goals.filter((g) => !g.affected);
  return (
    <div className="impact">
      <table className="compact">
        <caption>{t('nomination.impactTitle', { name: candidate.person.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.region')}</th>
            <th scope="col">{t('nomination.shareNow')}</th>
            <th scope="col">{t('nomination.shareAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {impact.before.shares.map((s) => (
            <tr key={s.region.id}>
              <th scope="row">{s.region.name}</th>
              <td>{format.share(s.share)}</td>
              <td>{format.share(after.get(s.region.id) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {affected.length > 0 && (
        <ul className="goal-impacts">
          {affected.map((g) => (
            <GoalImpactItem key={g.goal.id} impact={g} />
          ))}
        </ul>
      )}
      {unaffected.length > 0 && (
        <p className="muted">
          {t('nomination.goalsUnaffected', { goals: unaffected.map((g) => g.goal.name).join(', ') })}
        </p>
      )}
    </div>
  );
}
