import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';

const PersonContinuedTermsDocument = graphql(`
  query PersonContinuedTerms($id: ID!) {
    person(id: $id) {
      id
      memberships {
        id
        role
        startDate
        endDate
        group {
          id
          name
          type
        }
        continuedBy {
          id
          startDate
          group {
            id
            name
            type
          }
        }
      }
    }
  }
`);

/**
 * A person's terms that went on in a successor group when their group merged, split or changed form: the history
 * reads as one term continuing ("fortsätter uppdraget i …"), not as one ending and another beginning.
 */
export function PersonContinuedTerms({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PersonContinuedTermsDocument, { variables: { id: personId } });
  const continued = (data?.person?.memberships ?? []).flatMap((m) =>
    m.continuedBy ? [{ ...m, next: m.continuedBy }] : [],
  );
  if (!continued.length) return null;
  return (
    <section aria-labelledby="continued-terms-title">
      <h2 id="continued-terms-title">{t('lineage.person.title')}</h2>
      <ul className="plain-list">
        {continued.map((m) => (
          <li key={m.id}>
            {t('lineage.person.continues', {
              role: t(`memberRole.${m.role}`),
              from: `${m.group.type} ${m.group.name}`,
              start: m.startDate,
              end: m.endDate ?? '',
              to: `${m.next.group.type} ${m.next.group.name}`,
              next: m.next.startDate,
            })}{' '}
            <Link to={`/groups/${m.next.group.id}`}>{`${m.next.group.type} ${m.next.group.name}`}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
