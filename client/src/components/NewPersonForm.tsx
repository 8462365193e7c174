import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import { emptyPerson, PERSON_FIELDS, PersonFields, personInput } from './PersonFields';
import { ProblemMessage } from './ProblemMessage';

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
export function NewPersonForm({
  initialName,
  onCreated,
  onCancel,
}: {
  initialName: string;
  onCreated: (p: PickedPerson) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [values, setValues] = useState(emptyPerson(initialName));
  const [nameMissing, setNameMissing] = useState(false);
  const [create, { loading, error }] = useMutation(CreatePersonDocument);
  // A form inside a form is invalid HTML: this one is a fieldset of the surrounding form and saves through its button,
  // so the browser does not check the required name: it is checked here.
  const submit = async () => {
    setNameMissing(!values.name.trim());
    if (!values.name.trim()) return;
    const result = await create({ variables: { input: personInput(values) } }).catch(() => null);
    if (result?.data) onCreated(result.data.createPerson);
  };
  const apiProblem = nameMissing ? { message: t('errors.REQUIRED'), field: 'name' } : problem(error);
  return (
    <fieldset className="new-person">
      <legend>{t('newPerson.title')}</legend>
      <PersonFields values={values} onChange={setValues} problem={apiProblem} />
      <ProblemMessage problem={formLevel(apiProblem, PERSON_FIELDS)} />
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
