import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { ExpiringTerms } from '../components/ExpiringTerms';
import { OpenNominationForm } from '../components/OpenNominationForm';
import { TypeBadge } from '../components/TypeBadge';
import { Vacancies } from '../components/Vacancies';
import { useHealthcareRegions } from '../components/useHealthcareRegions';
import { graphql } from '../gql';
import type { MemberRole, NominationStatus, Tier } from '../gql/graphql';
import { ExportButtons } from '../components/ExportButtons';
import { PlaceOptions } from '../components/PlaceOptions';

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

const STATUSES: NominationStatus[] = ['OPEN', 'REVIEW', 'DECIDED', 'CANCELLED'];
const TIERS: Tier[] = ['NATIONAL', 'HEALTHCARE_REGION', 'LOCAL'];

/** The nomination process at a glance: one column per status. */
export function NominationsBoard() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [tier, setTier] = useState<Tier | ''>('');
  const [regionId, setRegionId] = useState('');
  const [groupSearch, setGroupSearch] = useState('');
  const { regions } = useHealthcareRegions();
  // The form follows the URL: a vacancy row or a group page links here with ?group=…, the button with ?open=1.
  const showForm = can.editRegister && (params.has('group') || params.get('open') === '1');
  const closeForm = () => setParams({}, { replace: true });
  const { data, loading } = useQuery(NominationsDocument, {
    variables: { tier: tier || null, regionId: regionId || null },
  });
  const term = groupSearch.trim().toLocaleLowerCase('sv');
  const nominations = (data?.nominations.edges.map((e) => e.node) ?? []).filter(
    (n) => !term || n.group.name.toLocaleLowerCase('sv').includes(term),
  );
  return (
    <section>
      <div className="page-heading">
        <h1>{t('nominations.title')}</h1>
        <ExportButtons
          input={{ list: 'NOMINATIONS', nominationFilter: { tier: tier || null, regionId: regionId || null } }}
        />
        {can.editRegister && !showForm && (
          <button type="button" className="primary" onClick={() => setParams({ open: '1' })}>
            {t('nominations.open')}
          </button>
        )}
      </div>
      {showForm && (
        <OpenNominationForm
          key={params.toString()}
          prefill={{
            groupId: params.get('group'),
            role: (params.get('role') as MemberRole | null) ?? null,
            regionId: params.get('region'),
          }}
          onCancel={closeForm}
        />
      )}
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
            <PlaceOptions places={regions} empty={t('nominations.allRegions')} />
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
