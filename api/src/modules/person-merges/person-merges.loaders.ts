import type { LoaderKit } from '../../common/loader-kit.js';
import type { PersonMergesService } from './person-merges.service.js';

/** Per-request loader of the records merged into each person. */
export function personMergesLoaders(services: { personMerges: PersonMergesService }, kit: LoaderKit) {
  return {
    formerRecordsOf: kit.grouped(
      (ids) => services.personMerges.formerRecordsOf(ids),
      (p) => p.mergedIntoId,
    ),
  };
}

type PersonMergesLoaders = ReturnType<typeof personMergesLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends PersonMergesLoaders {}
}
