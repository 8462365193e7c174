import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareLevel, CompositionRuleKind, RuleSeverity } from '../gql/graphql';

/** A kind of rule and the one field it takes, as the API lists them (compositionRuleKinds). */
export interface KindInfo {
  kind: CompositionRuleKind;
  field?: string | null;
}

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
export function valuesToSend(values: RuleValues, field: string | null | undefined) {
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
  /** The kinds to choose among with their fields; a single kind (an edit) is shown, not chosen. */
  kinds: KindInfo[];
  saving: boolean;
  submitLabel: string;
  onSubmit: (values: RuleValues, field: string | null) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const field = kinds.find((k) => k.kind === values.kind)?.field ?? null;
  const set = (patch: Partial<RuleValues>) => setValues((v) => ({ ...v, ...patch }));
  const number = (value: string) => (value === '' ? null : Number(value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values, field);
  };
  return (
    <form className="form-row composition-rule-form" onSubmit={submit}>
      {kinds.length > 1 && (
        <label>
          {t('composition.rules.kind')}
          <select value={values.kind} onChange={(e) => set({ kind: e.target.value as CompositionRuleKind })}>
            {kinds.map(({ kind }) => (
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
