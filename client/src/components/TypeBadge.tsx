import { useTranslation } from 'react-i18next';
import type { GroupType } from '../gql/graphql';

/** The short type code (NPO, RAG …) with its full Swedish name for screen readers and on hover. */
export function TypeBadge({ type }: { type: GroupType }) {
  const { t } = useTranslation();
  return (
    <abbr className={`badge badge-${type.toLowerCase()}`} title={t(`groupType.${type}`)}>
      {type}
    </abbr>
  );
}
