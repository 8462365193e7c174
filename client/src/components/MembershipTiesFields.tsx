import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { graphql } from '../gql';
import type { MemberRole } from '../gql/graphql';
import { today } from '../today';
import { Field } from './Field';
import { IsoDateField, problemAt } from './IsoDateField';
import { choiceOf, RegionOrOrganisationOptions, splitChoice } from './RegionOrOrganisation';

const VotingMembersDocument = graphql(`
  query VotingMembers($groupId: ID!, $asOf: Date!) {
    group(id: $groupId) {
      id
      memberships(asOf: $asOf) {
        id
        votingSeat
        person {
          id
          name
        }
      }
    }
  }
`);

/** What a seat represents, whom a deputy stands in for and when the declaration of interests was reviewed. */
export interface TiesValues {
  /** One choice: `region:<id>`, `organisation:<id>` or empty. */
  represents: string;
  standsInForId: string;
  interestsReviewedOn: string;
}

export const tiesOf = (membership: {
  representedRegion?: { id: string } | null;
  representedOrganisation?: { id: string } | null;
  standsInFor?: { id: string } | null;
  interestsReviewedOn?: string | null;
}): TiesValues => ({
  represents: choiceOf(membership.representedRegion, membership.representedOrganisation),
  standsInForId: membership.standsInFor?.id ?? '',
  interestsReviewedOn: membership.interestsReviewedOn ?? '',
});

export const TIES_FIELDS = ['representedRegionId', 'representedOrganisationId', 'standsInForId', 'interestsReviewedOn'];

/** The API's input for the ties on screen; what the role cannot hold is sent as null (the API would refuse it). */
export function tiesInput(
  values: TiesValues,
  role: { role: MemberRole; representsRegion: boolean; representsOrganisation: boolean },
) {
  const represents = splitChoice(values.represents);
  return {
    representedRegionId: role.representsRegion ? represents.regionId : null,
    representedOrganisationId: role.representsOrganisation ? represents.organisationId : null,
    // The field shows for deputies only.
    standsInForId: role.role === 'DEPUTY' ? values.standsInForId || null : null,
    interestsReviewedOn: values.interestsReviewedOn || null,
  };
}

/**
 * The seat's ties, shared by the forms that add and correct memberships: represents a region or an organisation
 * (one choice, offered as the role allows), stands in for a deciding member of the group on the start date (deputies
 * only), and the day the declaration of interests was last reviewed.
 */
export function MembershipTiesFields({
  groupId,
  membershipId,
  role,
  roleInfo,
  regions,
  regionPlaceholder,
  startDate,
  values,
  onChange,
  problem,
}: {
  groupId: string;
  membershipId?: string;
  role: MemberRole;
  roleInfo: { representsRegion: boolean; representsOrganisation: boolean };
  regions: readonly { id: string; name: string }[];
  regionPlaceholder: string;
  startDate: string;
  values: TiesValues;
  onChange: (values: TiesValues) => void;
  problem: ApiProblem | null;
}) {
  const { t } = useTranslation();
  const deputy = role === 'DEPUTY';
  const { data } = useQuery(VotingMembersDocument, {
    variables: { groupId, asOf: startDate || today() },
    skip: !deputy,
  });
  const set = <K extends keyof TiesValues>(key: K, value: TiesValues[K]) => onChange({ ...values, [key]: value });
  const members = (data?.group?.memberships ?? []).filter((m) => m.votingSeat && m.id !== membershipId);
  const representsField = values.represents.startsWith('organisation:')
    ? 'representedOrganisationId'
    : 'representedRegionId';
  const representsProblem =
    problem?.field === 'representedOrganisationId' || problem?.field === 'representedRegionId'
      ? { ...problem, field: representsField }
      : problem;
  return (
    <>
      {(roleInfo.representsRegion || roleInfo.representsOrganisation) && (
        <Field label={t('membershipTies.represents')} name={representsField} problem={representsProblem}>
          {(control) => (
            <select value={values.represents} onChange={(e) => set('represents', e.target.value)} {...control}>
              <option value="">
                {roleInfo.representsRegion ? regionPlaceholder : t('membershipTies.representsNothing')}
              </option>
              <RegionOrOrganisationOptions
                regions={roleInfo.representsRegion ? regions : null}
                regionsLabel={t('membershipTies.representsRegion')}
                organisationsLabel={roleInfo.representsOrganisation ? t('membershipTies.representsOrganisation') : null}
              />
            </select>
          )}
        </Field>
      )}
      {deputy && (
        <Field
          label={t('membershipTies.standsInFor')}
          name="standsInForId"
          problem={problem}
          hint={t('membershipTies.standsInForHint')}
        >
          {(control) => (
            <select value={values.standsInForId} onChange={(e) => set('standsInForId', e.target.value)} {...control}>
              <option value="">{t('membershipTies.standsInForNone')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <IsoDateField
        label={t('membershipTies.interestsReviewedOn')}
        value={values.interestsReviewedOn}
        onChange={(value) => set('interestsReviewedOn', value)}
        errorMessage={problemAt(problem, 'interestsReviewedOn')}
      />
    </>
  );
}
