import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { graphql } from '../gql';
import type { GroupType } from '../gql/graphql';
import { Field } from './Field';

const GroupChoicesDocument = graphql(`
  query GroupChoices($filter: GroupFilter, $after: String) {
    groups(filter: $filter, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          type
          healthcareRegion {
            id
            name
          }
          region {
            id
            name
          }
        }
      }
    }
  }
`);

/** Narrows the choices to one owner; without one, every owner's groups are offered, each named with its owner. */
export interface ChoiceOwner {
  healthcareRegionId: string | null;
  regionId: string | null;
}

/**
 * A select of the groups of one type: a parent or counterpart. Every page is loaded, since six healthcare regions and
 * 21 regions can hold more groups of one type than a page, and many share a name ("RPO Psykisk hälsa").
 */
export function GroupSelect({
  label,
  name,
  type,
  national,
  owner,
  value,
  problem,
  onChange,
}: {
  label: string;
  name: string;
  type: GroupType;
  national: boolean;
  owner: ChoiceOwner;
  value: string;
  problem: ApiProblem | null;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { data, fetchMore } = useQuery(GroupChoicesDocument, { variables: { filter: { types: [type], ...owner } } });
  const page = data?.groups;
  useEffect(() => {
    if (page?.pageInfo.hasNextPage) void fetchMore({ variables: { after: page.pageInfo.endCursor } });
  }, [page?.pageInfo.hasNextPage, page?.pageInfo.endCursor, fetchMore]);
  const narrowed = Boolean(owner.healthcareRegionId || owner.regionId);
  const ownerName = (node: NonNullable<typeof page>['edges'][number]['node']) =>
    national || narrowed ? null : (node.region?.name ?? node.healthcareRegion?.name ?? null);
  return (
    <Field label={label} name={name} problem={problem}>
      {(control) => (
        <select value={value} onChange={(e) => onChange(e.target.value)} {...control}>
          <option value="">{t('common.none')}</option>
          {page?.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {ownerName(node) ? `${node.type} ${node.name} (${ownerName(node)})` : `${node.type} ${node.name}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
