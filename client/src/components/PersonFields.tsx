import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import type { Gender } from '../gql/graphql';
import { Field } from './Field';
import { useHealthcareRegions } from './useHealthcareRegions';
import { PlaceOptions } from './PlaceOptions';

const GENDERS: Gender[] = ['WOMAN', 'MAN', 'OTHER'];
export const PERSON_FIELDS = ['name', 'email', 'title', 'gender', 'employerRegionId'];

export interface PersonValues {
  name: string;
  email: string;
  title: string;
  gender: Gender | '';
  employerRegionId: string;
}

export const emptyPerson = (name = ''): PersonValues => ({
  name,
  email: '',
  title: '',
  gender: '',
  employerRegionId: '',
});

/** The API's input for the values on screen: empty fields are sent as null, which clears them. */
export const personInput = (values: PersonValues) => ({
  name: values.name,
  email: values.email || null,
  title: values.title || null,
  gender: values.gender || null,
  employerRegionId: values.employerRegionId || null,
});

/** A person's own fields, shared by the forms that create and edit persons. */
export function PersonFields({
  values,
  onChange,
  problem,
}: {
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  problem: ApiProblem | null;
}) {
  const { t } = useTranslation();
  const { regions } = useHealthcareRegions();
  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div className="form-row fields">
      <Field label={t('person.name')} name="name" problem={problem}>
        {(control) => <input value={values.name} onChange={(e) => set('name', e.target.value)} {...control} />}
      </Field>
      <Field label={t('person.email')} name="email" problem={problem}>
        {(control) => (
          <input type="email" value={values.email} onChange={(e) => set('email', e.target.value)} {...control} />
        )}
      </Field>
      <Field label={t('person.title')} name="title" problem={problem}>
        {(control) => <input value={values.title} onChange={(e) => set('title', e.target.value)} {...control} />}
      </Field>
      <Field label={t('person.gender')} name="gender" problem={problem}>
        {(control) => (
          <select value={values.gender} onChange={(e) => set('gender', e.target.value as Gender | '')} {...control}>
            <option value="">{t('person.genderNotRecorded')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('person.employer')} name="employerRegionId" problem={problem}>
        {(control) => (
          <select
            value={values.employerRegionId}
            onChange={(e) => set('employerRegionId', e.target.value)}
            {...control}
          >
            <PlaceOptions places={regions} empty={t('common.none')} />
          </select>
        )}
      </Field>
    </div>
  );
}
