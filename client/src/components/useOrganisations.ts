import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const OrganisationChoicesDocument = graphql(`
  query OrganisationChoices {
    organisations {
      id
      name
      kind
    }
  }
`);

/** Every organisation other than a region, by name: the choices of the employer and represented-organisation selects. */
export function useOrganisations() {
  const { data } = useQuery(OrganisationChoicesDocument);
  return data?.organisations ?? [];
}
