import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiProblem } from '../errors';
import { useFormat } from '../format';
import { graphql } from '../gql';
import type { CandidateImpactQuery, NominationPageQuery } from '../gql/graphql';

export type NominationData = NonNullable<NominationPageQuery['nomination']>;
export type CandidateData = NominationData['candidates'][number];
import { ConfirmDialog } from './ConfirmDialog';
import { ProblemMessage } from './ProblemMessage';

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

const UpdateCandidateDocument = graphql(`
  mutation UpdateCandidate($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
      version
      managerApproved
      conflictOfInterestDeclared
      declarationReviewed
    }
  }
`);

const WithdrawCandidateDocument = graphql(`
  mutation WithdrawCandidate($id: ID!) {
    withdrawCandidate(id: $id) {
      id
      withdrawnAt
      running
      viewerMay {
        edit
        reviewDeclaration
        withdraw
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

function CandidateImpact({ candidate }: { candidate: CandidateData }) {
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

/** The decision file's checks for one candidate, recorded as they arrive; the review only when the API allows it. */
function CandidateApprovals({ candidate }: { candidate: CandidateData }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [update, { loading, error }] = useMutation(UpdateCandidateDocument);
  const toggle = (key: 'managerApproved' | 'conflictOfInterestDeclared' | 'declarationReviewed', value: boolean) =>
    void update({ variables: { input: { id: candidate.id, expectedVersion: candidate.version, [key]: value } } }).catch(
      () => undefined,
    );
  return (
    <fieldset className="approvals">
      <legend>{t('nomination.approvals')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          disabled={loading}
          checked={candidate.managerApproved}
          onChange={(e) => toggle('managerApproved', e.target.checked)}
        />
        {t('nomination.managerApproved')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          disabled={loading}
          checked={candidate.conflictOfInterestDeclared}
          onChange={(e) => toggle('conflictOfInterestDeclared', e.target.checked)}
        />
        {t('nomination.declared')}
      </label>
      {candidate.viewerMay.reviewDeclaration && (
        <label className="checkbox">
          <input
            type="checkbox"
            disabled={loading}
            checked={candidate.declarationReviewed}
            onChange={(e) => toggle('declarationReviewed', e.target.checked)}
          />
          {t('nomination.reviewed')}
        </label>
      )}
      <ProblemMessage problem={problem(error)} />
    </fieldset>
  );
}

/** Withdraws a candidacy; the API says who may (`viewerMay.withdraw`). */
function WithdrawCandidate({
  candidate,
  onWithdrawn,
}: {
  candidate: CandidateData;
  onWithdrawn: (name: string) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [withdraw, { loading, error }] = useMutation(WithdrawCandidateDocument);
  return (
    <div className="actions">
      <ConfirmDialog
        trigger={t('withdrawCandidate.open')}
        triggerLabel={t('withdrawCandidate.openFor', { name: candidate.person.name })}
        destructive
        isDisabled={loading}
        title={t('withdrawCandidate.title', { name: candidate.person.name })}
        confirmLabel={t('withdrawCandidate.confirm')}
        onConfirm={async () => {
          const result = await withdraw({ variables: { id: candidate.id } }).catch(() => null);
          if (result?.data) onWithdrawn(candidate.person.name);
        }}
      >
        <p>{t('withdrawCandidate.body', { name: candidate.person.name, region: candidate.representedRegion.name })}</p>
      </ConfirmDialog>
      <ProblemMessage problem={problem(error)} />
    </div>
  );
}

/** One candidate: who, from which region, the decision file's checks, the impact of appointing them, and withdrawal. */
export function CandidateCard({
  candidate: c,
  onWithdrawn,
}: {
  candidate: CandidateData;
  onWithdrawn: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3>
        <Link to={`/persons/${c.person.id}`}>{c.person.name}</Link> · {c.representedRegion.name}
        {c.appointed && <span className="verdict met">{t('nomination.appointed')}</span>}
        {c.withdrawnAt && <span className="status">{t('nomination.withdrawn')}</span>}
      </h3>
      <p className="muted">
        {[
          c.title,
          c.managerApproved ? t('nomination.managerApproved') : t('nomination.managerMissing'),
          c.conflictOfInterestDeclared ? t('nomination.declared') : t('nomination.declarationMissing'),
          c.declarationReviewed ? t('nomination.reviewed') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {c.motivation && <p>{c.motivation}</p>}
      {c.viewerMay.edit && <CandidateApprovals candidate={c} />}
      {c.running && <CandidateImpact candidate={c} />}
      {c.viewerMay.withdraw && <WithdrawCandidate candidate={c} onWithdrawn={onWithdrawn} />}
    </li>
  );
}
