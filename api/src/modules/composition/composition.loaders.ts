import type DataLoader from 'dataloader';
import type { IsoDate } from '../../common/dates.js';
import type { LoaderKit } from '../../common/loader-kit.js';
import type { CompositionService } from './composition.service.js';
import type { GroupComposition } from './composition.types.js';

/** Per-request loaders of groups' compositions: one loader per day asked for, one evaluation per batch of groups. */
export function compositionLoaders(services: { composition: CompositionService }, kit: LoaderKit) {
  const byDay = new Map<string, DataLoader<string, GroupComposition[]>>();
  return {
    groupComposition(asOf: IsoDate | null): DataLoader<string, GroupComposition[]> {
      const key = asOf ?? 'today';
      let loader = byDay.get(key);
      if (!loader) {
        loader = kit.grouped(
          (ids) => services.composition.evaluateMany(ids, asOf),
          (c) => c.group.id,
        );
        byDay.set(key, loader);
      }
      return loader;
    },
  };
}

type CompositionLoaders = ReturnType<typeof compositionLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends CompositionLoaders {}
}
