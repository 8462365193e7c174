import { useOrganisations } from './useOrganisations';

/** One choice of a region or an organisation, as a select's value: `region:<id>`, `organisation:<id>`, or ''. */
export const choiceOf = (region?: { id: string } | null, organisation?: { id: string } | null) =>
  region ? `region:${region.id}` : organisation ? `organisation:${organisation.id}` : '';

/** The region and the organisation a choice names (null for the other, and for no choice). */
export function splitChoice(choice: string): { regionId: string | null; organisationId: string | null } {
  const [kind, id = null] = choice.split(':');
  return { regionId: kind === 'region' ? id : null, organisationId: kind === 'organisation' ? id : null };
}

/** The options of a select of a region or an organisation, grouped, each group where it is offered. */
export function RegionOrOrganisationOptions({
  regions,
  regionsLabel,
  organisationsLabel,
}: {
  /** The regions offered; none when a region is not. */
  regions: readonly { id: string; name: string }[] | null;
  /** Null when an organisation is not offered. */
  organisationsLabel: string | null;
  regionsLabel: string;
}) {
  const organisations = useOrganisations();
  return (
    <>
      {regions && (
        <optgroup label={regionsLabel}>
          {regions.map((region) => (
            <option key={region.id} value={`region:${region.id}`}>
              {region.name}
            </option>
          ))}
        </optgroup>
      )}
      {organisationsLabel !== null && (
        <optgroup label={organisationsLabel}>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={`organisation:${organisation.id}`}>
              {organisation.name}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
