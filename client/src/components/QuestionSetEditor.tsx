import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupType } from '../gql/graphql';
import { formLevel, type ApiProblem } from '../errors';
import { Field } from './Field';
import { FieldsetProblem, FormActions } from './FormActions';

const GROUP_TYPES: GroupType[] = ['NPO', 'NAG', 'NSG', 'RPO', 'RAG', 'RSG', 'LPO', 'LAG', 'LSG'];

export interface EditableQuestion {
  id: string;
  key: string;
  text: string;
  goal: string | null;
  appliesTo: GroupType[];
  universityHealthcareOnly: boolean;
  version: number;
}

export interface QuestionValues {
  key: string;
  text: string;
  goal: string | null;
  appliesTo: GroupType[];
  universityHealthcareOnly: boolean;
}

const FIELDS = ['key', 'text', 'goal', 'appliesTo'];

/** One question's fields; the key is set once, when the question is created, and stays across years. */
function QuestionFields({
  initial,
  isNew,
  problem,
  saving,
  onSave,
  onCancel,
}: {
  initial: QuestionValues;
  isNew: boolean;
  problem: ApiProblem | null;
  saving: boolean;
  onSave: (values: QuestionValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const update = (changes: Partial<QuestionValues>) => setValues((v) => ({ ...v, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...values, goal: values.goal?.trim() ? values.goal.trim() : null });
  };
  return (
    <form
      onSubmit={submit}
      aria-label={isNew ? t('questions.newTitle') : t('questions.editTitle', { key: initial.key })}
    >
      {isNew && (
        <Field label={t('questions.key')} name="key" problem={problem} hint={t('questions.keyHint')}>
          {(control) => (
            <input
              {...control}
              value={values.key}
              onChange={(e) => update({ key: e.target.value })}
              required
              pattern="[a-z0-9-]+"
            />
          )}
        </Field>
      )}
      <Field label={t('questions.text')} name="text" problem={problem}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.text}
            onChange={(e) => update({ text: e.target.value })}
            required
          />
        )}
      </Field>
      <Field label={t('questions.goal')} name="goal" problem={problem}>
        {(control) => (
          <input {...control} value={values.goal ?? ''} onChange={(e) => update({ goal: e.target.value })} />
        )}
      </Field>
      <fieldset>
        <legend>{t('questions.appliesTo')}</legend>
        {GROUP_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              checked={values.appliesTo.includes(type)}
              onChange={(e) =>
                update({
                  appliesTo: e.target.checked
                    ? [...values.appliesTo, type]
                    : values.appliesTo.filter((x) => x !== type),
                })
              }
            />
            {`${type} – ${t(`groupType.${type}`)}`}
          </label>
        ))}
        <FieldsetProblem problem={problem} field="appliesTo" />
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.universityHealthcareOnly}
          onChange={(e) => update({ universityHealthcareOnly: e.target.checked })}
        />
        {t('questions.universityHealthcareOnly')}
      </label>
      <FormActions
        problem={formLevel(problem, FIELDS)}
        saving={saving}
        saveLabel={t('questions.save')}
        onCancel={onCancel}
      />
    </form>
  );
}

/**
 * A year's question set: every question with its text, goal and the group types it is asked of; a question is added
 * or edited in place, and a year without questions starts from an earlier year's set.
 */
/** Not a valid question key (keys are lowercase letters, digits and hyphens), so no question is mistaken for it. */
const NEW_QUESTION = '(new)';

export function QuestionSetEditor({
  year,
  questions,
  canEdit,
  problem,
  saving,
  onCreate,
  onUpdate,
  onCopy,
}: {
  year: number;
  questions: EditableQuestion[];
  canEdit: boolean;
  problem: ApiProblem | null;
  saving: boolean;
  onCreate: (values: QuestionValues) => Promise<boolean>;
  onUpdate: (question: EditableQuestion, values: QuestionValues) => Promise<boolean>;
  onCopy: (fromYear: number) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  // The key of the question being edited, NEW_QUESTION while a new one is written, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [fromYear, setFromYear] = useState(year - 1);
  const earlier = Array.from({ length: 5 }, (_, i) => year - 1 - i);
  const done = (ok: boolean) => ok && setEditing(null);
  return (
    <div className="question-set">
      {questions.length === 0 && (
        <>
          <p>{t('dialogues.noQuestions', { year })}</p>
          {canEdit && (
            <div className="form-row">
              <label>
                {t('questions.copyFrom')}
                <select value={fromYear} onChange={(e) => setFromYear(Number(e.target.value))}>
                  {earlier.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="primary" disabled={saving} onClick={() => void onCopy(fromYear)}>
                {t('questions.copy', { from: fromYear, to: year })}
              </button>
            </div>
          )}
        </>
      )}
      {questions.length > 0 && (
        <ol className="question-list">
          {questions.map((q) => (
            <li key={q.id}>
              {editing === q.id ? (
                <QuestionFields
                  initial={{
                    key: q.key,
                    text: q.text,
                    goal: q.goal,
                    appliesTo: q.appliesTo,
                    universityHealthcareOnly: q.universityHealthcareOnly,
                  }}
                  isNew={false}
                  problem={problem}
                  saving={saving}
                  onSave={(values) => void onUpdate(q, values).then(done)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p>
                    <strong>{q.text}</strong>
                  </p>
                  <dl className="facts">
                    <dt>{t('questions.goal')}</dt>
                    <dd>{q.goal ?? '–'}</dd>
                    <dt>{t('questions.appliesTo')}</dt>
                    <dd>
                      {q.appliesTo.join(', ')}
                      {q.universityHealthcareOnly ? ` (${t('questions.universityHealthcareOnlyShort')})` : ''}
                    </dd>
                    <dt>{t('questions.key')}</dt>
                    <dd>
                      <code>{q.key}</code>
                    </dd>
                  </dl>
                  {canEdit && editing === null && (
                    <button
                      type="button"
                      className="small"
                      aria-label={t('questions.editNamed', { text: q.text })}
                      onClick={() => setEditing(q.id)}
                    >
                      {t('questions.edit')}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit &&
        (editing === NEW_QUESTION ? (
          <section aria-labelledby="new-question-title">
            <h2 id="new-question-title">{t('questions.newTitle')}</h2>
            <QuestionFields
              initial={{ key: '', text: '', goal: null, appliesTo: [], universityHealthcareOnly: false }}
              isNew
              problem={problem}
              saving={saving}
              onSave={(values) => void onCreate(values).then(done)}
              onCancel={() => setEditing(null)}
            />
          </section>
        ) : (
          editing === null && (
            <button type="button" onClick={() => setEditing(NEW_QUESTION)}>
              {t('questions.add')}
            </button>
          )
        ))}
    </div>
  );
}
