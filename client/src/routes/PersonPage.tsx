import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../auth';
import { AuditHistory } from '../components/AuditHistory';
import { employerOf, PERSON_FIELDS, PersonFields, personInput, type PersonValues } from '../components/PersonFields';
import { ProblemMessage } from '../components/ProblemMessage';
import { SaveStatus } from '../components/SaveStatus';
import { PersonFormerRecords } from '../components/PersonFormerRecords';
import { TypeBadge } from '../components/TypeBadge';
import { PersonContinuedTerms } from '../components/PersonContinuedTerms';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { PersonPageQuery } from '../gql/graphql';

const PersonPageDocument = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      title
      email
      gender
      profession
      careLevel
      version
      archivedAt
      erasedAt
      viewerMayEdit
      employerRegion {
        id
        name
      }
      employerOrganisation {
        id
        name
      }
      memberships {
        id
        role
        startDate
        endDate
        active
        representedRegion {
          id
          name
        }
        representedOrganisation {
          id
          name
        }
        group {
          id
          name
          type
        }
      }
    }
  }
`);

const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      name
      title
      email
      gender
      profession
      careLevel
      version
      viewerMayEdit
      employerRegion {
        id
        name
      }
      employerOrganisation {
        id
        name
      }
    }
  }
`);

const ArchivePersonDocument = graphql(`
  mutation ArchivePerson($id: ID!) {
    archivePerson(id: $id) {
      id
      archivedAt
      version
    }
  }
`);

const ErasePersonDocument = graphql(`
  mutation ErasePerson($id: ID!) {
    erasePerson(id: $id) {
      id
      name
      email
      title
      gender
      archivedAt
      erasedAt
      viewerMayEdit
      version
    }
  }
`);

type PagePerson = NonNullable<PersonPageQuery['person']>;

const valuesOf = (person: PagePerson): PersonValues => ({
  name: person.name,
  email: person.email ?? '',
  title: person.title ?? '',
  gender: person.gender ?? '',
  employer: employerOf(person),
  profession: person.profession ?? '',
  careLevel: person.careLevel ?? '',
});

