import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { GoalCard_EvaluationFragment as EvaluationData, GoalCard_GoalFragment as GoalData } from '../gql/graphql';
import { useFormat } from '../format';

export const GoalCard_EvaluationFragment = graphql(`
  fragment GoalCard_evaluation on GoalEvaluation {
    asOf
    met
    rows {
      region {
        id
        name
      }
      baselineShare
      share
      change
      populationShare
      gapPoints
      met
    }
  }
`);

export const GoalCard_GoalFragment = graphql(`
  fragment GoalCard_goal on ShareGoal {
    id
    name
    kind
    baselineDate
    targetDate
    tolerancePoints
    maxShare
  }
`);

function Verdict({ met }: { met: boolean }) {
  const { t } = useTranslation();
  return <span className={`verdict ${met ? 'met' : 'not-met'}`}>{met ? t('goal.met') : t('goal.notMet')}</span>;
}

function EvaluationTable({
  goal,
  evaluation,
  caption,
}: {
  goal: GoalData;
  evaluation: EvaluationData;
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (value: number) => t('goal.pointsShort', { value: format.points(value) });
  // A parity goal is judged by the distance to the population share, so that is what its table shows, with the bound.
  const parity = goal.kind === 'POPULATION_PARITY';
  const tolerance = t('goal.withinPoints', { value: format.points(goal.tolerancePoints ?? 0).replace(/^\+/, '') });
  return (
    <table className="compact">
      <caption>
        {caption} <Verdict met={evaluation.met} />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.region')}</th>
          {parity ? (
            <>
              <th scope="col">{t('goal.populationShare')}</th>
              <th scope="col">{t('goal.now', { date: evaluation.asOf })}</th>
              <th scope="col">{t('goal.distance')}</th>
              <th scope="col">{t('goal.tolerance')}</th>
            </>
          ) : (
            <>
              <th scope="col">{t('goal.baseline', { date: goal.baselineDate })}</th>
              <th scope="col">{t('goal.now', { date: evaluation.asOf })}</th>
              <th scope="col">{t('goal.change')}</th>
            </>
          )}
          <th scope="col">{t('goal.rowMet')}</th>
        </tr>
      </thead>
      <tbody>
        {evaluation.rows.map((row) => (
          <tr key={row.region.id}>
            <th scope="row">{row.region.name}</th>
            {parity ? (
              <>
                <td>{format.share(row.populationShare)}</td>
                <td>{format.share(row.share)}</td>
                <td>{points(row.gapPoints)}</td>
                <td>{tolerance}</td>
              </>
            ) : (
              <>
                <td>{format.share(row.baselineShare)}</td>
                <td>{format.share(row.share)}</td>
                <td>{points(row.change * 100)}</td>
              </>
            )}
            <td>{row.met ? t('common.yes') : t('common.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A goal with its verdict on the target date and, when another day is chosen, its state on that day. */
export function GoalCard(props: {
  goal: FragmentType<typeof GoalCard_GoalFragment>;
  verdict: FragmentType<typeof GoalCard_EvaluationFragment>;
  current: FragmentType<typeof GoalCard_EvaluationFragment>;
}) {
  const goal = getFragmentData(GoalCard_GoalFragment, props.goal);
  const verdict = getFragmentData(GoalCard_EvaluationFragment, props.verdict);
  const current = getFragmentData(GoalCard_EvaluationFragment, props.current);
  const { t } = useTranslation();
  const format = useFormat();
  const bound =
    goal.kind === 'POPULATION_PARITY'
      ? t('goal.kind.POPULATION_PARITY', { points: goal.tolerancePoints })
      : goal.kind === 'MAX_SHARE'
        ? t('goal.kind.MAX_SHARE', { share: format.share(goal.maxShare ?? 0) })
        : t('goal.kind.INCREASE_SHARE');
  return (
    <article className={`card goal-card ${verdict.met ? 'met' : 'not-met'}`} aria-labelledby={`goal-${goal.id}`}>
      <h3 id={`goal-${goal.id}`}>{goal.name}</h3>
      <p className="muted">{bound}</p>
      <div className="table-scroll" role="region" tabIndex={0} aria-label={t('goal.figures', { name: goal.name })}>
        <EvaluationTable goal={goal} evaluation={verdict} caption={t('goal.onTarget', { date: goal.targetDate })} />
        {current.asOf !== verdict.asOf && (
          <EvaluationTable goal={goal} evaluation={current} caption={t('goal.onChosenDay', { date: current.asOf })} />
        )}
      </div>
      <p className="muted small">{t('goal.pointsNote')}</p>
    </article>
  );
}
