import type { EntityManager } from 'typeorm';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { Actor } from '../../common/actor.js';
import type { Membership } from './membership.entity.js';

/**
 * Records a change of a membership: it belongs to its group's and its person's history as well as its own. Every
 * change of a term goes through here, whichever service makes it (closing a group ends its members' terms too).
 */
export function recordMembershipChange(
  audit: AuditTrail,
  em: EntityManager,
  actor: Actor,
  operation: string,
  membership: Membership,
  before: object | null,
) {
  return audit.record(em, actor, {
    operation,
    entityType: AuditEntityType.MEMBERSHIP,
    entityId: membership.id,
    before,
    after: membership,
    concerns: [
      { entityType: AuditEntityType.GROUP, entityId: membership.groupId },
      { entityType: AuditEntityType.PERSON, entityId: membership.personId },
    ],
  });
}
