import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useCan } from '../auth';
import { AddMembershipForm } from '../components/AddMembershipForm';
import { AuditHistory } from '../components/AuditHistory';
import { GroupSeatsForm } from '../components/GroupSeatsForm';
import { MembersTable } from '../components/MembersTable';
import { TypeBadge } from '../components/TypeBadge';
import { graphql } from '../gql';
import { today } from '../today';
import { ExportButtons } from '../components/ExportButtons';
import { SaveStatus } from '../components/SaveStatus';
import { IsoDateField } from '../components/IsoDateField';
import { GroupMeetings } from '../components/GroupMeetings';
import { GroupLineage } from '../components/GroupLineage';
import { GroupComposition } from '../components/GroupComposition';

const GroupPageDocument = graphql(`
  query GroupPage($id: ID!, $asOf: Date, $includeEnded: Boolean) {
    seatStatus(asOf: $asOf, filter: { groupId: $id }) {
      id
      seats
      filled
      vacant
      healthcareRegion {
        id
        name
      }
      region {
        id
        name
      }
    }
    group(id: $id) {
      id
      name
      type
      tier
      status
      universityHealthcare
      mandate
      healthcareRegion {
        id
        name
      }
      region {
        id
        name
      }
      parent {
        id
        name
        type
      }
      counterpart {
        id
        name
        type
      }
      counterparts {
        id
        name
        type
        healthcareRegion {
          id
          name
        }
        region {
          id
          name
        }
      }
      children {
        id
        name
        type
        status
      }
      memberships(asOf: $asOf, includeEnded: $includeEnded) {
        ...MembersTable_membership
      }
      dialogues {
        id
        heldOn
        year
        supplementary
        answers {
          id
        }
        actions {
          id
          status
        }
      }
    }
  }
`);

