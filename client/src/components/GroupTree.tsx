import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { GroupTree_GroupFragment as BrowserGroup } from '../gql/graphql';
import { TypeBadge } from './TypeBadge';

export const GroupTree_GroupFragment = graphql(`
  fragment GroupTree_group on Group {
    id
    name
    type
    kind
    status
    universityHealthcare
    parent {
      id
    }
    counterpart {
      id
      name
      type
    }
  }
`);

function GroupLine({ group }: { group: BrowserGroup }) {
  const { t } = useTranslation();
  return (
    <span className="group-line">
      <TypeBadge type={group.type} /> <Link to={`/groups/${group.id}`}>{group.name}</Link>
      {group.status !== 'ACTIVE' && (
        <span className={`status status-${group.status.toLowerCase()}`}>{t(`groupStatus.${group.status}`)}</span>
      )}
      {group.universityHealthcare && <span className="tag">{t('groups.university')}</span>}
      {group.counterpart && (
        <span className="muted">
          {' · '}
          {t('groups.counterpart')}:{' '}
          <Link to={`/groups/${group.counterpart.id}`}>{`${group.counterpart.type} ${group.counterpart.name}`}</Link>
        </span>
      )}
    </span>
  );
}

/**
 * One tier's groups: programme areas with their working groups nested under them, then collaboration groups; a flat
 * list when the user searches or filters by type, since matches need not share a parent.
 */
export function GroupTree({
  groups: groupRefs,
  flat,
}: {
  groups: readonly FragmentType<typeof GroupTree_GroupFragment>[];
  flat: boolean;
}) {
  const groups = getFragmentData(GroupTree_GroupFragment, groupRefs);
  const { t } = useTranslation();
  if (flat) {
    return (
      <ul className="group-list">
        {groups.map((g) => (
          <li key={g.id}>
            <GroupLine group={g} />
          </li>
        ))}
      </ul>
    );
  }
  const programmeAreas = groups.filter((g) => g.kind === 'PROGRAMME_AREA');
  const childrenOf = (id: string) => groups.filter((g) => g.parent?.id === id);
  const orphans = groups.filter(
    (g) => g.kind === 'WORKING_GROUP' && !programmeAreas.some((p) => p.id === g.parent?.id),
  );
  const collaboration = groups.filter((g) => g.kind === 'COLLABORATION_GROUP');
  const section = (title: string, items: BrowserGroup[], nested: boolean) =>
    items.length > 0 && (
      <section className="tree-section">
        <h2>{title}</h2>
        <ul className="group-tree">
          {items.map((g) => (
            <li key={g.id}>
              <GroupLine group={g} />
              {nested && childrenOf(g.id).length > 0 && (
                <ul>
                  {childrenOf(g.id).map((child) => (
                    <li key={child.id}>
                      <GroupLine group={child} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <>
      {section(t('groups.programmeAreas'), programmeAreas, true)}
      {section(t('groups.workingGroupsWithoutParent'), orphans, false)}
      {section(t('groups.collaborationGroups'), collaboration, false)}
    </>
  );
}
