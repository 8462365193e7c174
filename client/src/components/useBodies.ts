import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const BodyTypesDocument = graphql(`
  query BodyTypes {
    groupTypes {
      type
      isBody
    }
  }
`);

const BodiesDocument = graphql(`
  query Bodies($healthcareRegionId: ID!, $types: [GroupType!]!) {
    groups(filter: { healthcareRegionId: $healthcareRegionId, types: $types }, first: 100) {
      edges {
        cursor
        node {
          id
          name
          type
        }
      }
    }
  }
`);

/**
 * The bodies of a healthcare region (förbundsdirektion, beredningsgrupp …), by name. Which types are bodies is the
 * API's word (`GroupTypeInfo.isBody`); a healthcare region has a handful, so one page of groups holds them all.
 */
export function useBodies(healthcareRegionId: string) {
  const { data: typeData } = useQuery(BodyTypesDocument);
  const types = typeData?.groupTypes.filter((info) => info.isBody).map((info) => info.type) ?? [];
  const { data } = useQuery(BodiesDocument, {
    variables: { healthcareRegionId, types },
    skip: !healthcareRegionId || types.length === 0,
  });
  return (data?.groups.edges ?? []).map((edge) => edge.node).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
