import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationalGoalKind } from '../gql/graphql';
import { formLevel, type ApiProblem } from '../errors';
import { Field } from './Field';
import { GoalNameField, GoalNumberField, percentText, typedNumber } from './GoalForm';
import { FieldsetProblem, FormActions } from './FormActions';
import { PlaceOptions } from './PlaceOptions';

interface Choice {
  id: string;
  name: string;
}

/** What the form edits; thresholds as the API keeps them (shares from 0 to 1). */
export interface OperationalGoalFormValues {
  number: number | null;
  name: string;
  kind: OperationalGoalKind;
  groupIds: string[];
  threshold: number | null;
  partlyThreshold: number | null;
  topicId: string | null;
  feedbackToSkr: boolean;
  feedbackGroupIds: string[];
  questionKey: string | null;
}

/** The fields the form sends: the number, the name and the fields of the goal's kind, no other. */
export type OperationalGoalFields = { number: number; name: string } & Partial<
  Pick<
    OperationalGoalFormValues,
    'groupIds' | 'threshold' | 'partlyThreshold' | 'topicId' | 'feedbackToSkr' | 'feedbackGroupIds' | 'questionKey'
  >
>;

const KINDS: OperationalGoalKind[] = ['MEETING_QUORUM', 'TOPIC_AT_EVERY_MEETING', 'FEEDBACK_GIVEN', 'DIALOGUE_ANSWERS'];
const FIELDS = [
  'number',
  'name',
  'kind',
  'groupIds',
  'threshold',
  'partlyThreshold',
  'topicId',
  'feedbackToSkr',
  'feedbackGroupIds',
  'questionKey',
];

/** The fields of one kind, taken from what the form holds (the API refuses the fields of other kinds). */
function fieldsOfKind(
  values: OperationalGoalFormValues,
  goalNumber: number,
  threshold: number | null,
  partlyThreshold: number | null,
): OperationalGoalFields {
  const common = { number: goalNumber, name: values.name };
  switch (values.kind) {
    case 'MEETING_QUORUM':
      return { ...common, groupIds: values.groupIds, threshold, partlyThreshold };
    case 'TOPIC_AT_EVERY_MEETING':
      return { ...common, groupIds: values.groupIds, topicId: values.topicId, partlyThreshold };
    case 'FEEDBACK_GIVEN':
      return { ...common, feedbackToSkr: values.feedbackToSkr, feedbackGroupIds: values.feedbackGroupIds };
    case 'DIALOGUE_ANSWERS':
      return { ...common, questionKey: values.questionKey, partlyThreshold };
  }
}

function Checkboxes({
  legend,
  choices,
  chosen,
  onChange,
  problem,
  field,
}: {
  legend: string;
  choices: readonly Choice[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  problem: ApiProblem | null;
  field: string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(choice.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, choice.id] : chosen.filter((id) => id !== choice.id))
            }
          />
          {choice.name}
        </label>
      ))}
      <FieldsetProblem problem={problem} field={field} />
    </fieldset>
  );
}

/**
 * Creates or edits a goal judged from meetings, feedback or dialogue answers. Only the fields of the chosen kind are
 * asked for and sent; a goal's kind stays as created. Thresholds are typed as percentages. The bodies, topics and
 * questions offered are the healthcare region's bodies, the coordinators' topics and the year's dialogue questions.
 */
