import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth';
import { graphql } from '../gql';
import { useHealthcareRegions } from './useHealthcareRegions';

const SeatAdviceDocument = graphql(`
  query SeatAdvice($id: ID!, $healthcareRegionId: ID!) {
    nomination(id: $id) {
      id
      recommendation(healthcareRegionId: $healthcareRegionId) {
        rank
        region {
          id
          name
        }
        reason
      }
    }
  }
`);

/**
 * Which region's candidate would bring the viewer's home healthcare region's shares closest to its population shares.
 */
export function SeatAdvice({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { healthcareRegions } = useHealthcareRegions();
  const own = healthcareRegions.find((hr) => hr.id === me.homeHealthcareRegion?.id);
  const { data } = useQuery(SeatAdviceDocument, {
    variables: { id: nominationId, healthcareRegionId: own?.id ?? '' },
    skip: !own,
  });
  const first = data?.nomination?.recommendation[0];
  if (!own || !first) return null;
  return (
    <section className="card advice" aria-labelledby="advice-title">
      <h2 id="advice-title">{t('nomination.adviceTitle', { name: own.name })}</h2>
      <p>
        <strong>{first.region.name}</strong>. {/* The API writes its reasons in Swedish. */}
        <span lang="sv">{first.reason}</span>
      </p>
    </section>
  );
}