export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // What the group form saved before it led here (created, changed, archived), confirmed politely.
  const saved = (useLocation().state as { saved?: string } | null)?.saved ?? '';
  const can = useCan();
  const [asOf, setAsOf] = useState(today());
  const [includeEnded, setIncludeEnded] = useState(false);
  const {
    data: current,
    previousData,
    loading,
    refetch,
  } = useQuery(GroupPageDocument, {
    variables: { id, asOf: includeEnded ? null : asOf, includeEnded },
  });
  // A new date keeps the page (and the date field with the focus) while the members on that day load.
  const data = current ?? (previousData?.group?.id === id ? previousData : undefined);
  const group = data?.group;
  if (loading && !group) return <p role="status">{t('common.loading')}</p>;
  if (!group) {
    return (
      <section>
        <h1>{t('group.notFound')}</h1>
        <Link to="/groups">{t('notFound.back')}</Link>
      </section>
    );
  }
  const owner = group.healthcareRegion?.name ?? group.region?.name;
  const refresh = () => void refetch();
  return (
    <article className="group-page">
      <p className="breadcrumb">
        <Link to={`/groups?tier=${group.tier}`}>{t(`tier.${group.tier}`)}</Link>
        {group.parent && (
          <>
            {' › '}
            <Link to={`/groups/${group.parent.id}`}>{`${group.parent.type} ${group.parent.name}`}</Link>
          </>
        )}
      </p>
      <div className="page-heading">
        <h1>
          <TypeBadge type={group.type} /> {group.name}
        </h1>
        {can.editRegister && (
          <div className="actions">
            {group.status !== 'CLOSED' && (
              <Link className="button" to={`/nominations?group=${group.id}&role=MEMBER`}>
                {t('group.openNomination')}
              </Link>
            )}
            <Link className="button" to={`/groups/${group.id}/edit`}>
              {t('group.edit')}
            </Link>
          </div>
        )}
      </div>
      <SaveStatus message={saved} />
      <dl className="facts">
        <dt>{t('group.type')}</dt>
        <dd>{t(`groupType.${group.type}`)}</dd>
        <dt>{t('group.tier')}</dt>
        <dd>{t(`tier.${group.tier}`)}</dd>
        {group.parent && (
          <>
            <dt>{t('group.parent')}</dt>
            <dd>
              <Link to={`/groups/${group.parent.id}`}>{`${group.parent.type} ${group.parent.name}`}</Link>
            </dd>
          </>
        )}
        <dt>{t('group.status')}</dt>
        <dd>{t(`groupStatus.${group.status}`)}</dd>
        {owner && (
          <>
            <dt>{group.type === 'NPO' ? t('group.host') : t('group.owner')}</dt>
            <dd>{owner}</dd>
          </>
        )}
        {group.counterpart && (
          <>
            <dt>{t('group.counterpart')}</dt>
            <dd>
              <Link
                to={`/groups/${group.counterpart.id}`}
              >{`${group.counterpart.type} ${group.counterpart.name}`}</Link>
            </dd>
          </>
        )}
        {group.counterparts.length > 0 && (
          <>
            <dt>{t('group.counterparts', { count: group.counterparts.length })}</dt>
            <dd>
              <ul className="plain-list">
                {group.counterparts.map((c) => (
                  <li key={c.id}>
                    <Link to={`/groups/${c.id}`}>{`${c.type} ${c.name}`}</Link>
                    {(c.healthcareRegion ?? c.region) && (
                      <span className="muted">{` · ${(c.healthcareRegion ?? c.region)!.name}`}</span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('group.universityHealthcare')}</dt>
        <dd>{group.universityHealthcare ? t('common.yes') : t('common.no')}</dd>
        {group.mandate && (
          <>
            <dt>{t('group.mandate')}</dt>
            <dd className="mandate">{group.mandate}</dd>
          </>
        )}
      </dl>
      {group.children.length > 0 && (
        <section>
          <h2>{t('group.children')}</h2>
          <ul className="group-list">
            {group.children.map((child) => (
              <li key={child.id}>
                <TypeBadge type={child.type} /> <Link to={`/groups/${child.id}`}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(data.seatStatus.length > 0 || (can.editRegister && group.status !== 'CLOSED')) && (
        <section aria-labelledby="group-seats-title">
          <h2 id="group-seats-title">{t('group.seats')}</h2>
          <p>{t('seats.vacantTotal', { count: data.seatStatus.reduce((n, row) => n + row.vacant, 0) })}</p>
          {data.seatStatus.length > 0 && (
            <div className="table-scroll">
              <table className="compact">
                <thead>
                  <tr>
                    <th scope="col">{t('vacancies.owner')}</th>
                    <th scope="col">{t('vacancies.seats')}</th>
                    <th scope="col">{t('vacancies.filled')}</th>
                    <th scope="col">{t('vacancies.vacant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.seatStatus.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.region?.name ?? row.healthcareRegion?.name}</th>
                      <td>{row.seats}</td>
                      <td>{row.filled}</td>
                      <td>{row.vacant}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {can.editRegister && group.status !== 'CLOSED' && <GroupSeatsForm groupId={group.id} onSaved={refresh} />}
        </section>
      )}
      <section>
        <h2>{t('group.members')}</h2>
        <ExportButtons input={{ list: 'MEMBERS', groupId: group.id, asOf: includeEnded ? null : asOf }} />
        <div className="filters">
          <IsoDateField
            label={t('group.asOf')}
            value={asOf}
            isDisabled={includeEnded}
            onChange={(value) => value && setAsOf(value)}
          />
          <label className="checkbox">
            <input type="checkbox" checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)} />
            {t('group.showEnded')}
          </label>
        </div>
        <MembersTable
          groupId={group.id}
          memberships={group.memberships}
          canEdit={can.editRegister && group.status !== 'CLOSED'}
          onChanged={refresh}
        />
      </section>
      <GroupComposition groupId={group.id} />
      <GroupMeetings groupId={group.id} canEdit={can.editRegister && group.status !== 'CLOSED'} />
      {group.dialogues.length > 0 && (
        <section>
          <h2>{t('group.dialogues')}</h2>
          <ul>
            {group.dialogues.map((d) => (
              <li key={d.id}>
                <Link to={`/dialogues/${d.id}`}>{d.heldOn}</Link>
                {d.supplementary ? ` (${t('group.supplementary')})` : ''}
                {' · '}
                {t('group.dialogueSummary', {
                  answers: d.answers.length,
                  open: d.actions.filter((a) => a.status === 'OPEN').length,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {can.editRegister && group.status !== 'CLOSED' && (
        <AddMembershipForm group={{ id: group.id, tier: group.tier }} onAdded={refresh} />
      )}
      <GroupLineage groupId={group.id} onChanged={refresh} />
      <AuditHistory entityType="GROUP" entityId={group.id} />
    </article>
  );
}