function EditPersonForm({
  person,
  onSaved,
  onCancel,
}: {
  person: PagePerson;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [values, setValues] = useState(valuesOf(person));
  const [update, { loading, error }] = useMutation(UpdatePersonDocument);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await update({
      variables: { input: { id: person.id, expectedVersion: person.version, ...personInput(values) } },
    }).catch(() => null);
    if (result?.data) onSaved(result.data.updatePerson.name);
  };
  const apiProblem = problem(error);
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-label={t('personEdit.title')}>
      <h2>{t('personEdit.title')}</h2>
      <PersonFields values={values} onChange={setValues} problem={apiProblem} />
      <ProblemMessage problem={formLevel(apiProblem, PERSON_FIELDS)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Archiving and erasure, each confirmed first: erasure cannot be undone. */
function PersonActions({ person, onSaved }: { person: PagePerson; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const problem = useApiProblem();
  const [archive, archiving] = useMutation(ArchivePersonDocument);
  const [erase, erasing] = useMutation(ErasePersonDocument, { refetchQueries: ['AuditHistory'] });
  const apiProblem = problem(archiving.error ?? erasing.error);
  if (!can.handlePersonalData || person.erasedAt) return null;
  return (
    <div className="actions">
      <Link className="button" to={`/persons/${person.id}/extract`}>
        {t('personActions.extract')}
      </Link>
      {!person.archivedAt && (
        <button
          type="button"
          disabled={archiving.loading}
          onClick={() =>
            window.confirm(t('personActions.confirmArchive', { name: person.name })) &&
            void archive({ variables: { id: person.id } }).then(
              () => onSaved(t('personActions.archived', { name: person.name })),
              () => null,
            )
          }
        >
          {archiving.loading ? t('common.saving') : t('personActions.archive')}
        </button>
      )}
      <button
        type="button"
        className="danger"
        disabled={erasing.loading}
        onClick={() =>
          window.confirm(t('personActions.confirmErase', { name: person.name })) &&
          void erase({ variables: { id: person.id } }).then(
            () => onSaved(t('personActions.erased')),
            () => null,
          )
        }
      >
        {erasing.loading ? t('common.saving') : t('personActions.erase')}
      </button>
      <ProblemMessage problem={apiProblem} />
    </div>
  );
}

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading } = useQuery(PersonPageDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  // What the last save on this page did (edited, archived, erased), confirmed politely.
  const [saved, setSaved] = useState('');
  const person = data?.person;
  if (loading && !person) return <p role="status">{t('common.loading')}</p>;
  if (!person) {
    return (
      <section>
        <h1>{t('person.notFound')}</h1>
        <Link to="/persons">{t('persons.title')}</Link>
      </section>
    );
  }
  // Current seats first, then the ended ones; the API already orders each by start date, newest first.
  const seats = [...person.memberships.filter((m) => m.active), ...person.memberships.filter((m) => !m.active)];
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/persons">{t('persons.title')}</Link>
      </p>
      <h1>{person.name}</h1>
      {person.erasedAt && <p className="notice">{t('person.erased', { date: person.erasedAt.slice(0, 10) })}</p>}
      {editing ? (
        <EditPersonForm
          person={person}
          onSaved={(name) => {
            setEditing(false);
            setSaved(t('personEdit.saved', { name }));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        person.viewerMayEdit && (
          <p className="actions">
            <button
              type="button"
              onClick={() => {
                setSaved('');
                setEditing(true);
              }}
            >
              {t('personEdit.open')}
            </button>
          </p>
        )
      )}
      <SaveStatus message={saved} />
      <PersonActions person={person} onSaved={setSaved} />
      <PersonFormerRecords personId={person.id} />
      <dl className="facts">
        <dt>{t('person.title')}</dt>
        <dd>{person.title ?? '–'}</dd>
        <dt>{t('person.employer')}</dt>
        <dd>{person.employerRegion?.name ?? person.employerOrganisation?.name ?? '–'}</dd>
        <dt>{t('peopleFields.profession')}</dt>
        <dd>{person.profession ?? '–'}</dd>
        <dt>{t('peopleFields.careLevel')}</dt>
        <dd>{person.careLevel ? t(`peopleFields.careLevels.${person.careLevel}`) : '–'}</dd>
        <dt>{t('person.gender')}</dt>
        <dd>{person.gender ? t(`gender.${person.gender}`) : '–'}</dd>
        <dt>{t('person.email')}</dt>
        <dd>{person.email ?? '–'}</dd>
        {person.archivedAt && (
          <>
            <dt>{t('person.archived')}</dt>
            <dd>{person.archivedAt.slice(0, 10)}</dd>
          </>
        )}
      </dl>
      <h2>{t('person.seats')}</h2>
      {seats.length === 0 ? (
        <p>{t('person.noSeats')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('member.group')}</th>
                <th scope="col">{t('member.role')}</th>
                <th scope="col">{t('membershipTies.representsColumn')}</th>
                <th scope="col">{t('member.startDate')}</th>
                <th scope="col">{t('member.endDate')}</th>
                <th scope="col">{t('person.seatStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {seats.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <TypeBadge type={m.group.type} /> <Link to={`/groups/${m.group.id}`}>{m.group.name}</Link>
                  </th>
                  <td>{t(`memberRole.${m.role}`)}</td>
                  <td>{m.representedRegion?.name ?? m.representedOrganisation?.name ?? '–'}</td>
                  <td>{m.startDate}</td>
                  <td>{m.endDate ?? '–'}</td>
                  <td>{m.active ? t('person.current') : t('person.notCurrent')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PersonContinuedTerms personId={person.id} />
      <AuditHistory entityType="PERSON" entityId={person.id} />
    </article>
  );
}
