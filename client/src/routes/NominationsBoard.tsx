import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { ExpiringTerms } from '../components/ExpiringTerms';
import { ProblemMessage } from '../components/ProblemMessage';
import { TypeBadge } from '../components/TypeBadge';
import { Vacancies } from '../components/Vacancies';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MemberRole, NominationStatus, Tier } from '../gql/graphql';
import { today } from '../today';
import { ExportButtons } from '../components/ExportButtons';

const NominationsDocument = graphql(`
  query Nominations($tier: Tier, $regionId: ID) {
    nominations(filter: { tier: $tier, regionId: $regionId }, first: 100) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          role
          seats
          dueDate
          group {
            id
            name
            type
          }
          candidates {
            id
            withdrawnAt
          }
        }
      }
    }
  }
`);

const NominationGroupsDocument = graphql(`
  query NominationGroups($search: String) {
    groups(filter: { search: $search, status: ACTIVE }, first: 20) {
      edges {
        cursor
        node {
          id
          name
          type
        }
      }
    }
    memberRoles {
      role
    }
  }
`);

const EligibleRegionsDocument = graphql(`
  query EligibleRegions($id: ID!) {
    group(id: $id) {
      id
      eligibleRegions {
        id
        name
      }
    }
  }
`);

const OpenNominationDocument = graphql(`
  mutation OpenNomination($input: OpenNominationInput!) {
    openNomination(input: $input) {
      id
    }
  }
`);

const STATUSES: NominationStatus[] = ['OPEN', 'REVIEW', 'DECIDED', 'CANCELLED'];
const TIERS: Tier[] = ['NATIONAL', 'HEALTHCARE_REGION', 'LOCAL'];

function OpenNominationForm({ initialGroupId }: { initialGroupId: string | null }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [groupId, setGroupId] = useState(initialGroupId ?? '');
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [seats, setSeats] = useState(1);
  const [dueDate, setDueDate] = useState(today());
  const [regionId, setRegionId] = useState('');
  const { data } = useQuery(NominationGroupsDocument, { variables: { search: search.trim() || null } });
  const { data: eligible } = useQuery(EligibleRegionsDocument, { variables: { id: groupId }, skip: !groupId });
  const [openNomination, { loading, error }] = useMutation(OpenNominationDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await openNomination({ variables: { input: { groupId, role, seats, dueDate, regionId: regionId || null } } }).catch(() => null);
    if (result?.data) navigate(`/nominations/${result.data.openNomination.id}`);
  };
  const groups = data?.groups.edges.map((e) => e.node) ?? [];
  return (
    <form className="card" onSubmit={submit} aria-labelledby="open-nomination-title">
      <h2 id="open-nomination-title">{t('nominations.open')}</h2>
      <div className="form-row">
        <label>
          {t('nominations.searchGroup')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          {t('nominations.group')}
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)} required>
            <option value="">{t('nominations.chooseGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>{`${g.type} ${g.name}`}</option>
            ))}
          </select>
        </label>
        <label>
          {t('member.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {data?.memberRoles.map((r) => (
              <option key={r.role} value={r.role}>
                {t(`memberRole.${r.role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('nominations.seats')}
          <input type="number" min={1} max={50} value={seats} onChange={(e) => setSeats(Number(e.target.value))} required />
        </label>
        <label>
          {t('nominations.dueDate')}
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required />
        </label>
        <label>
          {t('nominations.forRegion')}
          <select value={regionId} onChange={(e) => setRegionId(e.target.value)}>
            <option value="">{t('nominations.anyRegion')}</option>
            {eligible?.group?.eligibleRegions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemMessage problem={problem(error)} />
      <button type="submit" className="primary" disabled={loading || !groupId}>
        {loading ? t('common.saving') : t('nominations.openSubmit')}
      </button>
    </form>
  );
}

/** The nomination process at a glance: one column per status. */
export function NominationsBoard() {
  const { t } = useTranslation();
  const can = useCan();
  const [params] = useSearchParams();
  const [tier, setTier] = useState<Tier | ''>('');
  const [regionId, setRegionId] = useState('');
  const [groupSearch, setGroupSearch] = useState('');
  const { regions } = useHealthcareRegions();
  const [showForm, setShowForm] = useState(Boolean(params.get('group')));
  const { data, loading } = useQuery(NominationsDocument, { variables: { tier: tier || null, regionId: regionId || null } });
  const term = groupSearch.trim().toLocaleLowerCase('sv');
  const nominations = (data?.nominations.edges.map((e) => e.node) ?? []).filter((n) => !term || n.group.name.toLocaleLowerCase('sv').includes(term));
  return (
    <section>
      <div className="page-heading">
        <h1>{t('nominations.title')}</h1>
        <ExportButtons input={{ list: 'NOMINATIONS', nominationFilter: { tier: tier || null, regionId: regionId || null } }} />
        {can.editRegister && !showForm && (
          <button type="button" className="primary" onClick={() => setShowForm(true)}>
            {t('nominations.open')}
          </button>
        )}
      </div>
      {showForm && <OpenNominationForm initialGroupId={params.get('group')} />}
      <div className="filters">
        <label>
          {t('groups.tiers')}
          <select value={tier} onChange={(e) => setTier(e.target.value as Tier | '')}>
            <option value="">{t('nominations.allTiers')}</option>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('groups.region')}
          <select value={regionId} onChange={(e) => setRegionId(e.target.value)}>
            <option value="">{t('nominations.allRegions')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t('nominations.searchGroup')}
          <input type="search" value={groupSearch} onChange={(e) => setGroupSearch(e.target.value)} />
        </label>
      </div>
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <div className="board">
          {STATUSES.map((status) => {
            const column = nominations.filter((n) => n.status === status);
            return (
              <section key={status} className="board-column" aria-labelledby={`column-${status}`}>
                <h2 id={`column-${status}`}>
                  {t(`nominationStatus.${status}`)} ({column.length})
                </h2>
                <ul>
                  {column.map((n) => (
                    <li key={n.id} className="board-card">
                      <TypeBadge type={n.group.type} /> <Link to={`/nominations/${n.id}`}>{n.group.name}</Link>
                      <div className="muted small">
                        {t('nominations.cardLine', {
                          role: t(`memberRole.${n.role}`),
                          seats: n.seats,
                          candidates: n.candidates.filter((c) => !c.withdrawnAt).length,
                          due: n.dueDate,
                        })}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      <Vacancies />
      <ExpiringTerms />
    </section>
  );
}
