import type { LoaderKit } from '../../common/loader-kit.js';
import type { GroupsService } from './groups.service.js';

/** Per-request loaders of groups, their working groups and their counterparts. */
export function groupsLoaders(services: { groups: GroupsService }, kit: LoaderKit) {
  return {
    group: kit.byId((ids) => services.groups.byIds(ids)),
    childrenOfGroup: kit.grouped(
      (ids) => services.groups.childrenOf(ids),
      (g) => g.parentId,
    ),
    counterpartsOfGroup: kit.grouped(
      (ids) => services.groups.counterpartsOf(ids),
      (g) => g.counterpartId,
    ),
  };
}

type GroupsLoaders = ReturnType<typeof groupsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends GroupsLoaders {}
}
