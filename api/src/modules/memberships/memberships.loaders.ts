import type DataLoader from 'dataloader';
import type { IsoDate } from '../../common/dates.js';
import type { LoaderKit } from '../../common/loader-kit.js';
import type { Membership } from './membership.entity.js';
import type { MembershipsService } from './memberships.service.js';

/** Per-request loaders of the memberships of persons and of groups. */
export function membershipsLoaders(services: { memberships: MembershipsService }, kit: LoaderKit) {
  const membershipsByDay = new Map<string, DataLoader<string, Membership[]>>();
  return {
    membershipsOfPerson: kit.grouped(
      (ids) => services.memberships.forPersons(ids),
      (m) => m.personId,
    ),
    /** Memberships of groups active on a day, or all of them for `null`: one loader per day asked for. */
    membershipsOfGroup(asOf: IsoDate | null): DataLoader<string, Membership[]> {
      const key = asOf ?? 'all';
      let loader = membershipsByDay.get(key);
      if (!loader) {
        loader = kit.grouped(
          (ids) => services.memberships.forGroups(ids, asOf),
          (m) => m.groupId,
        );
        membershipsByDay.set(key, loader);
      }
      return loader;
    },
  };
}

type MembershipsLoaders = ReturnType<typeof membershipsLoaders>;

declare module '../../common/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RequestLoaders extends MembershipsLoaders {}
}
