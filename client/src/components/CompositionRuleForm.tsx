import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareLevel, CompositionRuleKind, RuleSeverity } from '../gql/graphql';

/** The field each kind of rule takes (the API refuses the others, RULE_FIELD_NOT_ALLOWED). */
const FIELD_OF: Record<CompositionRuleKind, 'minShare' | 'minCount' | 'years' | 'careLevels' | null> = {
  EVERY_AREA_REPRESENTED: null,
  GENDER_BALANCE: 'minShare',
  PROFESSIONS: 'minCount',
  CARE_LEVELS: 'careLevels',
  PATIENT_REPRESENTATIVE: 'minCount',
  MUNICIPAL_REPRESENTATIVE: 'minCount',
  INTERESTS_REVIEWED: 'years',
  CHAIR_TERM_LIMIT: 'years',
};

export const KINDS = Object.keys(FIELD_OF) as CompositionRuleKind[];
const CARE_LEVELS: CareLevel[] = ['PRIMARY', 'SPECIALIST', 'MUNICIPAL'];

export interface RuleValues {
  kind: CompositionRuleKind;
  severity: RuleSeverity;
  minShare: number | null;
  minCount: number | null;
  years: number | null;
  careLevels: CareLevel[];
}

/** Only the field the kind takes, the others null: what create and update send. */
export function valuesToSend(values: RuleValues) {
  const field = FIELD_OF[values.kind];
  return {
    severity: values.severity,
    minShare: field === 'minShare' ? values.minShare : null,
    minCount: field === 'minCount' ? values.minCount : null,
    years: field === 'years' ? values.years : null,
    careLevels: field === 'careLevels' ? values.careLevels : null,
  };
}

/**
 * A rule's weight and limit; a new rule also its kind (one of those the type has not). The share is edited in per
 * cent and sent as a fraction.
 */
export function CompositionRuleForm({
  initial,
  kinds,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: RuleValues;
  /** The kinds to choose among; a single kind (an edit) is shown, not chosen. */
  kinds: CompositionRuleKind[];
  saving: boolean;
  submitLabel: string;
  onSubmit: (values: RuleValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const field = FIELD_OF[values.kind];
  const set = (patch: Partial<RuleValues>) => setValues((v) => ({ ...v, ...patch }));
  const number = (value: string) => (value === '' ? null : Number(value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="form-row composition-rule-form" onSubmit={submit}>
      {kinds.length > 1 && (
        <label>
          {t('composition.rules.kind')}
          <select value={values.kind} onChange={(e) => set({ kind: e.target.value as CompositionRuleKind })}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`composition.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('composition.rules.severity')}
        <select value={values.severity} onChange={(e) => set({ severity: e.target.value as RuleSeverity })}>
          {(['REQUIRED', 'ADVISORY'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`composition.severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {field === 'minShare' && (
        <label>
          {t('composition.rules.minShare')}
          <input
            type="number"
            min={1}
            max={50}
            required
            value={values.minShare === null ? '' : Math.round(values.minShare * 100)}
            onChange={(e) => set({ minShare: e.target.value === '' ? null : Number(e.target.value) / 100 })}
          />
        </label>
      )}
      {field === 'minCount' && (
        <label>
          {t('composition.rules.minCount')}
          <input
            type="number"
            min={1}
            max={50}
            required
            value={values.minCount ?? ''}
            onChange={(e) => set({ minCount: number(e.target.value) })}
          />
        </label>
      )}
      {field === 'years' && (
        <label>
          {t('composition.rules.years')}
          <input
            type="number"
            min={1}
            max={20}
            required
            value={values.years ?? ''}
            onChange={(e) => set({ years: number(e.target.value) })}
          />
        </label>
      )}
      {field === 'careLevels' && (
        <fieldset>
          <legend>{t('composition.rules.careLevels')}</legend>
          {CARE_LEVELS.map((level) => (
            <label key={level} className="checkbox">
              <input
                type="checkbox"
                checked={values.careLevels.includes(level)}
                onChange={(e) =>
                  set({
                    careLevels: e.target.checked
                      ? [...values.careLevels, level]
                      : values.careLevels.filter((l) => l !== level),
                  })
                }
              />
              {t(`composition.careLevel.${level}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
