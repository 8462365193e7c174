import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MembersTable_MembershipFragment } from '../gql/graphql';
import { today } from '../today';
import { ProblemMessage } from './ProblemMessage';

graphql(`
  fragment MembersTable_membership on Membership {
    id
    version
    role
    startDate
    endDate
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

function EndMembership({ membership, onEnded }: { membership: MembersTable_MembershipFragment; onEnded: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(today());
  const [end, { loading, error, reset }] = useMutation(EndMembershipDocument);
  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)}>
        {t('endMember.open')}
      </button>
    );
  }
  const submit = async () => {
    const result = await end({ variables: { id: membership.id, endDate, expectedVersion: membership.version } }).catch(() => null);
    if (result?.data) {
      setOpen(false);
      onEnded();
    }
  };
  return (
    <div className="inline-form">
      <label>
        {t('endMember.date', { name: membership.person.name })}
        <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} required />
      </label>
      <button type="button" className="small primary" disabled={loading || !endDate} onClick={() => void submit()}>
        {loading ? t('common.saving') : t('endMember.confirm')}
      </button>
      <button type="button" className="small" onClick={() => { reset(); setOpen(false); }}>
        {t('common.cancel')}
      </button>
      <ProblemMessage problem={problem(error)} />
    </div>
  );
}

/** A term that runs on after today (or has not started yet) can still be ended, or ended sooner. */
const endsLater = (m: MembersTable_MembershipFragment) => !m.endDate || m.endDate > today();

export function MembersTable({ memberships, canEdit, onChanged }: { memberships: MembersTable_MembershipFragment[]; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  if (memberships.length === 0) return <p>{t('group.noMembers')}</p>;
  return (
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
            {canEdit && <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <Link to={`/persons/${m.person.id}`}>{m.person.name}</Link>
                {m.person.title && <span className="muted"> · {m.person.title}</span>}
              </th>
              <td>{t(`memberRole.${m.role}`)}</td>
              <td>{m.representedRegion?.name ?? '–'}</td>
              <td>{m.startDate}</td>
              <td>{m.endDate ?? '–'}</td>
              {canEdit && <td>{endsLater(m) && <EndMembership membership={m} onEnded={onChanged} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
