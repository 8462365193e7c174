import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type {
  GoalCard_EvaluationFragment as EvaluationData,
  GoalCard_GoalFragment as GoalData,
  GoalVerdict,
} from '../gql/graphql';
import { useFormat } from '../format';

export const GoalCard_EvaluationFragment = graphql(`
  fragment GoalCard_evaluation on GoalEvaluation {
    asOf
    verdict
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
    number
    name
    kind
    baselineDate
    targetDate
    tolerancePoints
    maxShare
    levelRules {
      ...GoalLevelRules_rules
    }
  }
`);

export const GoalLevelRules_RulesFragment = graphql(`
  fragment GoalLevelRules_rules on GoalLevelRules {
    met
    partlyMet
    notMet
  }
`);

/** The CSS class of a verdict's level: the colour is never all it says, the level's text goes with it. */
export const levelClass = (verdict: GoalVerdict) => `level-${verdict.toLowerCase().replace('_', '-')}`;

/** A goal's verdict as the annual report's coloured level ("grönt: uppnått"), with the level's word. */
export function VerdictLevel({ verdict }: { verdict: GoalVerdict }) {
  const { t } = useTranslation();
  return <span className={`verdict ${levelClass(verdict)}`}>{t(`operationalGoals.verdict.${verdict}`)}</span>;
}

/** The rule of each level, as the API writes it (in Swedish) from the goal's own fields. */
export function GoalLevelRules(props: { rules: FragmentType<typeof GoalLevelRules_RulesFragment> }) {
  const rules = getFragmentData(GoalLevelRules_RulesFragment, props.rules);
  const levels: { verdict: GoalVerdict; rule: string | null | undefined }[] = [
    { verdict: 'MET', rule: rules.met },
    { verdict: 'PARTLY_MET', rule: rules.partlyMet },
    { verdict: 'NOT_MET', rule: rules.notMet },
  ];
  return (
    <dl className="level-rules">
      {levels
        .filter((level) => level.rule)
        .map((level) => (
          <div key={level.verdict}>
            <dt>
              <VerdictLevel verdict={level.verdict} />
            </dt>
            <dd lang="sv">{level.rule}</dd>
          </div>
        ))}
    </dl>
  );
}

/** "Mål 4: Skapa förutsättningar …" when the goal has a number in the annual report's list, else its name. */
export function useGoalTitle() {
  const { t } = useTranslation();
  return (goal: { number?: number | null; name: string }) =>
    goal.number == null ? goal.name : t('operationalGoals.numbered', { number: goal.number, name: goal.name });
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
        {caption} <VerdictLevel verdict={evaluation.verdict} />
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
  const title = useGoalTitle();
  const bound =
    goal.kind === 'POPULATION_PARITY'
      ? t('goal.kind.POPULATION_PARITY', { points: goal.tolerancePoints })
      : goal.kind === 'MAX_SHARE'
        ? t('goal.kind.MAX_SHARE', { share: format.share(goal.maxShare ?? 0) })
        : t('goal.kind.INCREASE_SHARE');
  return (
    <article className={`card goal-card ${levelClass(verdict.verdict)}`} aria-labelledby={`goal-${goal.id}`}>
      <h3 id={`goal-${goal.id}`}>{title(goal)}</h3>
      <p className="muted">{bound}</p>
      <GoalLevelRules rules={goal.levelRules} />
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
