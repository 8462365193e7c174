import type DataLoader from 'dataloader';
import type { IsoDate } from '../../common/dates.js';
import type { LoaderKit } from '../../common/loader-kit.js';
import type { Membership } from './membership.entity.js';
import type { MembershipsService } from './memberships.service.js';

/** Per-request loaders of the memberships of persons and of groups. */
export function membershipsLoaders(services: { memberships: MembershipsService }, kit: LoaderKit) {
  const membershipsByDay = new Map<string, DataLoader<string, Membership[]>>();
  const deputiesByDay = new Map<string, DataLoader<string, Membership[]>>();
  const seatCountsByDay = new Map<string, DataLoader<string, { id: string; count: number } | null>>();
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
    membership: kit.byId((ids) => services.memberships.byIds(ids)),
    /** The deputies tied to members, active on a day or all of them for `null`: one loader per day asked for. */
    deputiesOf(asOf: IsoDate | null): DataLoader<string, Membership[]> {
      const key = asOf ?? 'all';
      let loader = deputiesByDay.get(key);
      if (!loader) {
        loader = kit.grouped(
          (ids) => services.memberships.deputiesOf(ids, asOf),
          (m) => m.standsInForId,
        );
        deputiesByDay.set(key, loader);
      }
      return loader;
    },
    /** Seats representing organisations on a day: one loader per day asked for. */
    organisationSeatCount(asOf: IsoDate): DataLoader<string, { id: string; count: number } | null> {
      let loader = seatCountsByDay.get(asOf);
      if (!loader) {
        loader = kit.byId((ids) => services.memberships.seatCounts(ids, asOf));
        seatCountsByDay.set(asOf, loader);
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
