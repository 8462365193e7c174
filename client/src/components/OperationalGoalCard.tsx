import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { useFormat } from '../format';
import { GoalLevelRules, levelClass, useGoalTitle, VerdictLevel } from './GoalCard';

export const OperationalGoalCard_GoalFragment = graphql(`
  fragment OperationalGoalCard_goal on OperationalGoal {
    id
    number
    name
    kind
    levelRules {
      ...GoalLevelRules_rules
    }
  }
`);

export const OperationalGoalCard_OutcomeFragment = graphql(`
  fragment OperationalGoalCard_outcome on GoalOutcome {
    year
    verdict
    text
    figures {
      label
      value
      unit
    }
  }
`);

/**
 * A goal judged from meetings, feedback or dialogue answers, for one year: its verdict as a coloured level with its
 * word, the figures behind it, the rule of each level and the annual report's paragraph, all as the API states them.
 */
export function OperationalGoalCard(props: {
  goal: FragmentType<typeof OperationalGoalCard_GoalFragment>;
  outcome: FragmentType<typeof OperationalGoalCard_OutcomeFragment>;
}) {
  const goal = getFragmentData(OperationalGoalCard_GoalFragment, props.goal);
  const outcome = getFragmentData(OperationalGoalCard_OutcomeFragment, props.outcome);
  const { t } = useTranslation();
  const format = useFormat();
  const title = useGoalTitle();
  const headingId = `operational-goal-${goal.id}`;
  return (
    <article className={`card goal-card ${levelClass(outcome.verdict)}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title(goal)}</h3>
      <p className="muted">
        {t(`operationalGoals.kinds.${goal.kind}`)} · {t('operationalGoals.year', { year: outcome.year })}{' '}
        <VerdictLevel verdict={outcome.verdict} />
      </p>
      {outcome.figures.length > 0 && (
        <dl className="goal-figures">
          {outcome.figures.map((figure) => (
            <div key={figure.label}>
              <dt lang="sv">{figure.label}</dt>
              <dd>{figure.unit === 'share' ? format.share(figure.value) : figure.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <GoalLevelRules rules={goal.levelRules} />
      <p lang="sv">{outcome.text}</p>
    </article>
  );
}

/** The first year the goals of meetings, feedback and dialogues are judged for: the first the annual report covers. */
export const FIRST_GOAL_YEAR = 2015;
