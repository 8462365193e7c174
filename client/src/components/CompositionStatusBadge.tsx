import { useTranslation } from 'react-i18next';
import type { CompositionStatus } from '../gql/graphql';

const LEVEL: Record<CompositionStatus, string> = {
  GREEN: 'level-met',
  AMBER: 'level-partly-met',
  RED: 'level-not-met',
};
const ICON: Record<CompositionStatus, string> = { GREEN: '✓', AMBER: '!', RED: '✕' };

/** A composition status as colour, icon and word together: never colour alone. */
export function CompositionStatusBadge({ status }: { status: CompositionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict ${LEVEL[status]}`}>
      <span aria-hidden="true">{ICON[status]} </span>
      {t(`composition.status.${status}`)}
    </span>
  );
}

/** Where a nomination that would mend a check opens: the board's form, prefilled from the address. */
export function nominationLink(
  groupId: string,
  check: { suggestedRole?: string | null; suggestedRegions: { id: string }[] },
): string | null {
  if (!check.suggestedRole) return null;
  const params = new URLSearchParams({ group: groupId, role: check.suggestedRole });
  // One region to ask is named; several (a whole healthcare region missing) are left to the coordinator.
  if (check.suggestedRegions.length === 1) params.set('region', check.suggestedRegions[0]!.id);
  return `/nominations?${params.toString()}`;
}
