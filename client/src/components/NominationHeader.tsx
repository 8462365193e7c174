import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominationData } from './CandidateCard';
import { TypeBadge } from './TypeBadge';

/** The nomination's title and facts: group, status, role, seats, due date and the decision's reference. */
export function NominationHeader({ nomination }: { nomination: NominationData }) {
  const { t } = useTranslation();
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
        <dd>{nomination.seats}</dd>
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
