import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import type { CareLevel, Gender } from '../gql/graphql';
import { Field } from './Field';
import { useHealthcareRegions } from './useHealthcareRegions';
import { choiceOf, RegionOrOrganisationOptions, splitChoice } from './RegionOrOrganisation';

const GENDERS: Gender[] = ['WOMAN', 'MAN', 'OTHER'];
const CARE_LEVELS: CareLevel[] = ['PRIMARY', 'SPECIALIST', 'MUNICIPAL'];
const EMPLOYER_FIELDS = ['employerRegionId', 'employerOrganisationId'];
export const PERSON_FIELDS = ['name', 'email', 'title', 'gender', 'profession', 'careLevel', ...EMPLOYER_FIELDS];

export interface PersonValues {
  name: string;
  email: string;
  title: string;
  gender: Gender | '';
  /** One choice: `region:<id>`, `organisation:<id>` or empty for none. */
  employer: string;
  profession: string;
  careLevel: CareLevel | '';
}

export const emptyPerson = (name = ''): PersonValues => ({
  name,
  email: '',
  title: '',
  gender: '',
  employer: '',
  profession: '',
  careLevel: '',
});

/** The employer choice of a person as the API returns it. */
export const employerOf = (person: {
  employerRegion?: { id: string } | null;
  employerOrganisation?: { id: string } | null;
}) => choiceOf(person.employerRegion, person.employerOrganisation);

/** The API's input for the values on screen: empty fields are sent as null, which clears them. */
export const personInput = (values: PersonValues) => {
  const employer = splitChoice(values.employer);
  return {
    name: values.name,
    email: values.email || null,
    title: values.title || null,
    gender: values.gender || null,
    employerRegionId: employer.regionId,
    employerOrganisationId: employer.organisationId,
    profession: values.profession.trim() || null,
    careLevel: values.careLevel || null,
  };
};

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
  // Either employer field's refusal shows at the one employer choice.
  const employerProblem =
    problem?.field && EMPLOYER_FIELDS.includes(problem.field) ? { ...problem, field: 'employer' } : problem;
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
      <Field label={t('person.employer')} name="employer" problem={employerProblem}>
        {(control) => (
          <select value={values.employer} onChange={(e) => set('employer', e.target.value)} {...control}>
            <option value="">{t('common.none')}</option>
            <RegionOrOrganisationOptions
              regions={regions}
              regionsLabel={t('peopleFields.employerRegion')}
              organisationsLabel={t('peopleFields.employerOrganisation')}
            />
          </select>
        )}
      </Field>
      <Field label={t('peopleFields.profession')} name="profession" problem={problem}>
        {(control) => (
          <input
            value={values.profession}
            maxLength={100}
            onChange={(e) => set('profession', e.target.value)}
            {...control}
          />
        )}
      </Field>
      <Field label={t('peopleFields.careLevel')} name="careLevel" problem={problem}>
        {(control) => (
          <select
            value={values.careLevel}
            onChange={(e) => set('careLevel', e.target.value as CareLevel | '')}
            {...control}
          >
            <option value="">{t('peopleFields.careLevelNotRecorded')}</option>
            {CARE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`peopleFields.careLevels.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
