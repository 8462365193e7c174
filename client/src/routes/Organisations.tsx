import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { RowActions } from '../components/RowActions';
import { ActionsHeader } from '../components/ActionsHeader';
import { OrganisationForm, OrganisationKindOptions, type OrganisationValues } from '../components/OrganisationForm';
import { ProblemMessage } from '../components/ProblemMessage';
import { SaveStatus } from '../components/SaveStatus';
import { useEditing } from '../components/useEditing';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { OrganisationKind } from '../gql/graphql';

const OrganisationsDocument = graphql(`
  query Organisations($kind: OrganisationKind, $search: String) {
    organisations(kind: $kind, search: $search) {
      id
      name
      kind
      version
      region {
        id
        name
      }
      employeeCount
      seatCount
    }
  }
`);

const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      version
    }
  }
`);

const DeleteOrganisationDocument = graphql(`
  mutation DeleteOrganisation($id: ID!, $expectedVersion: Int) {
    deleteOrganisation(id: $id, expectedVersion: $expectedVersion)
  }
`);

/**
 * Organisations other than the regions (municipalities, universities, SKR, agencies, patient organisations): the
 * employers and seat owners beside the regions. Everyone reads the list; coordinators add, edit and delete, and the
 * API refuses to delete one that still employs someone or that a seat represents.
 */
export function Organisations() {
  const { t } = useTranslation();
  const can = useCan();
  const problem = useApiProblem();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') || null) as OrganisationKind | null;
  const search = params.get('q') ?? '';
  const { data, loading, refetch } = useQuery(OrganisationsDocument, {
    variables: { kind, search: search.trim() || null },
  });
  const [saved, setSaved] = useState('');
  const [create, creating] = useMutation(CreateOrganisationDocument);
  const [update, updating] = useMutation(UpdateOrganisationDocument);
  const [remove, removing] = useMutation(DeleteOrganisationDocument);
  const { editing, cancel, start, afterSave, deleteRecord } = useEditing({
    mutations: [creating, updating, removing],
    refetch,
    say: setSaved,
  });
  const organisations = data?.organisations ?? [];
  const edited = editing?.mode === 'edit' ? organisations.find((o) => o.id === editing.id) : undefined;
  const filter = (changes: { kind?: string; q?: string }) => {
    const next = { kind: changes.kind ?? kind ?? '', q: changes.q ?? search };
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value)), { replace: true });
  };

  const save = async (values: OrganisationValues) => {
    const result = edited
      ? await update({ variables: { input: { id: edited.id, expectedVersion: edited.version, ...values } } }).catch(
          () => null,
        )
      : await create({ variables: { input: values } }).catch(() => null);
    await afterSave(result, (saved) =>
      t('organisations.saved', {
        name: 'updateOrganisation' in saved ? saved.updateOrganisation.name : saved.createOrganisation.name,
      }),
    );
  };
  const formTitle = edited ? t('organisations.editTitle', { name: edited.name }) : t('organisations.newTitle');

  return (
    <section className="organisations">
      <h1>{t('organisations.title')}</h1>
      <p className="muted">{t('organisations.intro')}</p>
      <SaveStatus message={saved} />
      <div className="filters">
        <label>
          {t('organisations.kind')}
          <select value={kind ?? ''} onChange={(e) => filter({ kind: e.target.value })}>
            <option value="">{t('organisations.allKinds')}</option>
            <OrganisationKindOptions />
          </select>
        </label>
        <label>
          {t('organisations.search')}
          <input type="search" value={search} onChange={(e) => filter({ q: e.target.value })} />
        </label>
        {can.editRegister && !editing && (
          <button type="button" className="primary" onClick={() => start({ mode: 'new' })}>
            {t('organisations.new')}
          </button>
        )}
        {loading && (
          <span role="status" className="muted">
            {t('common.loading')}
          </span>
        )}
      </div>
      {editing && can.editRegister && (
        <section aria-labelledby="organisation-form-title" className="card">
          <h2 id="organisation-form-title">{formTitle}</h2>
          <OrganisationForm
            key={editing.mode === 'edit' ? editing.id : 'new'}
            label={formTitle}
            initial={
              edited
                ? { name: edited.name, kind: edited.kind, regionId: edited.region?.id ?? null }
                : { name: '', kind: kind ?? 'MUNICIPALITY', regionId: null }
            }
            problem={problem(editing.mode === 'edit' ? updating.error : creating.error)}
            saving={creating.loading || updating.loading}
            onSave={(values) => void save(values)}
            onCancel={cancel}
          />
        </section>
      )}
      <ProblemMessage problem={problem(removing.error)} />
      {data && organisations.length === 0 && <p>{t('organisations.none')}</p>}
      {organisations.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('organisations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.kind')}</th>
                <th scope="col">{t('organisations.region')}</th>
                <th scope="col">{t('organisations.employees')}</th>
                <th scope="col">{t('organisations.seats')}</th>
                {can.editRegister && <ActionsHeader />}
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => {
                const named = { name: organisation.name };
                return (
                  <tr key={organisation.id}>
                    <th scope="row">{organisation.name}</th>
                    <td>{t(`organisationKind.${organisation.kind}`)}</td>
                    <td>{organisation.region?.name ?? t('organisations.national')}</td>
                    <td>{organisation.employeeCount}</td>
                    <td>{organisation.seatCount}</td>
                    {can.editRegister && (
                      <td>
                        <RowActions
                          namespace="organisations"
                          named={named}
                          isDisabled={removing.loading}
                          onEdit={() => start({ mode: 'edit', id: organisation.id })}
                          onDelete={() =>
                            deleteRecord(
                              organisation.id,
                              () =>
                                remove({
                                  variables: { id: organisation.id, expectedVersion: organisation.version },
                                }),
                              t('organisations.deleted', named),
                            )
                          }
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
