import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { TypeBadge } from './TypeBadge';

export const NominationHeader_NominationFragment = graphql(`
  fragment NominationHeader_nomination on Nomination {
    status
    role
    dueDate
    decisionReference
    group {
      id
      name
      type
      eligibleRegions {
        id
        name
      }
    }
  }
`);

/** The nomination's title and facts: group, status, role, seats, due date and the decision's reference. */
export function NominationHeader(props: {
  nomination: FragmentType<typeof NominationHeader_NominationFragment>;
  /** The route reads the seats too, for the decision. */
  seats: number;
}) {
  const { t } = useTranslation();
  const nomination = getFragmentData(NominationHeader_NominationFragment, props.nomination);
  return (
    <>
      <h1>
        {t('nomination.title')} <TypeBadge type={nomination.group.type} />{' '}
        <Link to={`/groups/${nomination.group.id}`}>{nomination.group.name}</Link>
      </h1>
      <dl className="facts">
        <dt>{t('group.status')}</dt>
        <dd>{t(`nominationStatus.${nomination.status}`)}</dd>
        <dt>{t('member.role')}</dt>
        <dd>{t(`memberRole.${nomination.role}`)}</dd>
        <dt>{t('nominations.seats')}</dt>
        <dd>{props.seats}</dd>
        <dt>{t('nominations.dueDate')}</dt>
        <dd>{nomination.dueDate}</dd>
        {nomination.decisionReference && (
          <>
            <dt>{t('nomination.reference')}</dt>
            <dd>{nomination.decisionReference}</dd>
          </>
        )}
      </dl>
    </>
  );
}
