/**
 * What the nomination workflow, its candidates and the decision warnings share: the undecided statuses, reading a
 * nomination and its candidates, writing a step of its history, and the rule of which regions may hold a seat of the
 * group.
 */
import { In, type EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Actor } from '../../common/actor.js';
import type { Group } from '../groups/group.entity.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { Candidate, Nomination, type NominationAction, NominationEvent } from './nomination.entity.js';

/** The nomination, or NOT_FOUND (on `field`, when the id came from an input). */
export async function getNomination(em: EntityManager, id: string, field?: string): Promise<Nomination> {
  const nomination = isId(id) ? await em.getRepository(Nomination).findOneBy({ id }) : null;
  if (!nomination) throw notFound('Nomination', id, field);
  return nomination;
}

/** The candidates of the nominations, in the order they were proposed. */
export function candidatesOfNominations(em: EntityManager, nominationIds: readonly string[]): Promise<Candidate[]> {
  return em
    .getRepository(Candidate)
    .find({ where: { nominationId: In(nominationIds.filter(isId)) }, order: { createdAt: 'ASC', id: 'ASC' } });
}

/** Writes a step of the nomination's history, with the status it leaves the nomination in. */
export async function logNominationEvent(
  em: EntityManager,
  nomination: Nomination,
  actor: Actor,
  action: NominationAction,
  detail: string | null,
  personId: string | null = null,
) {
  await em.getRepository(NominationEvent).insert({
    nominationId: nomination.id,
    action,
    status: nomination.status,
    detail,
    personId,
    actorUserId: actor.userId,
  });
}

/** Refuses a region that cannot hold a seat of the group (NOT_FOUND if it is no region at all). */
export async function requireEligibleRegion(
  memberships: MembershipsService,
  em: EntityManager,
  group: Group,
  regionId: string,
  field: string,
): Promise<void> {
  const eligible = await memberships.eligibleRegions(group, em);
  if (!eligible.some((r) => r.id === regionId)) {
    if (!isId(regionId)) throw notFound('Region', regionId, field);
    throw badInput(`The region cannot hold a seat in "${group.name}".`, {
      reason: 'REPRESENTED_REGION_OUTSIDE_OWNER',
      field,
    });
  }
}
