import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { Gender } from '../gql/graphql';
import { Field } from './Field';
import { ProblemMessage } from './ProblemMessage';
import { useHealthcareRegions } from './useHealthcareRegions';

const GENDERS: Gender[] = ['WOMAN', 'MAN', 'OTHER'];
const ON_SCREEN = ['name', 'email', 'title', 'gender', 'employerRegionId'];

export interface PickedPerson {
  id: string;
  name: string;
}

const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
    }
  }
`);

/** A person who is not in the register yet, added without leaving the form that needs them. */
export function NewPersonForm({ initialName, onCreated, onCancel }: { initialName: string; onCreated: (p: PickedPerson) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { regions } = useHealthcareRegions();
  const [name, setName] = useState(initialName);
  const [email, setEmail] = useState('');
  const [title, setTitle] = useState('');
  const [employerRegionId, setEmployerRegionId] = useState('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [nameMissing, setNameMissing] = useState(false);
  const [create, { loading, error }] = useMutation(CreatePersonDocument);
  // A form inside a form is invalid HTML: this one is a fieldset of the surrounding form and saves through its button,
  // so the browser does not check the required name: it is checked here.
  const submit = async () => {
    setNameMissing(!name.trim());
    if (!name.trim()) return;
    const result = await create({
      variables: { input: { name, email: email || null, title: title || null, employerRegionId: employerRegionId || null, gender: gender || null } },
    }).catch(() => null);
    if (result?.data) onCreated(result.data.createPerson);
  };
  const apiProblem = nameMissing ? { message: t('errors.REQUIRED'), field: 'name' } : problem(error);
  return (
    <fieldset className="new-person">
      <legend>{t('newPerson.title')}</legend>
      <div className="form-row fields">
        <Field label={t('person.name')} name="name" problem={apiProblem}>
          {(control) => <input value={name} onChange={(e) => setName(e.target.value)} {...control} />}
        </Field>
        <Field label={t('person.email')} name="email" problem={apiProblem}>
          {(control) => <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} {...control} />}
        </Field>
        <Field label={t('person.title')} name="title" problem={apiProblem}>
          {(control) => <input value={title} onChange={(e) => setTitle(e.target.value)} {...control} />}
        </Field>
        <Field label={t('person.gender')} name="gender" problem={apiProblem}>
          {(control) => (
            <select value={gender} onChange={(e) => setGender(e.target.value as Gender | '')} {...control}>
              <option value="">{t('person.genderNotRecorded')}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(`gender.${g}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('person.employer')} name="employerRegionId" problem={apiProblem}>
          {(control) => (
            <select value={employerRegionId} onChange={(e) => setEmployerRegionId(e.target.value)} {...control}>
              <option value="">{t('common.none')}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ProblemMessage problem={formLevel(apiProblem, ON_SCREEN)} />
      <div className="actions">
        <button type="button" className="primary small" disabled={loading} onClick={() => void submit()}>
          {loading ? t('common.saving') : t('newPerson.submit')}
        </button>
        <button type="button" className="small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
