import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MemberRole } from '../gql/graphql';
import { today } from '../today';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { ProblemMessage } from './ProblemMessage';

const AddMembershipFormDocument = graphql(`
  query AddMembershipForm($groupId: ID!) {
    memberRoles {
      role
      representsRegion
    }
    group(id: $groupId) {
      id
      eligibleRegions {
        id
        name
      }
    }
  }
`);

const AddMembershipDocument = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
      person {
        id
        name
      }
    }
  }
`);

export function AddMembershipForm({ group, onAdded }: { group: { id: string; tier: string; healthcareRegionId: string | null; regionId: string | null }; onAdded: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { data } = useQuery(AddMembershipFormDocument, { variables: { groupId: group.id } });
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [regionId, setRegionId] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [endDate, setEndDate] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [add, { loading, error, reset }] = useMutation(AddMembershipDocument);

  const roles = data?.memberRoles ?? [];
  const regions = data?.group?.eligibleRegions ?? [];
  const takesRegion = roles.find((r) => r.role === role)?.representsRegion ?? true;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    setAdded(null);
    const result = await add({
      variables: {
        input: {
          groupId: group.id,
          personId: person.id,
          role,
          representedRegionId: takesRegion && regionId ? regionId : null,
          startDate,
          endDate: endDate || null,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setAdded(result.data.addMembership.person.name);
      setPerson(null);
      setEndDate('');
      onAdded();
    }
  };

  return (
    <form className="card add-member" onSubmit={submit} aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('addMember.title')}</h2>
      <PersonPicker value={person} onChange={(p) => { reset(); setPerson(p); }} />
      <div className="form-row">
        <label>
          {t('member.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {roles.map((r) => (
              <option key={r.role} value={r.role}>
                {t(`memberRole.${r.role}`)}
              </option>
            ))}
          </select>
        </label>
        {takesRegion && (
          <label>
            {t('member.representedRegion')}
            <select value={regionId} onChange={(e) => setRegionId(e.target.value)} required={group.tier !== 'LOCAL'}>
              <option value="">{group.tier === 'LOCAL' ? t('addMember.ownRegion') : t('addMember.chooseRegion')}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('member.startDate')}
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
        </label>
        <label>
          {t('member.endDate')}
          <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </label>
      </div>
      <ProblemMessage problem={problem(error)} />
      {added && (
        <p className="success" role="status">
          {t('addMember.added', { name: added })}
        </p>
      )}
      <button type="submit" className="primary" disabled={loading || !person}>
        {loading ? t('common.saving') : t('addMember.submit')}
      </button>
    </form>
  );
}
