import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { CompositionStatusBadge, nominationLink } from './CompositionStatusBadge';

export const CompositionCheckView_CheckFragment = graphql(`
  fragment CompositionCheckView_check on CompositionCheck {
    status
    message
    suggestedRole
    suggestedRegions {
      id
    }
    rule {
      id
      kind
      severity
    }
  }
`);

/** The rule's kind of a check, for the heat map's columns and keys. */
export const kindOf = (ref: FragmentType<typeof CompositionCheckView_CheckFragment>) =>
  getFragmentData(CompositionCheckView_CheckFragment, ref).rule;

/**
 * One check: its status in colour, icon and word, the API's message, and — for those who may open one — a link
 * opening the nomination that would mend it, prefilled. `withRule` names the rule (the card; the heat map's column
 * header names it there).
 */
export function CompositionCheckView({
  check: ref,
  group,
  canNominate,
  withRule = false,
}: {
  check: FragmentType<typeof CompositionCheckView_CheckFragment>;
  group: { id: string; name: string };
  canNominate: boolean;
  withRule?: boolean;
}) {
  const { t } = useTranslation();
  const check = getFragmentData(CompositionCheckView_CheckFragment, ref);
  const kind = t(`composition.kind.${check.rule.kind}`);
  const link = check.status !== 'GREEN' && canNominate ? nominationLink(group.id, check) : null;
  return (
    <div className="composition-cell">
      {withRule && (
        <>
          <strong>{kind}</strong>{' '}
          <span className="muted small">({t(`composition.severity.${check.rule.severity}`)})</span>{' '}
        </>
      )}
      <CompositionStatusBadge status={check.status} />
      {(withRule || check.status !== 'GREEN') && <div className="small">{check.message}</div>}
      {link && (
        <Link
          className={withRule ? undefined : 'button'}
          to={link}
          aria-label={t('composition.openNominationFor', { rule: kind, group: group.name })}
        >
          {t('composition.openNomination')}
        </Link>
      )}
    </div>
  );
}
