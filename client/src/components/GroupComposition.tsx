import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../auth';
import { graphql } from '../gql';
import { today } from '../today';
import { CompositionCheckView, kindOf } from './CompositionCheckView';
import { CompositionStatusBadge } from './CompositionStatusBadge';

const GroupCompositionDocument = graphql(`
  query GroupComposition($id: ID!, $asOf: Date) {
    group(id: $id) {
      id
      name
      type
      status
      composition(asOf: $asOf) {
        asOf
        status
        checks {
          ...CompositionCheckView_check
        }
      }
    }
  }
`);

/**
 * The group against its type's composition rules ("Sammansättning"): each rule's status and the API's own words, and
 * for a broken rule a nomination could mend, a link opening that nomination prefilled.
 */
export function GroupComposition({ groupId, asOf }: { groupId: string; asOf?: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data } = useQuery(GroupCompositionDocument, { variables: { id: groupId, asOf: asOf ?? today() } });
  const group = data?.group;
  if (!group) return null;
  const { composition } = group;
  return (
    <section aria-labelledby="group-composition-title" className="group-composition">
      <h2 id="group-composition-title">
        {t('composition.cardTitle')} <CompositionStatusBadge status={composition.status} />
      </h2>
      <p className="muted">
        {t('composition.cardIntro', { type: t(`groupType.${group.type}`), asOf: composition.asOf })}{' '}
        <Link to="/composition">{t('composition.heatMapLink')}</Link>
      </p>
      {composition.checks.length === 0 ? (
        <p>{t('composition.noRules')}</p>
      ) : (
        <ul className="composition-checks">
          {composition.checks.map((check) => (
            <li key={kindOf(check).id}>
              <CompositionCheckView
                check={check}
                group={group}
                canNominate={can.editRegister && group.status !== 'CLOSED'}
                withRule
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
