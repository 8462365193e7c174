import type { RequestLoaders } from '../common/context.js';
import { createLoaderKit } from '../common/loader-kit.js';
import { authLoaders } from '../modules/auth/auth.loaders.js';
import { compositionLoaders } from '../modules/composition/composition.loaders.js';
import { dialoguesLoaders } from '../modules/dialogues/dialogues.loaders.js';
import { geographyLoaders } from '../modules/geography/geography.loaders.js';
import { groupsLoaders } from '../modules/groups/groups.loaders.js';
import { lineageLoaders } from '../modules/lineage/lineage.loaders.js';
import { membershipsLoaders } from '../modules/memberships/memberships.loaders.js';
import { meetingsLoaders } from '../modules/meetings/meetings.loaders.js';
import { nominationsLoaders } from '../modules/nominations/nominations.loaders.js';
import { personsLoaders } from '../modules/persons/persons.loaders.js';
import { populationsLoaders } from '../modules/populations/populations.loaders.js';
import { organisationsLoaders } from '../modules/organisations/organisations.loaders.js';
import { personMergesLoaders } from '../modules/person-merges/person-merges.loaders.js';
import type { Services } from './services.js';

/**
 * Per-request DataLoaders, one per relation, composed from the modules' loader factories: every field resolver reads
 * through them, so a page of N groups with their parents, children, members and regions costs one query per relation,
 * not one per group. All of them share one row budget (common/loader-kit.ts).
 */
export function createLoaders(services: Services): RequestLoaders {
  const kit = createLoaderKit();
  return {
    ...geographyLoaders(services, kit),
    ...authLoaders(services, kit),
    ...groupsLoaders(services, kit),
    ...personsLoaders(services, kit),
    ...organisationsLoaders(services, kit),
    ...membershipsLoaders(services, kit),
    ...lineageLoaders(services, kit),
    ...nominationsLoaders(services, kit),
    ...dialoguesLoaders(services, kit),
    ...meetingsLoaders(services, kit),
    ...populationsLoaders(services, kit),
    ...compositionLoaders(services, kit),
    ...personMergesLoaders(services, kit),
  } satisfies RequestLoaders;
}
