import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { getFragmentData, graphql } from '../gql';
import { today } from '../today';
import { GoalActions } from './GoalActions';
import { useEditing } from './useEditing';
import { GoalCard, GoalCard_GoalFragment } from './GoalCard';
import { GoalForm, type GoalFormHealthcareRegion, type GoalFormValues } from './GoalForm';
import { ProblemMessage } from './ProblemMessage';

const GoalsAdminDocument = graphql(`
  query GoalsAdmin {
    shareGoals {
      ...GoalCard_goal
      version
      tiers
      healthcareRegion {
        id
      }
      regions {
        id
      }
      verdict: evaluation {
        ...GoalCard_evaluation
      }
    }
  }
`);

const CreateShareGoalDocument = graphql(`
  mutation CreateShareGoal($input: CreateShareGoalInput!) {
    createShareGoal(input: $input) {
      id
      name
    }
  }
`);

const UpdateShareGoalDocument = graphql(`
  mutation UpdateShareGoal($input: UpdateShareGoalInput!) {
    updateShareGoal(input: $input) {
      id
      name
      version
    }
  }
`);

const DeleteShareGoalDocument = graphql(`
  mutation DeleteShareGoal($id: ID!) {
    deleteShareGoal(id: $id)
  }
`);

/**
 * The share goals of a healthcare region, with their cards; coordinators create, edit and delete them here. What was
 * saved or deleted is told through onSaved, so the page says it in one place.
 */
export function ShareGoalsAdmin({
  healthcareRegionId,
  healthcareRegions,
  canEdit,
  onSaved,
}: {
  healthcareRegionId: string;
  healthcareRegions: GoalFormHealthcareRegion[];
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { data, loading, refetch } = useQuery(GoalsAdminDocument, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CreateShareGoalDocument);
  const [update, updating] = useMutation(UpdateShareGoalDocument);
  const [remove, removing] = useMutation(DeleteShareGoalDocument);
  const { editing, cancel, start, afterSave, deleteRecord } = useEditing({
    mutations: [creating, updating],
    refetch,
    say: onSaved,
  });
  // The admin's buttons and form name and edit the goal the card shows, so they read the card's fields too.
  const goals = (data?.shareGoals ?? [])
    .filter((g) => g.healthcareRegion.id === healthcareRegionId)
    .map((g) => ({ ...g, ...getFragmentData(GoalCard_GoalFragment, g), card: g }));
  const editedGoal = editing?.mode === 'edit' ? goals.find((g) => g.id === editing.id) : undefined;

  const save = async (values: GoalFormValues) => {
    const result =
      editing?.mode === 'edit' && editedGoal
        ? await update({
            variables: {
              input: {
                id: editedGoal.id,
                expectedVersion: editedGoal.version,
                number: values.number,
                name: values.name,
                tiers: values.tiers,
                baselineDate: values.baselineDate,
                targetDate: values.targetDate,
                regionIds: values.regionIds,
                ...(editedGoal.kind === 'POPULATION_PARITY' ? { tolerancePoints: values.tolerancePoints } : {}),
                ...(editedGoal.kind === 'MAX_SHARE' ? { maxShare: values.maxShare } : {}),
              },
            },
          }).catch(() => null)
        : await create({ variables: { input: values } }).catch(() => null);
    await afterSave(result, () => t('goals.saved', { name: values.name }));
  };

  const initial: GoalFormValues = editedGoal
    ? {
        number: editedGoal.number ?? null,
        name: editedGoal.name,
        kind: editedGoal.kind,
        healthcareRegionId: editedGoal.healthcareRegion.id,
        tiers: editedGoal.tiers,
        baselineDate: editedGoal.baselineDate,
        targetDate: editedGoal.targetDate,
        regionIds: editedGoal.regions.map((r) => r.id),
        tolerancePoints: editedGoal.tolerancePoints ?? null,
        maxShare: editedGoal.maxShare ?? null,
      }
    : {
        number: null,
        name: '',
        kind: 'INCREASE_SHARE',
        healthcareRegionId,
        tiers: ['NATIONAL'],
        baselineDate: today(),
        targetDate: `${Number(today().slice(0, 4)) + 1}-12-31`,
        regionIds: [],
        tolerancePoints: null,
        maxShare: null,
      };

  return (
    <>
      <h2>{t('goals.shareTitle')}</h2>
      <div className="filters">
        {canEdit && !editing && (
          <button type="button" className="primary" onClick={() => start({ mode: 'new' })}>
            {t('goals.new')}
          </button>
        )}
      </div>
      {editing && canEdit && (
        <section aria-labelledby="goal-form-title" className="card">
          <h3 id="goal-form-title">
            {editing.mode === 'edit' ? t('goals.editTitle', { name: editedGoal?.name ?? '' }) : t('goals.newTitle')}
          </h3>
          <GoalForm
            key={editing.mode === 'edit' ? editing.id : `new-${healthcareRegionId}`}
            initial={initial}
            healthcareRegions={healthcareRegions}
            editing={editing.mode === 'edit'}
            problem={problem(editing.mode === 'edit' ? updating.error : creating.error)}
            saving={creating.loading || updating.loading}
            onSave={(values) => void save(values)}
            onCancel={cancel}
          />
        </section>
      )}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && goals.length === 0 && <p>{t('goals.none')}</p>}
      <ProblemMessage problem={problem(removing.error)} />
      <div className="goal-cards">
        {goals.map((goal) => (
          <div key={goal.id} className="goal-admin">
            <GoalCard goal={goal.card} verdict={goal.verdict} current={goal.verdict} />
            <p className="muted small">
              {t('goals.tiersShown', { tiers: goal.tiers.map((tier) => t(`tier.${tier}`)).join(', ') })}
            </p>
            {canEdit && (
              <GoalActions
                namespace="goals"
                name={goal.name}
                isDisabled={removing.loading}
                onEdit={() => start({ mode: 'edit', id: goal.id })}
                onDelete={() =>
                  deleteRecord(
                    goal.id,
                    () => remove({ variables: { id: goal.id } }),
                    t('goals.deleted', { name: goal.name }),
                  )
                }
              />
            )}
          </div>
        ))}
      </div>
    </>
  );
}
