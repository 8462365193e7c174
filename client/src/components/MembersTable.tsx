import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { MembersTable_MembershipFragment as Row } from '../gql/graphql';
import { today } from '../today';
import { ConfirmDialog } from './ConfirmDialog';
import { CorrectMembership } from './CorrectMembershipForm';
import { ProblemMessage } from './ProblemMessage';
import { IsoDateField } from './IsoDateField';
import { SaveStatus } from './SaveStatus';
import { ActionsHeader } from './ActionsHeader';

export const MembersTable_MembershipFragment = graphql(`
  fragment MembersTable_membership on Membership {
    id
    version
    role
    participation
    startDate
    endDate
    note
    person {
      id
      name
      title
    }
    representedRegion {
      id
      name
    }
    representedOrganisation {
      id
      name
    }
    standsInFor {
      id
      person {
        id
        name
      }
    }
    interestsReviewedOn
  }
`);

const EndMembershipDocument = graphql(`
  mutation EndMembership($id: ID!, $endDate: Date!, $expectedVersion: Int) {
    endMembership(id: $id, endDate: $endDate, expectedVersion: $expectedVersion) {
      id
      version
      endDate
    }
  }
`);

const ArchiveMembershipDocument = graphql(`
  mutation ArchiveMembership($id: ID!) {
    archiveMembership(id: $id) {
      id
      archivedAt
    }
  }
`);

function EndMembership({
  membership,
  onEnded,
  onCancel,
}: {
  membership: Row;
  onEnded: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [endDate, setEndDate] = useState(today());
  const [end, { loading, error }] = useMutation(EndMembershipDocument);
  const name = membership.person.name;
  return (
    <div className="inline-form">
      <IsoDateField label={t('endMember.date', { name })} value={endDate} onChange={setEndDate} isRequired />
      <ConfirmDialog
        trigger={loading ? t('common.saving') : t('endMember.confirm')}
        triggerClassName="small primary"
        triggerLabel={t('memberships.endConfirmFor', { name })}
        isDisabled={loading || !endDate}
        title={t('memberships.endTitle', { name })}
        confirmLabel={t('endMember.confirm')}
        onConfirm={async () => {
          const result = await end({
            variables: { id: membership.id, endDate, expectedVersion: membership.version },
          }).catch(() => null);
          if (result?.data) onEnded(t('memberships.ended', { name, endDate }));
        }}
      >
        <p>{t('memberships.endBody', { name, endDate })}</p>
      </ConfirmDialog>
      <button type="button" className="small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <ProblemMessage problem={problem(error)} />
    </div>
  );
}

function ArchiveMembership({ membership, onArchived }: { membership: Row; onArchived: (message: string) => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [archive, { loading, error }] = useMutation(ArchiveMembershipDocument);
  const name = membership.person.name;
  return (
    <>
      <ConfirmDialog
        trigger={t('memberships.archive')}
        triggerClassName="small danger"
        triggerLabel={t('memberships.archiveFor', { name })}
        destructive
        isDisabled={loading}
        title={t('memberships.archiveTitle', { name })}
        confirmLabel={t('memberships.archiveConfirm')}
        onConfirm={async () => {
          const result = await archive({ variables: { id: membership.id } }).catch(() => null);
          if (result?.data) onArchived(t('memberships.archived', { name }));
        }}
      >
        <p>{t('memberships.archiveBody', { name })}</p>
      </ConfirmDialog>
      <ProblemMessage problem={problem(error)} />
    </>
  );
}

/** A term that runs on after today (or has not started yet) can still be ended, or ended sooner. */
const endsLater = (m: Row) => !m.endDate || m.endDate > today();

function RowActions({
  groupId,
  membership: m,
  onChanged,
}: {
  groupId: string;
  membership: Row;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'end' | 'correct'>('idle');
  const name = m.person.name;
  const done = (message: string) => {
    setMode('idle');
    onChanged(message);
  };
  if (mode === 'end') return <EndMembership membership={m} onEnded={done} onCancel={() => setMode('idle')} />;
  if (mode === 'correct')
    return <CorrectMembership groupId={groupId} membership={m} onSaved={done} onCancel={() => setMode('idle')} />;
  return (
    <div className="row-actions">
      <button
        type="button"
        className="small"
        aria-label={t('memberships.correctFor', { name })}
        onClick={() => setMode('correct')}
      >
        {t('memberships.correct')}
      </button>
      {endsLater(m) && (
        <button
          type="button"
          className="small"
          aria-label={t('memberships.endFor', { name })}
          onClick={() => setMode('end')}
        >
          {t('endMember.open')}
        </button>
      )}
      <ArchiveMembership membership={m} onArchived={onChanged} />
    </div>
  );
}

export function MembersTable({
  groupId,
  memberships: membershipRefs,
  canEdit,
  onChanged,
}: {
  groupId: string;
  memberships: readonly FragmentType<typeof MembersTable_MembershipFragment>[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const memberships = getFragmentData(MembersTable_MembershipFragment, membershipRefs);
  const [saved, setSaved] = useState<string | null>(null);
  const changed = (message: string) => {
    setSaved(message);
    onChanged();
  };
  return (
    <>
      <SaveStatus message={saved} />
      {memberships.length === 0 ? (
        <p>{t('group.noMembers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="members">
            <caption className="visually-hidden">{t('group.members')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('member.person')}</th>
                <th scope="col">{t('member.role')}</th>
                <th scope="col">{t('membershipTies.representsColumn')}</th>
                <th scope="col">{t('member.startDate')}</th>
                <th scope="col">{t('member.endDate')}</th>
                {canEdit && <ActionsHeader />}
              </tr>
            </thead>
            <tbody>
              {memberships.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>
                    {m.person.title && <span className="muted"> · {m.person.title}</span>}
                  </th>
                  <td>
                    {t(`memberRole.${m.role}`)}
                    {/* Deciding is the rule; only a narrower participation is named. */}
                    {m.participation !== 'DECIDING' && (
                      <span className="muted"> · {t(`member.participations.${m.participation}`)}</span>
                    )}
                    {m.standsInFor && (
                      <span className="muted">
                        {' '}
                        · {t('membershipTies.deputyFor', { name: m.standsInFor.person.name })}
                      </span>
                    )}
                  </td>
                  <td>{m.representedRegion?.name ?? m.representedOrganisation?.name ?? '–'}</td>
                  <td>{m.startDate}</td>
                  <td>{m.endDate ?? '–'}</td>
                  {canEdit && (
                    <td>
                      <RowActions groupId={groupId} membership={m} onChanged={changed} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
