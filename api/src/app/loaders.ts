import DataLoader from 'dataloader';
import { alignById, groupByKey } from '../common/batch.js';
import type { IsoDate } from '../common/dates.js';
import { badInput } from '../common/errors.js';
import type { Membership } from '../modules/memberships/membership.entity.js';
import type { Services } from './services.js';

/**
 * Rows one request may load through its loaders. The query cost guesses the size of lists without paging (a group's
 * members over the years); this stops a request whose lists are far longer than guessed before it fills the heap.
 * The client's largest screen loads a few thousand.
 */
export const MAX_ROWS_PER_REQUEST = 25_000;

/**
 * Per-request DataLoaders, one per relation: every field resolver reads through them, so a page of N groups with
 * their parents, children, members and regions costs one query per relation, not one per group.
 */
export function createLoaders(services: Services) {
  let rowsLoaded = 0;
  const counted = async <T>(rows: Promise<T[]>) => {
    const loaded = await rows;
    rowsLoaded += loaded.length;
    if (rowsLoaded > MAX_ROWS_PER_REQUEST) {
      throw badInput(`The request reads more than ${MAX_ROWS_PER_REQUEST} records; ask for fewer at a time.`, {
        reason: 'RESPONSE_TOO_LARGE',
        params: { max: MAX_ROWS_PER_REQUEST },
      });
    }
    return loaded;
  };
  const byId = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => alignById(ids, await counted(load(ids))));
  const grouped = <T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string | null) =>
    new DataLoader<string, T[]>(async (keys) => groupByKey(keys, await counted(load(keys)), keyOf));

  const membershipsByDay = new Map<string, DataLoader<string, Membership[]>>();
  return {
    healthcareRegion: byId((ids) => services.geography.healthcareRegionsByIds(ids)),
    region: byId((ids) => services.geography.regionsByIds(ids)),
    regionsOfHealthcareRegion: grouped(
      (ids) => services.geography.regionsOfHealthcareRegions(ids),
      (r) => r.healthcareRegionId,
    ),
    group: byId((ids) => services.groups.byIds(ids)),
    childrenOfGroup: grouped(
      (ids) => services.groups.childrenOf(ids),
      (g) => g.parentId,
    ),
    counterpartsOfGroup: grouped(
      (ids) => services.groups.counterpartsOf(ids),
      (g) => g.counterpartId,
    ),
    person: byId((ids) => services.persons.byIds(ids)),
    user: byId((ids) => services.auth.usersByIds(ids)),
    membershipsOfPerson: grouped(
      (ids) => services.memberships.forPersons(ids),
      (m) => m.personId,
    ),
    nomination: byId((ids) => services.nominations.byIds(ids)),
    candidatesOfNomination: grouped(
      (ids) => services.nominations.candidatesOf(ids),
      (c) => c.nominationId,
    ),
    dialogueQuestion: byId((ids) => services.dialogues.questionsByIds(ids)),
    dialoguesOfGroup: grouped(
      (ids) => services.dialogues.dialoguesOfGroups(ids),
      (d) => d.groupId,
    ),
    answersOfDialogue: grouped(
      (ids) => services.dialogues.answersOf(ids),
      (a) => a.dialogueId,
    ),
    actionsOfDialogue: grouped(
      (ids) => services.dialogues.actionsOf(ids),
      (a) => a.dialogueId,
    ),
    revisionsOfDialogue: grouped(
      (ids) => services.dialogues.revisionsOf(ids),
      (r) => r.dialogueId,
    ),
    runningNominationsOfGroup: grouped(
      (ids) => services.nominations.runningOfGroups(ids),
      (n) => n.groupId,
    ),
    eventsOfNomination: grouped(
      (ids) => services.nominations.eventsOf(ids),
      (e) => e.nominationId,
    ),
    /** Memberships of groups active on a day, or all of them for `null`: one loader per day asked for. */
    membershipsOfGroup(asOf: IsoDate | null): DataLoader<string, Membership[]> {
      const key = asOf ?? 'all';
      let loader = membershipsByDay.get(key);
      if (!loader) {
        loader = grouped(
          (ids) => services.memberships.forGroups(ids, asOf),
          (m) => m.groupId,
        );
        membershipsByDay.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
