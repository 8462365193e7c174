import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const HealthcareRegionsDocument = graphql(`
  query HealthcareRegions {
    healthcareRegions {
      id
      code
      name
      regions {
        id
        code
        name
      }
    }
  }
`);

/** The six healthcare regions and their regions: reference data, fetched once and then read from the cache. */
export function useHealthcareRegions() {
  const { data } = useQuery(HealthcareRegionsDocument);
  const healthcareRegions = data?.healthcareRegions ?? [];
  return {
    healthcareRegions,
    regions: healthcareRegions.flatMap((hr) => hr.regions).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  };
}
