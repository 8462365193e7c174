import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formLevel, type ApiProblem } from '../errors';
import type { OrganisationKind } from '../gql/graphql';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { PlaceOptions } from './PlaceOptions';
import { useHealthcareRegions } from './useHealthcareRegions';

const ORGANISATION_KINDS: OrganisationKind[] = [
  'MUNICIPALITY',
  'UNIVERSITY',
  'SKR',
  'GOVERNMENT_AGENCY',
  'PATIENT_ORGANISATION',
  'OTHER',
];

/** The options of a select of organisation kinds. */
export function OrganisationKindOptions() {
  const { t } = useTranslation();
  return ORGANISATION_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {t(`organisationKind.${kind}`)}
    </option>
  ));
}

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  regionId: string | null;
}

/** An organisation's name, kind and the region it lies in (none for a national one). */
export function OrganisationForm({
  label,
  initial,
  problem,
  saving,
  onSave,
  onCancel,
}: {
  label: string;
  initial: OrganisationValues;
  problem: ApiProblem | null;
  saving: boolean;
  onSave: (values: OrganisationValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { regions } = useHealthcareRegions();
  const [values, setValues] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...values, name: values.name.trim() });
  };
  return (
    <form onSubmit={submit} aria-label={label}>
      <div className="form-row fields">
        <Field label={t('organisations.name')} name="name" problem={problem}>
          {(control) => (
            <input
              {...control}
              required
              maxLength={200}
              value={values.name}
              onChange={(e) => setValues({ ...values, name: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('organisations.kind')} name="kind" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(e) => setValues({ ...values, kind: e.target.value as OrganisationKind })}
            >
              <OrganisationKindOptions />
            </select>
          )}
        </Field>
        <Field label={t('organisations.region')} name="regionId" problem={problem}>
          {(control) => (
            <select
              {...control}
              value={values.regionId ?? ''}
              onChange={(e) => setValues({ ...values, regionId: e.target.value || null })}
            >
              <PlaceOptions places={regions} empty={t('organisations.national')} />
            </select>
          )}
        </Field>
      </div>
      <FormActions
        problem={formLevel(problem, ['name', 'kind', 'regionId'])}
        saving={saving}
        saveLabel={t('common.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
