import { useEffect, useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { graphql } from '../gql';
import { NewPersonForm, type PickedPerson } from './NewPersonForm';
import { SaveStatus } from './SaveStatus';
import { ProblemMessage } from './ProblemMessage';

export type { PickedPerson };

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

/** Search-as-you-type over the register's persons, with a way to add one who is not there yet. */
export function PersonPicker({
  value,
  problem = null,
  onChange,
}: {
  value: PickedPerson | null;
  problem?: ApiProblem | null;
  onChange: (person: PickedPerson | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  // The new-person form goes once the person is saved; the picker, which stays, confirms the save.
  const [created, setCreated] = useState('');
  const [find, { data, loading }] = useLazyQuery(PersonSearchDocument);

  useEffect(() => {
    const term = search.trim();
    if (term.length < 2) return;
    const timer = setTimeout(() => void find({ variables: { search: term } }), 250);
    return () => clearTimeout(timer);
  }, [search, find]);

  const aboutPerson = problem?.field === 'personId' ? problem : null;
  return (
    <>
      {picker()}
      <SaveStatus message={created} />
    </>
  );

  // The picker itself: the chosen person, the new-person form, or the search.
  function picker() {
    if (value) {
      return (
        <>
          <p className="picked">
            {t('addMember.person')}: <strong>{value.name}</strong>{' '}
            <button type="button" className="small" onClick={() => onChange(null)}>
              {t('addMember.changePerson')}
            </button>
          </p>
          <ProblemMessage problem={aboutPerson} />
        </>
      );
    }
    if (creating) {
      return (
        <NewPersonForm
          initialName={search}
          onCreated={(p) => {
            setCreating(false);
            setCreated(t('newPerson.created', { name: p.name }));
            onChange(p);
          }}
          onCancel={() => setCreating(false)}
        />
      );
    }
    const searched = search.trim().length >= 2 && data !== undefined;
    const matches = searched ? data.persons.edges.map((e) => e.node) : [];
    return (
      <div className="person-picker">
        <label>
          {t('addMember.searchPerson')}
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            aria-describedby="person-picker-hint"
            aria-invalid={aboutPerson ? true : undefined}
          />
        </label>
        <p id="person-picker-hint" className="muted">
          {t('addMember.searchHint')}
        </p>
        <ProblemMessage problem={aboutPerson} />
        {loading && <p role="status">{t('common.loading')}</p>}
        {searched && !loading && matches.length === 0 && <p>{t('persons.none')}</p>}
        {matches.length > 0 && (
          <ul className="choices" aria-label={t('addMember.matches')}>
            {matches.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="choice"
                  onClick={() => {
                    setSearch('');
                    onChange({ id: p.id, name: p.name });
                  }}
                >
                  {p.name}
                  <span className="muted">{[p.title, p.employerRegion?.name].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="small"
          onClick={() => {
            setCreated('');
            setCreating(true);
          }}
        >
          {t('addMember.newPerson')}
        </button>
      </div>
    );
  }
}
