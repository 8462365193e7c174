import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan, useMe } from '../auth';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { GoalCard, GoalCard_GoalFragment } from '../components/GoalCard';
import { GoalForm, type GoalFormValues } from '../components/GoalForm';
import {
  GoalYearSelect,
  OperationalGoalCard,
  OperationalGoalCard_GoalFragment,
  thisYear,
} from '../components/OperationalGoalCard';
import {
  OperationalGoalForm,
  type OperationalGoalFields,
  type OperationalGoalFormValues,
} from '../components/OperationalGoalForm';
import { useBodies } from '../components/useBodies';
import { ProblemMessage } from '../components/ProblemMessage';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { useApiProblem } from '../errors';
import { getFragmentData, graphql } from '../gql';
import type { OperationalGoalKind } from '../gql/graphql';
import { today } from '../today';
import { SaveStatus } from '../components/SaveStatus';
import { PlaceOptions } from '../components/PlaceOptions';

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

type Editing = { mode: 'new' } | { mode: 'edit'; id: string } | null;

/** A goal's edit button and its delete button, which asks first; the texts are those of the goal's kind. */
function GoalActions({
  namespace,
  name,
  isDisabled,
  onEdit,
  onDelete,
}: {
  namespace: 'goals' | 'operationalGoals';
  name: string;
  isDisabled: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <button type="button" aria-label={t(`${namespace}.editNamed`, { name })} onClick={onEdit}>
        {t(`${namespace}.edit`)}
      </button>
      <ConfirmDialog
        trigger={t(`${namespace}.delete`)}
        triggerLabel={t(`${namespace}.deleteNamed`, { name })}
        title={t(`${namespace}.deleteTitle`, { name })}
        confirmLabel={t(`${namespace}.deleteConfirm`)}
        destructive
        isDisabled={isDisabled}
        onConfirm={onDelete}
      >
        <p>{t(`${namespace}.deleteBody`, { name })}</p>
      </ConfirmDialog>
    </div>
  );
}

/**
 * The goals judged from meetings, feedback and dialogue answers, for the year chosen, with their cards; coordinators
 * create, edit and delete them here.
 */
function OperationalGoals({
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
  const [editing, setEditing] = useState<Editing>(null);
  const bodies = useBodies(healthcareRegionId);
  const { data, loading, refetch } = useQuery(OperationalGoalsAdminDocument, {
    variables: { healthcareRegionId, year },
    skip: !healthcareRegionId,
    fetchPolicy: 'cache-and-network',
  });
  const [create, creating] = useMutation(CreateOperationalGoalDocument);
  const [update, updating] = useMutation(UpdateOperationalGoalDocument);
  const [remove, removing] = useMutation(DeleteOperationalGoalDocument);
  const goals = (data?.operationalGoals ?? []).map((g) => ({
    ...g,
    ...getFragmentData(OperationalGoalCard_GoalFragment, g),
    card: g,
  }));
  const editedGoal = editing?.mode === 'edit' ? goals.find((g) => g.id === editing.id) : undefined;

  const start = (next: Editing) => {
    creating.reset();
    updating.reset();
    onSaved('');
    setEditing(next);
  };

  const save = async (fields: OperationalGoalFields, kind: OperationalGoalKind) => {
    const result =
      editing?.mode === 'edit' && editedGoal
        ? await update({
            variables: { input: { id: editedGoal.id, expectedVersion: editedGoal.version, ...fields } },
          }).catch(() => null)
        : await create({ variables: { input: { healthcareRegionId, kind, ...fields } } }).catch(() => null);
    if (!result?.data) return;
    await refetch();
    setEditing(null);
    onSaved(t('operationalGoals.saved', { name: fields.name }));
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
        <GoalYearSelect year={year} onChange={setYear} />
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
            onCancel={() => setEditing(null)}
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
                onDelete={async () => {
                  onSaved('');
                  const result = await remove({ variables: { id: goal.id } }).catch(() => null);
                  if (!result?.data) return;
                  if (editing?.mode === 'edit' && editing.id === goal.id) setEditing(null);
                  await refetch();
                  onSaved(t('operationalGoals.deleted', { name: goal.name }));
                }}
              />
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * The goals of a healthcare region, with their cards: the share goals and the goals judged from meetings, feedback and
 * dialogue answers. Coordinators create, edit and delete them here.
 */
export function GoalsAdmin() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const problem = useApiProblem();
  const [params, setParams] = useSearchParams();
  const { healthcareRegions } = useHealthcareRegions();
  const healthcareRegionId =
    params.get('healthcareRegion') || (me.homeHealthcareRegion?.id ?? healthcareRegions[0]?.id ?? '');
  const { data, loading, refetch } = useQuery(GoalsAdminDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState('');
  const [create, creating] = useMutation(CreateShareGoalDocument);
  const [update, updating] = useMutation(UpdateShareGoalDocument);
  const [remove, removing] = useMutation(DeleteShareGoalDocument);
  // The admin's buttons and form name and edit the goal the card shows, so they read the card's fields too.
  const goals = (data?.shareGoals ?? [])
    .filter((g) => g.healthcareRegion.id === healthcareRegionId)
    .map((g) => ({ ...g, ...getFragmentData(GoalCard_GoalFragment, g), card: g }));
  const editedGoal = editing?.mode === 'edit' ? goals.find((g) => g.id === editing.id) : undefined;

  const start = (next: Editing) => {
    creating.reset();
    updating.reset();
    setSaved('');
    setEditing(next);
  };

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
    if (!result?.data) return;
    await refetch();
    setEditing(null);
    setSaved(t('goals.saved', { name: values.name }));
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
    <section>
      <p className="breadcrumb">
        <Link to="/">{t('dashboard.title')}</Link>
      </p>
      <h1>{t('goals.title')}</h1>
      <SaveStatus message={saved} />
      <div className="filters">
        <label>
          {t('dashboard.healthcareRegion')}
          <select value={healthcareRegionId} onChange={(e) => setParams({ healthcareRegion: e.target.value })}>
            <PlaceOptions places={healthcareRegions} />
          </select>
        </label>
      </div>
      {!can.editRegister && <p className="muted">{t('goals.readOnly')}</p>}
      <h2>{t('goals.shareTitle')}</h2>
      <div className="filters">
        {can.editRegister && !editing && (
          <button type="button" className="primary" onClick={() => start({ mode: 'new' })}>
            {t('goals.new')}
          </button>
        )}
      </div>
      {editing && can.editRegister && (
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
            onCancel={() => setEditing(null)}
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
            {can.editRegister && (
              <GoalActions
                namespace="goals"
                name={goal.name}
                isDisabled={removing.loading}
                onEdit={() => start({ mode: 'edit', id: goal.id })}
                onDelete={async () => {
                  setSaved('');
                  const result = await remove({ variables: { id: goal.id } }).catch(() => null);
                  if (!result?.data) return;
                  if (editing?.mode === 'edit' && editing.id === goal.id) setEditing(null);
                  await refetch();
                  setSaved(t('goals.deleted', { name: goal.name }));
                }}
              />
            )}
          </div>
        ))}
      </div>
      <OperationalGoals healthcareRegionId={healthcareRegionId} canEdit={can.editRegister} onSaved={setSaved} />
    </section>
  );
}