export function OperationalGoalForm({
  initial,
  bodies,
  topics,
  questions,
  editing,
  problem,
  saving,
  onSave,
  onCancel,
}: {
  initial: OperationalGoalFormValues;
  bodies: readonly Choice[];
  topics: readonly Choice[];
  questions: readonly { key: string; text: string }[];
  editing: boolean;
  problem: ApiProblem | null;
  saving: boolean;
  onSave: (fields: OperationalGoalFields, kind: OperationalGoalKind) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [goalNumber, setGoalNumber] = useState(initial.number === null ? '' : String(initial.number));
  const [threshold, setThreshold] = useState(percentText(initial.threshold));
  const [partly, setPartly] = useState(percentText(initial.partlyThreshold));
  const update = (changes: Partial<OperationalGoalFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const kind = values.kind;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const share = (text: string) => {
      const percent = typedNumber(text);
      return percent === null ? null : percent / 100;
    };
    const goalNumberTyped = typedNumber(goalNumber);
    // The number is a required field: the browser does not submit the form without it.
    if (goalNumberTyped === null) return;
    onSave(fieldsOfKind(values, goalNumberTyped, share(threshold), share(partly)), kind);
  };

  const percentField = (name: 'threshold' | 'partlyThreshold', value: string, set: (text: string) => void) => (
    <Field
      label={t(`operationalGoals.${name}`)}
      name={name}
      problem={problem}
      hint={t(`operationalGoals.${name}Hint.${kind}`)}
    >
      {(control) => (
        <input
          {...control}
          inputMode="decimal"
          value={value}
          onChange={(e) => set(e.target.value)}
          required={name === 'threshold'}
          pattern="[0-9]+([,.][0-9]+)?"
          size={6}
        />
      )}
    </Field>
  );

  return (
    <form
      onSubmit={submit}
      className="goal-form"
      aria-label={editing ? t('operationalGoals.editTitle', { name: initial.name }) : t('operationalGoals.newTitle')}
    >
      <div className="form-row">
        <GoalNumberField value={goalNumber} onChange={setGoalNumber} required problem={problem} />
        <GoalNameField
          label={t('operationalGoals.name')}
          value={values.name}
          onChange={(name) => update({ name })}
          problem={problem}
        />
      </div>
      <Field label={t('operationalGoals.kindLabel')} name="kind" problem={problem}>
        {(control) => (
          <select
            {...control}
            value={kind}
            disabled={editing}
            onChange={(e) => update({ kind: e.target.value as OperationalGoalKind })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`operationalGoals.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'MEETING_QUORUM' && (
        <Field label={t('operationalGoals.body')} name="groupIds" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.groupIds[0] ?? ''}
              onChange={(e) => update({ groupIds: e.target.value ? [e.target.value] : [] })}
              required
            >
              <PlaceOptions places={bodies} empty={t('operationalGoals.chooseBody')} />
            </select>
          )}
        </Field>
      )}
      {kind === 'TOPIC_AT_EVERY_MEETING' && (
        <>
          <Field label={t('operationalGoals.topic')} name="topicId" problem={problem}>
            {(control) => (
              <select
                {...control}
                value={values.topicId ?? ''}
                onChange={(e) => update({ topicId: e.target.value || null })}
                required
              >
                <PlaceOptions places={topics} empty={t('operationalGoals.chooseTopic')} />
              </select>
            )}
          </Field>
          <Checkboxes
            legend={t('operationalGoals.bodies')}
            choices={bodies}
            chosen={values.groupIds}
            onChange={(groupIds) => update({ groupIds })}
            problem={problem}
            field="groupIds"
          />
        </>
      )}
      {kind === 'FEEDBACK_GIVEN' && (
        <fieldset>
          <legend>{t('operationalGoals.recipients')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.feedbackToSkr}
              onChange={(e) => update({ feedbackToSkr: e.target.checked })}
            />
            {t('operationalGoals.feedbackToSkr')}
          </label>
          <FieldsetProblem problem={problem} field="feedbackToSkr" />
          <Checkboxes
            legend={t('operationalGoals.feedbackGroups')}
            choices={bodies}
            chosen={values.feedbackGroupIds}
            onChange={(feedbackGroupIds) => update({ feedbackGroupIds })}
            problem={problem}
            field="feedbackGroupIds"
          />
        </fieldset>
      )}
      {kind === 'DIALOGUE_ANSWERS' && (
        <Field label={t('operationalGoals.question')} name="questionKey" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.questionKey ?? ''}
              onChange={(e) => update({ questionKey: e.target.value || null })}
              required
            >
              <option value="">{t('operationalGoals.chooseQuestion')}</option>
              {/* A goal may name a key the chosen year does not ask; it stays choosable. */}
              {values.questionKey && !questions.some((q) => q.key === values.questionKey) && (
                <option value={values.questionKey}>{values.questionKey}</option>
              )}
              {questions.map((q) => (
                <option key={q.key} value={q.key}>
                  {q.key}: {q.text}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === 'MEETING_QUORUM' && percentField('threshold', threshold, setThreshold)}
      {kind !== 'FEEDBACK_GIVEN' && percentField('partlyThreshold', partly, setPartly)}
      <FormActions
        problem={formLevel(problem, FIELDS)}
        saving={saving}
        saveLabel={t('operationalGoals.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
