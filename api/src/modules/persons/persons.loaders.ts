import type { LoaderKit } from '../../common/loader-kit.js';
import type { PersonsService } from './persons.service.js';

/** Per-request loader of persons. */
export function personsLoaders(services: { persons: PersonsService }, kit: LoaderKit) {
  return {
    person: kit.byId((ids) => services.persons.byIds(ids)),
    /** The number of current persons each organisation employs (rows only for organisations employing someone). */
    employeeCount: kit.byId((ids) => services.persons.employeeCounts(ids)),
  };
}

type PersonsLoaders = ReturnType<typeof personsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends PersonsLoaders {}
}
