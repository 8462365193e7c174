import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
// The add form's query of roles and eligible regions serves the correction form too.
import {
  AddMembershipFormDocument,
  type MemberRole,
  type MembersTable_MembershipFragment as Row,
  type Participation,
} from '../gql/graphql';
import { today } from '../today';
import { ParticipationField } from './AddMembershipForm';
import { ConfirmDialog } from './ConfirmDialog';
import { ProblemMessage } from './ProblemMessage';
import { IsoDateField } from './IsoDateField';
import { TermDates } from './TermDates';
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

const UpdateMembershipDocument = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      version
      role
      participation
      startDate
      endDate
      note
      representedRegion {
        id
        name
      }
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

/** Corrects an entry: role, represented region, dates and note. The API checks what the combination allows. */
function CorrectMembership({
  groupId,
  membership,
  onSaved,
  onCancel,
}: {
  groupId: string;
  membership: Row;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { data } = useQuery(AddMembershipFormDocument, { variables: { groupId } });
  const [role, setRole] = useState<MemberRole>(membership.role);
  // The entry's participation until the role changes; then the new role's default, unless another is chosen.
  const [chosenParticipation, setParticipation] = useState<Participation | null>(membership.participation);
  const [regionId, setRegionId] = useState(membership.representedRegion?.id ?? '');
  const [startDate, setStartDate] = useState(membership.startDate);
  const [endDate, setEndDate] = useState(membership.endDate ?? '');
  const [note, setNote] = useState(membership.note ?? '');
  const [update, { loading, error }] = useMutation(UpdateMembershipDocument);
  const name = membership.person.name;
  const represents = data?.memberRoles.find((r) => r.role === role)?.representsRegion ?? Boolean(regionId);
  const participation = chosenParticipation ?? data?.memberRoles.find((r) => r.role === role)?.defaultParticipation;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      id: membership.id,
      expectedVersion: membership.version,
      role,
      participation,
      representedRegionId: represents ? regionId || null : null,
      startDate,
      endDate: endDate || null,
      note: note || null,
    };
    const result = await update({ variables: { input } }).catch(() => null);
    if (result?.data) onSaved(t('memberships.corrected', { name }));
  };
  return (
    <form className="card" onSubmit={submit} aria-label={t('memberships.correctFor', { name })}>
      <div className="form-row">
        <label>
          {t('member.role')}
          <select
            value={role}
            onChange={(e) => {
              setRole(e.target.value as MemberRole);
              setParticipation(null);
            }}
          >
            {(data?.memberRoles ?? [{ role: membership.role }]).map((r) => (
              <option key={r.role} value={r.role}>
                {t(`memberRole.${r.role}`)}
              </option>
            ))}
          </select>
        </label>
        <ParticipationField value={participation} onChange={setParticipation} problem={null} />
        {represents && (
          <label>
            {t('member.representedRegion')}
            <select value={regionId} onChange={(e) => setRegionId(e.target.value)}>
              <option value="">{t('addMember.chooseRegion')}</option>
              {(
                data?.group?.eligibleRegions ?? (membership.representedRegion ? [membership.representedRegion] : [])
              ).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <TermDates
          startDate={startDate}
          endDate={endDate}
          onStartDateChange={setStartDate}
          onEndDateChange={setEndDate}
        />
      </div>
      <label>
        {t('memberships.note')}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </label>
      <ProblemMessage problem={problem(error)} />
      <div className="actions">
        <button type="submit" className="primary small" disabled={loading}>
          {loading ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
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
                <th scope="col">{t('member.representedRegion')}</th>
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
                  </td>
                  <td>{m.representedRegion?.name ?? '–'}</td>
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
