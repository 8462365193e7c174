import type { LoaderKit } from '../../common/loader-kit.js';
import type { GeographyService } from './geography.service.js';

/** Per-request loaders of healthcare regions and regions. */
export function geographyLoaders(services: { geography: GeographyService }, kit: LoaderKit) {
  return {
    healthcareRegion: kit.byId((ids) => services.geography.healthcareRegionsByIds(ids)),
    region: kit.byId((ids) => services.geography.regionsByIds(ids)),
    regionsOfHealthcareRegion: kit.grouped(
      (ids) => services.geography.regionsOfHealthcareRegions(ids),
      (r) => r.healthcareRegionId,
    ),
  };
}

type GeographyLoaders = ReturnType<typeof geographyLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends GeographyLoaders {}
}
