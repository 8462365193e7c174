import { useEffect, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { Gender } from '../gql/graphql';
import { ProblemMessage } from './ProblemMessage';
import { useHealthcareRegions } from './useHealthcareRegions';

const GENDERS: Gender[] = ['WOMAN', 'MAN', 'OTHER'];

export interface PickedPerson {
  id: string;
  name: string;
}

const PersonSearchDocument = graphql(`
  query PersonPickerSearch($search: String!) {
    persons(search: $search, first: 10) {
      edges {
        cursor
        node {
          id
          name
          title
          employerRegion {
            id
            name
          }
        }
      }
    }
  }
`);

const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      name
    }
  }
`);

function NewPersonForm({ initialName, onCreated, onCancel }: { initialName: string; onCreated: (p: PickedPerson) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { regions } = useHealthcareRegions();
  const [name, setName] = useState(initialName);
  const [email, setEmail] = useState('');
  const [title, setTitle] = useState('');
  const [employerRegionId, setEmployerRegionId] = useState('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [create, { loading, error }] = useMutation(CreatePersonDocument);
  // A form inside a form is invalid HTML: this one saves through its button.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: { input: { name, email: email || null, title: title || null, employerRegionId: employerRegionId || null, gender: gender || null } },
    }).catch(() => null);
    if (result?.data) onCreated(result.data.createPerson);
  };
  return (
    <fieldset className="new-person">
      <legend>{t('newPerson.title')}</legend>
      <div className="form-row">
        <label>
          {t('person.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          {t('person.email')}
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('person.title')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('person.gender')}
          <select value={gender} onChange={(e) => setGender(e.target.value as Gender | '')}>
            <option value="">{t('person.genderNotRecorded')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('person.employer')}
          <select value={employerRegionId} onChange={(e) => setEmployerRegionId(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemMessage problem={problem(error)} />
      <button type="button" className="primary small" disabled={loading || !name.trim()} onClick={(e) => void submit(e)}>
        {loading ? t('common.saving') : t('newPerson.submit')}
      </button>
      <button type="button" className="small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </fieldset>
  );
}

/** Search-as-you-type over the register's persons, with a way to add one who is not there yet. */
export function PersonPicker({ value, onChange }: { value: PickedPerson | null; onChange: (person: PickedPerson | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [find, { data, loading }] = useLazyQuery(PersonSearchDocument);

  useEffect(() => {
    const term = search.trim();
    if (term.length < 2) return;
    const timer = setTimeout(() => void find({ variables: { search: term } }), 250);
    return () => clearTimeout(timer);
  }, [search, find]);

  if (value) {
    return (
      <p className="picked">
        {t('addMember.person')}: <strong>{value.name}</strong>{' '}
        <button type="button" className="small" onClick={() => onChange(null)}>
          {t('addMember.changePerson')}
        </button>
      </p>
    );
  }
  if (creating) {
    return <NewPersonForm initialName={search} onCreated={(p) => { setCreating(false); onChange(p); }} onCancel={() => setCreating(false)} />;
  }
  const matches = search.trim().length >= 2 ? (data?.persons.edges.map((e) => e.node) ?? []) : [];
  return (
    <div className="person-picker">
      <label>
        {t('addMember.searchPerson')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby="person-picker-hint" />
      </label>
      <p id="person-picker-hint" className="muted">
        {t('addMember.searchHint')}
      </p>
      {loading && <p role="status">{t('common.loading')}</p>}
      {matches.length > 0 && (
        <ul className="choices" aria-label={t('addMember.matches')}>
          {matches.map((p) => (
            <li key={p.id}>
              <button type="button" className="choice" onClick={() => { setSearch(''); onChange({ id: p.id, name: p.name }); }}>
                {p.name}
                <span className="muted">{[p.title, p.employerRegion?.name].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="small" onClick={() => setCreating(true)}>
        {t('addMember.newPerson')}
      </button>
    </div>
  );
}
