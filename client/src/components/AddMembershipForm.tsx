import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem, type ApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MemberRole, Participation, Tier } from '../gql/graphql';
import { today } from '../today';
import { Field } from './Field';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { ProblemMessage } from './ProblemMessage';
import { SaveStatus } from './SaveStatus';
import { MembershipTiesFields, TIES_FIELDS, tiesInput, type TiesValues } from './MembershipTiesFields';
import { TermDates } from './TermDates';

const AddMembershipFormDocument = graphql(`
  query AddMembershipForm($groupId: ID!) {
    memberRoles {
      role
      representsRegion
      representsOrganisation
      defaultParticipation
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

// The fields that show the API's refusals themselves; the person picker shows those about the person.
const ON_SCREEN = ['personId', 'role', 'participation', 'startDate', 'endDate', ...TIES_FIELDS];
const NO_TIES: TiesValues = { represents: '', standsInForId: '', interestsReviewedOn: '' };

const PARTICIPATIONS: Participation[] = ['DECIDING', 'SPEAKING', 'ATTENDING'];

/**
 * How the member takes part in the group's meetings. Until one is chosen, the role's default (the API's rule, from
 * `memberRoles`) stands; changing the role goes back to the new role's default.
 */
export function ParticipationField({
  value,
  onChange,
  problem,
}: {
  value: Participation | undefined;
  onChange: (participation: Participation) => void;
  problem: ApiProblem | null;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('member.participation')} name="participation" problem={problem}>
      {(control) => (
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value as Participation)} {...control}>
          {value === undefined && <option value="">{t('common.loading')}</option>}
          {PARTICIPATIONS.map((p) => (
            <option key={p} value={p}>
              {t(`member.participations.${p}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

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

export function AddMembershipForm({ group, onAdded }: { group: { id: string; tier: Tier }; onAdded: () => void }) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const { data } = useQuery(AddMembershipFormDocument, { variables: { groupId: group.id } });
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [chosenParticipation, setParticipation] = useState<Participation | null>(null);
  const [ties, setTies] = useState<TiesValues>(NO_TIES);
  const [startDate, setStartDate] = useState(today());
  const [endDate, setEndDate] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [missingPerson, setMissingPerson] = useState(false);
  const [add, { loading, error, reset }] = useMutation(AddMembershipDocument);

  const roles = data?.memberRoles ?? [];
  const regions = data?.group?.eligibleRegions ?? [];
  const roleInfo = roles.find((r) => r.role === role) ?? { role, representsRegion: true, representsOrganisation: true };
  const participation = chosenParticipation ?? roles.find((r) => r.role === role)?.defaultParticipation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    if (!person) {
      setMissingPerson(true);
      return;
    }
    const result = await add({
      variables: {
        input: {
          groupId: group.id,
          personId: person.id,
          role,
          participation,
          ...tiesInput(ties, roleInfo),
          startDate,
          endDate: endDate || null,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setAdded(result.data.addMembership.person.name);
      setPerson(null);
      setEndDate('');
      setParticipation(null);
      setTies({ ...NO_TIES, represents: ties.represents });
      onAdded();
    }
  };

  const apiProblem = problem(error);
  return (
    <form className="card add-member" onSubmit={submit} aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t('addMember.title')}</h2>
      <PersonPicker
        value={person}
        problem={missingPerson ? { message: t('addMember.pickPerson'), field: 'personId' } : apiProblem}
        onChange={(p) => {
          reset();
          setMissingPerson(false);
          setPerson(p);
        }}
      />
      <div className="form-row fields">
        <Field label={t('member.role')} name="role" problem={apiProblem}>
          {(control) => (
            <select
              value={role}
              onChange={(e) => {
                setRole(e.target.value as MemberRole);
                setParticipation(null);
                setTies({ ...ties, standsInForId: '' });
              }}
              {...control}
            >
              {roles.map((r) => (
                <option key={r.role} value={r.role}>
                  {t(`memberRole.${r.role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ParticipationField value={participation} onChange={setParticipation} problem={apiProblem} />
        <MembershipTiesFields
          groupId={group.id}
          role={role}
          roleInfo={roleInfo}
          regions={regions}
          regionPlaceholder={group.tier === 'LOCAL' ? t('addMember.ownRegion') : t('addMember.chooseRegion')}
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
          problem={apiProblem}
        />
      </div>
      <ProblemMessage problem={formLevel(apiProblem, ON_SCREEN)} />
      <SaveStatus message={added ? t('addMember.added', { name: added }) : ''} />
      <button type="submit" className="primary" disabled={loading}>
        {loading ? t('common.saving') : t('addMember.submit')}
      </button>
    </form>
  );
}
