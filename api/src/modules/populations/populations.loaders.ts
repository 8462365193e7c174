import type { LoaderKit } from '../../common/loader-kit.js';
import type { PopulationsService } from './populations.service.js';

/** Per-request loaders of regions' population figures. */
export function populationsLoaders(services: { populations: PopulationsService }, kit: LoaderKit) {
  return {
    populationsOfRegion: kit.grouped(
      (ids) => services.populations.figuresOf(ids),
      (p) => p.regionId,
    ),
  };
}

type PopulationsLoaders = ReturnType<typeof populationsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends PopulationsLoaders {}
}
