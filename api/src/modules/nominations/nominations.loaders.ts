import type { LoaderKit } from '../../common/loader-kit.js';
import type { NominationsService } from './nominations.service.js';

/** Per-request loaders of nominations, their candidates and events, and the running nominations of groups. */
export function nominationsLoaders(services: { nominations: NominationsService }, kit: LoaderKit) {
  return {
    nomination: kit.byId((ids) => services.nominations.byIds(ids)),
    candidatesOfNomination: kit.grouped(
      (ids) => services.nominations.candidatesOf(ids),
      (c) => c.nominationId,
    ),
    runningNominationsOfGroup: kit.grouped(
      (ids) => services.nominations.runningOfGroups(ids),
      (n) => n.groupId,
    ),
    eventsOfNomination: kit.grouped(
      (ids) => services.nominations.eventsOf(ids),
      (e) => e.nominationId,
    ),
  };
}

type NominationsLoaders = ReturnType<typeof nominationsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends NominationsLoaders {}
}
