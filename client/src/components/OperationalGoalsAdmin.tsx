import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../gql';
import type { OperationalGoalKind } from '../gql/graphql';
import { useApiProblem } from '../errors';
import { GoalActions } from './GoalActions';
import { useEditing } from './useEditing';
import { FIRST_GOAL_YEAR, OperationalGoalCard, OperationalGoalCard_GoalFragment } from './OperationalGoalCard';
import { OperationalGoalForm, type OperationalGoalFields, type OperationalGoalFormValues } from './OperationalGoalForm';
import { ProblemMessage } from './ProblemMessage';
import { useBodies } from './useBodies';
import { thisYear, YearSelect } from './YearSelect';

const OperationalGoalsAdminDocument = graphql(`
  query OperationalGoalsAdmin($healthcareRegionId: ID!, $year: Int!) {
    operationalGoals(healthcareRegionId: $healthcareRegionId) {
      ...OperationalGoalCard_goal
      version
      groups {
        id
      }
      threshold
      partlyThreshold
      topic {
        id
      }
      feedbackToSkr
      feedbackGroups {
        id
      }
      questionKey
      outcome: evaluation(year: $year) {
        ...OperationalGoalCard_outcome
      }
    }
    topics {
      id
      name
    }
    dialogueQuestions(year: $year) {
      id
      key
      text
    }
  }
`);

const CreateOperationalGoalDocument = graphql(`
  mutation CreateOperationalGoal($input: CreateOperationalGoalInput!) {
    createOperationalGoal(input: $input) {
      id
      name
    }
  }
`);

const UpdateOperationalGoalDocument = graphql(`
  mutation UpdateOperationalGoal($input: UpdateOperationalGoalInput!) {
    updateOperationalGoal(input: $input) {
      id
      name
      version
    }
  }
`);

const DeleteOperationalGoalDocument = graphql(`
  mutation DeleteOperationalGoal($id: ID!) {
    deleteOperationalGoal(id: $id)
  }
`);

/**
 * The goals judged from meetings, feedback and dialogue answers, for the year chosen, with their cards; coordinators
 * create, edit and delete them here.
 */
export function OperationalGoalsAdmin({
  healthcareRegionId,
  canEdit,
  onSaved,
}: {
  healthcareRegionId: string;
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [year, setYear] = useState(thisYear());
  const bodies = useBodies(healthcareRegionId);
  const { data, loading, refetch } = useQuery(OperationalGoalsAdminDocument, {
    variables: { healthcareRegionId, year },
    skip: !healthcareRegionId,
    fetchPolicy: 'cache-and-network',
  });
  const [create, creating] = useMutation(CreateOperationalGoalDocument);
  const [update, updating] = useMutation(UpdateOperationalGoalDocument);
  const [remove, removing] = useMutation(DeleteOperationalGoalDocument);
  const { editing, cancel, start, afterSave, deleteRecord } = useEditing({
    mutations: [creating, updating],
    refetch,
    say: onSaved,
  });
  const goals = (data?.operationalGoals ?? []).map((g) => ({
    ...g,
    ...getFragmentData(OperationalGoalCard_GoalFragment, g),
    card: g,
  }));
  const editedGoal = editing?.mode === 'edit' ? goals.find((g) => g.id === editing.id) : undefined;

  const save = async (fields: OperationalGoalFields, kind: OperationalGoalKind) => {
    const result =
      editing?.mode === 'edit' && editedGoal
        ? await update({
            variables: { input: { id: editedGoal.id, expectedVersion: editedGoal.version, ...fields } },
          }).catch(() => null)
        : await create({ variables: { input: { healthcareRegionId, kind, ...fields } } }).catch(() => null);
    await afterSave(result, () => t('operationalGoals.saved', { name: fields.name }));
  };

  const initial: OperationalGoalFormValues = editedGoal
    ? {
        number: editedGoal.number,
        name: editedGoal.name,
        kind: editedGoal.kind,
        groupIds: editedGoal.groups.map((g) => g.id),
        threshold: editedGoal.threshold ?? null,
        partlyThreshold: editedGoal.partlyThreshold ?? null,
        topicId: editedGoal.topic?.id ?? null,
        feedbackToSkr: editedGoal.feedbackToSkr,
        feedbackGroupIds: editedGoal.feedbackGroups.map((g) => g.id),
        questionKey: editedGoal.questionKey ?? null,
      }
    : {
        number: null,
        name: '',
        kind: 'MEETING_QUORUM',
        groupIds: [],
        threshold: null,
        partlyThreshold: null,
        topicId: null,
        feedbackToSkr: false,
        feedbackGroupIds: [],
        questionKey: null,
      };

  return (
    <section aria-labelledby="operational-goals-title">
      <h2 id="operational-goals-title">{t('operationalGoals.title')}</h2>
      <p className="muted">{t('operationalGoals.intro')}</p>
      <div className="filters">
        <YearSelect value={year} onChange={setYear} label={t('operationalGoals.yearLabel')} first={FIRST_GOAL_YEAR} />
        {canEdit && !editing && (
          <button type="button" className="primary" onClick={() => start({ mode: 'new' })}>
            {t('operationalGoals.new')}
          </button>
        )}
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </div>
      {editing && canEdit && (
        <section aria-labelledby="operational-goal-form-title" className="card">
          <h3 id="operational-goal-form-title">
            {editing.mode === 'edit'
              ? t('operationalGoals.editTitle', { name: editedGoal?.name ?? '' })
              : t('operationalGoals.newTitle')}
          </h3>
          <OperationalGoalForm
            key={editing.mode === 'edit' ? editing.id : `new-${healthcareRegionId}`}
            initial={initial}
            bodies={bodies}
            topics={data?.topics ?? []}
            questions={data?.dialogueQuestions ?? []}
            editing={editing.mode === 'edit'}
            problem={problem(editing.mode === 'edit' ? updating.error : creating.error)}
            saving={creating.loading || updating.loading}
            onSave={(fields, kind) => void save(fields, kind)}
            onCancel={cancel}
          />
        </section>
      )}
      {data && goals.length === 0 && <p>{t('operationalGoals.none')}</p>}
      <ProblemMessage problem={problem(removing.error)} />
      <div className="goal-cards">
        {goals.map((goal) => (
          <div key={goal.id} className="goal-admin">
            <OperationalGoalCard goal={goal.card} outcome={goal.outcome} />
            {canEdit && (
              <GoalActions
                namespace="operationalGoals"
                name={goal.name}
                isDisabled={removing.loading}
                onEdit={() => start({ mode: 'edit', id: goal.id })}
                onDelete={() =>
                  deleteRecord(
                    goal.id,
                    () => remove({ variables: { id: goal.id } }),
                    t('operationalGoals.deleted', { name: goal.name }),
                  )
                }
              />
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
