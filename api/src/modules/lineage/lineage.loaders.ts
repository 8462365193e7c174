import DataLoader from 'dataloader';
import type { LoaderKit } from '../../common/loader-kit.js';
import type { LineageService } from './lineage.service.js';

/** Per-request loaders of groups' lineage links and of carried-over terms. */
export function lineageLoaders(services: { lineage: LineageService }, kit: LoaderKit) {
  return {
    predecessorLinksOfGroup: kit.grouped(
      (ids) => services.lineage.predecessorLinksOf(ids),
      (link) => link.successorId,
    ),
    successorLinksOfGroup: kit.grouped(
      (ids) => services.lineage.successorLinksOf(ids),
      (link) => link.predecessorId,
    ),
    /** Each group's id and those of every group it descends from. */
    lineageOfGroup: new DataLoader<string, string[]>(async (ids) => {
      const lineages = await services.lineage.lineagesOf(ids);
      return ids.map((id) => lineages.get(id) ?? [id]);
    }),
    continuedMembership: kit.byId((ids) => services.lineage.membershipsByIds(ids)),
    continuationsOfMembership: kit.grouped(
      (ids) => services.lineage.continuationsOf(ids),
      (m) => m.continuesId,
    ),
  };
}

type LineageLoaders = ReturnType<typeof lineageLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends LineageLoaders {}
}
