/**
 * Finding the records a row names among those already in the register: groups by type, name and owner, persons by
 * e-mail or by name and employer region.
 */
import { IsNull, type EntityManager } from 'typeorm';
import { searchKey } from '../../common/connection.js';
import type { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import type { Region } from '../geography/region.entity.js';
import type { GeographyService } from '../geography/geography.service.js';
import { Group } from '../groups/group.entity.js';
import { type GroupType, Tier, tierOf } from '../groups/group-type.js';
import { Person } from '../persons/person.entity.js';
import type { DryRunShadow } from './import-dry-run.js';
import { healthcareRegion, region, RowProblem } from './import-parsing.js';

/** Lookups for one import, loaded once and kept up to date as rows create records. */
export interface Lookups {
  regions: Region[];
  healthcareRegions: HealthcareRegion[];
  groups: Map<string, Group>;
  personsByEmail: Map<string, Person>;
  personsByName: Map<string, Person>;
  /** In a dry run: what earlier, rolled-back chunks created. */
  shadow: DryRunShadow | null;
}

export const groupKey = (type: GroupType, name: string, ownerId: string | null) =>
  `${type}|${searchKey(name)}|${ownerId ?? ''}`;
const personNameKey = (name: string, regionId: string | null) => `${searchKey(name)}|${regionId ?? ''}`;

export async function loadLookups(
  em: EntityManager,
  geography: GeographyService,
  shadow: DryRunShadow | null,
): Promise<Lookups> {
  const [regions, healthcareRegions, groups, persons] = await Promise.all([
    geography.regions(),
    geography.healthcareRegions(),
    em.getRepository(Group).find(),
    em.getRepository(Person).findBy({ erasedAt: IsNull() }),
  ]);
  const lookups: Lookups = {
    regions,
    healthcareRegions,
    groups: new Map(),
    personsByEmail: new Map(),
    personsByName: new Map(),
    shadow,
  };
  for (const group of groups) remember(lookups, group);
  const byId = new Map(persons.map((person) => [person.id, person]));
  const keptOf = (person: Person): Person => {
    const kept = person.mergedIntoId ? byId.get(person.mergedIntoId) : undefined;
    return kept ? keptOf(kept) : person;
  };
  // Former records first, so that a kept person's own name wins where the two spell alike; a file that still spells a
  // merged person the old way finds the person they were merged into, not the archived former record.
  const formerFirst = [...persons].sort((a, b) => Number(!a.mergedIntoId) - Number(!b.mergedIntoId));
  for (const person of formerFirst) {
    const kept = keptOf(person);
    if (person.emailKey) lookups.personsByEmail.set(person.emailKey, kept);
    lookups.personsByName.set(personNameKey(person.name, person.employerRegionId), kept);
  }
  return lookups;
}

export function remember(lookups: Lookups, group: Group): void {
  lookups.groups.set(groupKey(group.type, group.name, group.regionId ?? group.healthcareRegionId), group);
}

export function rememberPerson(lookups: Lookups, person: Person): void {
  if (person.emailKey) lookups.personsByEmail.set(person.emailKey, person);
  lookups.personsByName.set(personNameKey(person.name, person.employerRegionId), person);
}

/**
 * A person by e-mail when given, else by name and employer region; a person found by name who has no e-mail yet
 * is the same person when a later file gives one.
 */
export function findPerson(
  lookups: Lookups,
  name: string,
  email: string | null,
  regionId: string | null,
): Person | undefined {
  const byName = lookups.personsByName.get(personNameKey(name, regionId));
  if (!email) return byName;
  return lookups.personsByEmail.get(email.trim().toLowerCase()) ?? (byName && !byName.emailKey ? byName : undefined);
}

/** A parent or counterpart named in a cell: its type follows from the row's type, its owner from the row's. */
export function relatedGroup(
  lookups: Lookups,
  type: GroupType | null,
  cell: string,
  ownerId: string | null,
  fieldKey: string,
): string {
  const name = type ? cell.replace(new RegExp(`^${type}\\s+`, 'i'), '') : cell;
  const found =
    type &&
    (lookups.groups.get(groupKey(type, name, ownerId)) ??
      (tierOf(type) === Tier.NATIONAL ? nationalGroup(lookups, type, name) : undefined));
  if (!found)
    throw new RowProblem(fieldKey, 'IMPORT_GROUP_UNKNOWN', `There is no ${type ?? ''} "${name}" in the register.`, {
      group: cell,
    });
  return found.id;
}

/** A national group by type and name, whichever healthcare region hosts it. */
export function nationalGroup(lookups: Lookups, type: GroupType, name: string): Group | undefined {
  const key = searchKey(name);
  return [...lookups.groups.values()].find((g) => g.type === type && searchKey(g.name) === key);
}

/** A group's owner: the region of a local group, the healthcare region of the others. */
export function owner(lookups: Lookups, type: GroupType, cell: string): string {
  return tierOf(type) === Tier.LOCAL
    ? region(lookups.regions, cell, 'groupOwner')
    : healthcareRegion(lookups.healthcareRegions, cell, 'groupOwner');
}
