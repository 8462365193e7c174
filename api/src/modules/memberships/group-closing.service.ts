import type { EntityManager } from 'typeorm';
import { REGISTER_KEEPERS, requireRole, type Actor } from '../../common/actor.js';
import type { Clock, IsoDate } from '../../common/dates.js';
import type { Transactions } from '../../common/transactions.js';
import type { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import { Membership } from './membership.entity.js';
import type { MembershipsService } from './memberships.service.js';

/**
 * Closing a group: the group closes (GroupsService) and every term still open on its last day ends through the same
 * code path and audit event as ending one membership (MembershipsService), in one transaction. Terms that would only
 * begin later are archived. Closing through updateGroup (status CLOSED) or an import ends the terms here too: this
 * service registers itself with GroupsService as the group's terms ender.
 */
export class GroupClosingService {
  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
  ) {
    groups.endTermsWith((em, actor, operation, group, lastDay) =>
      this.endTermsWithin(em, actor, operation, group, lastDay),
    );
  }

  /** Closes the group on lastDay (default today): its open terms end that day; its history stays. */
  async closeGroup(actor: Actor, id: string, lastDay: IsoDate | null | undefined = null): Promise<Group> {
    requireRole(actor, REGISTER_KEEPERS, 'archive groups');
    const day = lastDay ?? this.clock.today();
    return this.tx.run((em) => this.groups.closeWithin(em, actor, 'archiveGroup', id, day));
  }

  /** Ends the terms still open on the last day and archives those that would begin later, each with its own event. */
  private async endTermsWithin(em: EntityManager, actor: Actor, operation: string, group: Group, lastDay: IsoDate) {
    const open = await em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.groupId = :id AND m.archivedAt IS NULL', { id: group.id })
      .andWhere('(m.endDate IS NULL OR m.endDate > :lastDay)', { lastDay })
      .orderBy('m.startDate')
      .addOrderBy('m.id')
      .getMany();
    for (const membership of open) {
      if (membership.startDate > lastDay) await this.memberships.archiveWithin(em, actor, operation, membership.id);
      else await this.memberships.endWithin(em, actor, operation, membership.id, lastDay);
    }
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    groupClosing: GroupClosingService;
  }
}
