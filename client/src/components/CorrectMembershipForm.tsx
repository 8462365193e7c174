import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { graphql } from '../gql';
// The add form's query of roles and eligible regions serves the correction form too.
import {
  AddMembershipFormDocument,
  type MemberRole,
  type MembersTable_MembershipFragment as Row,
  type Participation,
} from '../gql/graphql';
import { ParticipationField } from './AddMembershipForm';
import { MembershipTiesFields, TIES_FIELDS, tiesInput, tiesOf, type TiesValues } from './MembershipTiesFields';
import { ProblemMessage } from './ProblemMessage';
import { TermDates } from './TermDates';

const UpdateMembershipDocument = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      id
      ...MembersTable_membership
    }
  }
`);

/** Corrects an entry: role, represented region, dates and note. The API checks what the combination allows. */
export function CorrectMembership({
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
  const [ties, setTies] = useState<TiesValues>(tiesOf(membership));
  const [startDate, setStartDate] = useState(membership.startDate);
  const [endDate, setEndDate] = useState(membership.endDate ?? '');
  const [note, setNote] = useState(membership.note ?? '');
  const [update, { loading, error }] = useMutation(UpdateMembershipDocument);
  const name = membership.person.name;
  const apiProblem = problem(error);
  const roleInfo = data?.memberRoles.find((r) => r.role === role) ?? {
    role,
    representsRegion: Boolean(membership.representedRegion),
    representsOrganisation: Boolean(membership.representedOrganisation),
  };
  const participation = chosenParticipation ?? data?.memberRoles.find((r) => r.role === role)?.defaultParticipation;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      id: membership.id,
      expectedVersion: membership.version,
      role,
      participation,
      ...tiesInput(ties, roleInfo),
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
        <MembershipTiesFields
          groupId={groupId}
          membershipId={membership.id}
          role={role}
          roleInfo={roleInfo}
          regions={data?.group?.eligibleRegions ?? (membership.representedRegion ? [membership.representedRegion] : [])}
          regionPlaceholder={t('addMember.chooseRegion')}
          startDate={startDate}
          values={ties}
          onChange={setTies}
          problem={apiProblem}
        />
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
      <ProblemMessage problem={formLevel(apiProblem, TIES_FIELDS)} />
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
