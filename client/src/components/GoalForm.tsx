import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareGoalKind, Tier } from '../gql/graphql';
import { formLevel, type ApiProblem } from '../errors';
import { Field } from './Field';
import { IsoDateField, problemAt } from './IsoDateField';
import { FieldsetProblem, FormActions } from './FormActions';
import { PlaceOptions } from './PlaceOptions';

interface GoalFormRegion {
  id: string;
  name: string;
}

export interface GoalFormHealthcareRegion {
  id: string;
  name: string;
  regions: GoalFormRegion[];
}

/** What the form edits; shares as the API keeps them (maxShare from 0 to 1, tolerance in percentage points). */
export interface GoalFormValues {
  /** The goal's number in the annual report's list of goals, if it has one. */
  number: number | null;
  name: string;
  kind: ShareGoalKind;
  healthcareRegionId: string;
  tiers: Tier[];
  baselineDate: string;
  targetDate: string;
  regionIds: string[];
  tolerancePoints: number | null;
  maxShare: number | null;
}

const KINDS: ShareGoalKind[] = ['INCREASE_SHARE', 'POPULATION_PARITY', 'MAX_SHARE'];
const TIERS: Tier[] = ['NATIONAL', 'HEALTHCARE_REGION', 'LOCAL'];
const FIELDS = [
  'number',
  'name',
  'kind',
  'healthcareRegionId',
  'tiers',
  'baselineDate',
  'targetDate',
  'regionIds',
  'tolerancePoints',
  'maxShare',
];

/** A number as typed, with a decimal comma or point; null when nothing is typed. */
export const typedNumber = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** A share (0 to 1) as the percentage a form shows, to one decimal; '' for none. */
export const percentText = (share: number | null) => (share === null ? '' : String(Math.round(share * 1000) / 10));

/** The goal's number in the goal framework ("Mål 4"), the first field of both goal forms. */
export function GoalNumberField({
  value,
  onChange,
  required,
  problem,
}: {
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
  problem: ApiProblem | null;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('operationalGoals.number')} name="number" problem={problem}>
      {(control) => (
        <input
          {...control}
          inputMode="numeric"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={required}
          pattern="[0-9]+"
          size={4}
        />
      )}
    </Field>
  );
}

/** A goal's name, which both kinds of goal ask for alike; the label is the kind's own. */
export function GoalNameField({
  label,
  value,
  onChange,
  problem,
}: {
  label: string;
  value: string;
  onChange: (name: string) => void;
  problem: ApiProblem | null;
}) {
  return (
    <Field label={label} name="name" problem={problem}>
      {(control) => (
        <input {...control} value={value} onChange={(e) => onChange(e.target.value)} required maxLength={200} />
      )}
    </Field>
  );
}

/**
 * Creates or edits a share goal. Only the bound of the chosen kind is asked for and sent (the API refuses the other);
 * a goal's kind and healthcare region stay as created. The maximum share is typed as a percentage.
 */
export function GoalForm({
  initial,
  healthcareRegions,
  editing,
  problem,
  saving,
  onSave,
  onCancel,
}: {
  initial: GoalFormValues;
  healthcareRegions: GoalFormHealthcareRegion[];
  editing: boolean;
  problem: ApiProblem | null;
  saving: boolean;
  onSave: (values: GoalFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [goalNumber, setGoalNumber] = useState(initial.number === null ? '' : String(initial.number));
  const [tolerance, setTolerance] = useState(initial.tolerancePoints === null ? '' : String(initial.tolerancePoints));
  const [maxPercent, setMaxPercent] = useState(percentText(initial.maxShare));
  const update = (changes: Partial<GoalFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const regions = healthcareRegions.find((hr) => hr.id === values.healthcareRegionId)?.regions ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const max = typedNumber(maxPercent);
    onSave({
      ...values,
      number: typedNumber(goalNumber),
      regionIds: values.regionIds.filter((id) => regions.some((r) => r.id === id)),
      tolerancePoints: values.kind === 'POPULATION_PARITY' ? typedNumber(tolerance) : null,
      maxShare: values.kind === 'MAX_SHARE' && max !== null ? max / 100 : null,
    });
  };

  return (
    <form
      onSubmit={submit}
      className="goal-form"
      aria-label={editing ? t('goals.editTitle', { name: initial.name }) : t('goals.newTitle')}
    >
      <GoalNumberField value={goalNumber} onChange={setGoalNumber} problem={problem} />
      <GoalNameField
        label={t('goals.name')}
        value={values.name}
        onChange={(name) => update({ name })}
        problem={problem}
      />
      <Field label={t('goals.kindLabel')} name="kind" problem={problem}>
        {(control) => (
          <select
            {...control}
            value={values.kind}
            disabled={editing}
            onChange={(e) => update({ kind: e.target.value as ShareGoalKind })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`goals.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.kind === 'POPULATION_PARITY' && (
        <Field label={t('goals.tolerancePoints')} name="tolerancePoints" problem={problem}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={tolerance}
              onChange={(e) => setTolerance(e.target.value)}
              required
              pattern="[0-9]+([,.][0-9]+)?"
            />
          )}
        </Field>
      )}
      {values.kind === 'MAX_SHARE' && (
        <Field label={t('goals.maxSharePercent')} name="maxShare" problem={problem}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={maxPercent}
              onChange={(e) => setMaxPercent(e.target.value)}
              required
              pattern="[0-9]+([,.][0-9]+)?"
            />
          )}
        </Field>
      )}
      <Field label={t('dashboard.healthcareRegion')} name="healthcareRegionId" problem={problem}>
        {(control) => (
          <select
            {...control}
            value={values.healthcareRegionId}
            disabled={editing}
            onChange={(e) => update({ healthcareRegionId: e.target.value, regionIds: [] })}
            required
          >
            <PlaceOptions places={healthcareRegions} />
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('goals.regions')}</legend>
        {regions.map((region) => (
          <label key={region.id} className="checkbox">
            <input
              type="checkbox"
              checked={values.regionIds.includes(region.id)}
              onChange={(e) =>
                update({
                  regionIds: e.target.checked
                    ? [...values.regionIds, region.id]
                    : values.regionIds.filter((id) => id !== region.id),
                })
              }
            />
            {region.name}
          </label>
        ))}
        <FieldsetProblem problem={problem} field="regionIds" />
      </fieldset>
      <fieldset>
        <legend>{t('goals.tiers')}</legend>
        {TIERS.map((tier) => (
          <label key={tier} className="checkbox">
            <input
              type="checkbox"
              checked={values.tiers.includes(tier)}
              onChange={(e) =>
                update({ tiers: e.target.checked ? [...values.tiers, tier] : values.tiers.filter((x) => x !== tier) })
              }
            />
            {t(`tier.${tier}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <IsoDateField
          label={t('goals.baselineDate')}
          value={values.baselineDate}
          onChange={(baselineDate) => update({ baselineDate })}
          isRequired
          errorMessage={problemAt(problem, 'baselineDate')}
        />
        <IsoDateField
          label={t('goals.targetDate')}
          value={values.targetDate}
          onChange={(targetDate) => update({ targetDate })}
          isRequired
          errorMessage={problemAt(problem, 'targetDate')}
        />
      </div>
      <FormActions
        problem={formLevel(problem, FIELDS)}
        saving={saving}
        saveLabel={t('goals.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
