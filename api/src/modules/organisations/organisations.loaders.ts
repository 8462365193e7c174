import type { LoaderKit } from '../../common/loader-kit.js';
import type { OrganisationsService } from './organisations.service.js';

/** Per-request loader of organisations (employers and represented organisations). */
export function organisationsLoaders(services: { organisations: OrganisationsService }, kit: LoaderKit) {
  return {
    organisation: kit.byId((ids) => services.organisations.byIds(ids)),
  };
}

type OrganisationsLoaders = ReturnType<typeof organisationsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends OrganisationsLoaders {}
}
