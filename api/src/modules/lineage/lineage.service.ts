import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { addDays, type IsoDate } from '../../common/dates.js';
import { badInput, conflict } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { Group } from '../groups/group.entity.js';
import { GroupStatus } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { recordMembershipChange } from '../memberships/membership-audit.js';
import { Membership } from '../memberships/membership.entity.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { GroupSuccession, SuccessionKind } from './group-succession.entity.js';
import { MemberTermsOnSuccession, type RecordSuccessionInput, type SuccessionResult } from './lineage.inputs.js';

const OPERATION = 'recordSuccession';

/** How many groups each kind of change takes on each side: [least, most] (null: no upper bound). */
const SHAPES: Record<SuccessionKind, { predecessors: [number, number | null]; successors: [number, number | null] }> = {
  [SuccessionKind.MERGER]: { predecessors: [1, null], successors: [1, 1] },
  [SuccessionKind.SPLIT]: { predecessors: [1, 1], successors: [2, null] },
  [SuccessionKind.TRANSFORMATION]: { predecessors: [1, 1], successors: [1, 1] },
};

const fits = (count: number, [least, most]: [number, number | null]) =>
  count >= least && (most === null || count <= most);

/**
 * Lineage: groups that change form (merge, split, change type) on a day. One succession is one transaction and one
 * audited operation: the links are written, the predecessors' terms end the day before (each ending through
 * MembershipsService, audited as any term ending), with CARRY_OVER continue in the successor, and predecessors not yet
 * closed close (GroupsService.closeWithin).
 */
export class LineageService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {}

  /** The links in which these groups are the successor (their predecessors), oldest first. */
  predecessorLinksOf(groupIds: readonly string[]): Promise<GroupSuccession[]> {
    return this.links('successorId', groupIds);
  }

  /** The links in which these groups are the predecessor (their successors), oldest first. */
  successorLinksOf(groupIds: readonly string[]): Promise<GroupSuccession[]> {
    return this.links('predecessorId', groupIds);
  }

  private links(column: 'successorId' | 'predecessorId', groupIds: readonly string[]): Promise<GroupSuccession[]> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return Promise.resolve([]);
    return this.db
      .getRepository(GroupSuccession)
      .find({ where: { [column]: In(ids) }, order: { takesEffectOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Each group's lineage: the group itself and every group it descends from, transitively. One statement per
   * generation for all groups asked at once.
   */
  async lineagesOf(groupIds: readonly string[], em: EntityManager = this.db.manager): Promise<Map<string, string[]>> {
    const ancestors = new Map<string, Set<string>>(groupIds.map((id) => [id, new Set([id])]));
    const parentsOf = new Map<string, string[]>();
    let frontier = [...new Set(groupIds.filter(isId))];
    while (frontier.length) {
      const links = await em.getRepository(GroupSuccession).find({ where: { successorId: In(frontier) } });
      for (const id of frontier) parentsOf.set(id, []);
      for (const link of links) parentsOf.get(link.successorId)!.push(link.predecessorId);
      frontier = [...new Set(links.map((l) => l.predecessorId))].filter((id) => !parentsOf.has(id));
    }
    for (const [id, seen] of ancestors) {
      const queue = [id];
      while (queue.length) {
        for (const parent of parentsOf.get(queue.pop()!) ?? []) {
          if (!seen.has(parent)) {
            seen.add(parent);
            queue.push(parent);
          }
        }
      }
    }
    return new Map([...ancestors].map(([id, seen]) => [id, [...seen]]));
  }

  /** The memberships these carried over (continuesId), and those that carried over these (continuedBy). */
  membershipsByIds(ids: readonly string[]): Promise<Membership[]> {
    const valid = ids.filter(isId);
    if (!valid.length) return Promise.resolve([]);
    return this.db.getRepository(Membership).findBy({ id: In(valid), archivedAt: IsNull() });
  }

  continuationsOf(ids: readonly string[]): Promise<Membership[]> {
    const valid = ids.filter(isId);
    if (!valid.length) return Promise.resolve([]);
    return this.db.getRepository(Membership).findBy({ continuesId: In(valid), archivedAt: IsNull() });
  }

  async recordSuccession(actor: Actor, input: RecordSuccessionInput): Promise<SuccessionResult> {
    requireRole(actor, REGISTER_KEEPERS, 'record successions');
    return this.tx.run((em) => this.recordWithin(em, actor, input));
  }

  /** Records a succession inside the caller's transaction (the demo seeding uses it). */
  async recordWithin(em: EntityManager, actor: Actor, input: RecordSuccessionInput): Promise<SuccessionResult> {
    const predecessorIds = [...new Set(input.predecessorIds)];
    const successorIds = [...new Set(input.successorIds)];
    this.checkShape(input, predecessorIds, successorIds);
    // Every group of the change, in one order, so two changes sharing groups wait for each other and never deadlock.
    for (const id of [...new Set([...predecessorIds, ...successorIds])].sort()) await this.tx.lock(em, 'groups', id);
    const predecessors = await this.load(em, predecessorIds, 'predecessorIds');
    const successors = await this.load(em, successorIds, 'successorIds');
    await this.checkLinks(em, predecessors, successors);
    const closed = successors.find((g) => g.status === GroupStatus.CLOSED);
    if (closed) {
      throw badInput(`"${closed.name}" is closed and cannot succeed another group.`, {
        reason: 'GROUP_CLOSED',
        field: 'successorIds',
        params: { group: closed.name },
      });
    }

    const successionId = randomUUID();
    const links: GroupSuccession[] = [];
    for (const predecessor of predecessors) {
      for (const successor of successors) {
        const link = em.getRepository(GroupSuccession).create({
          successionId,
          predecessorId: predecessor.id,
          successorId: successor.id,
          kind: input.kind,
          takesEffectOn: input.takesEffectOn,
          note: input.note?.trim() || null,
        });
        await em.getRepository(GroupSuccession).save(link);
        await this.audit.record(em, actor, {
          operation: OPERATION,
          entityType: AuditEntityType.GROUP,
          entityId: successor.id,
          after: link,
          concerns: [{ entityType: AuditEntityType.GROUP, entityId: predecessor.id }],
        });
        links.push(link);
      }
    }

    const lastDay = addDays(input.takesEffectOn, -1);
    const terms = await this.termsGoingOn(em, predecessorIds, input.takesEffectOn);
    // Old term → its continuation, so that a deputy carried over stands in for the continuation of their member.
    const carried = new Map<string, string>();
    for (const term of terms) {
      if (term.startDate > lastDay) await this.memberships.archiveWithin(em, actor, OPERATION, term.id);
      else await this.memberships.endWithin(em, actor, OPERATION, term.id, lastDay);
      if (input.memberTerms === MemberTermsOnSuccession.CARRY_OVER) {
        const standsInForId = term.standsInForId ? (carried.get(term.standsInForId) ?? null) : null;
        const continuation = await this.carryOver(em, actor, term, successors[0]!, input.takesEffectOn, standsInForId);
        carried.set(term.id, continuation.id);
      }
    }
    const carriedOverTerms = carried.size;
    // The predecessors end with the day before; their terms have ended above, so closing finds none left open.
    for (const predecessor of predecessors) {
      if (predecessor.status !== GroupStatus.CLOSED)
        await this.groups.closeWithin(em, actor, OPERATION, predecessor.id, lastDay);
    }
    return { successionId, links, endedTerms: terms.length, carriedOverTerms };
  }

  private checkShape(input: RecordSuccessionInput, predecessorIds: string[], successorIds: string[]): void {
    const shape = SHAPES[input.kind];
    if (!fits(predecessorIds.length, shape.predecessors) || !fits(successorIds.length, shape.successors)) {
      throw badInput(
        `A ${input.kind} takes ${shape.predecessors.join('–')} predecessors and ${shape.successors.join('–')} successors; got ${predecessorIds.length} and ${successorIds.length}.`,
        { reason: 'SUCCESSION_SHAPE', field: 'kind', params: { kind: input.kind } },
      );
    }
    if (predecessorIds.some((id) => successorIds.includes(id))) {
      throw badInput('A group cannot be both a predecessor and a successor in one change.', {
        reason: 'SUCCESSION_CYCLE',
        field: 'successorIds',
      });
    }
    if (input.memberTerms === MemberTermsOnSuccession.CARRY_OVER && successorIds.length !== 1) {
      throw badInput('Terms can be carried over only into a single successor; end them instead.', {
        reason: 'CARRY_OVER_NEEDS_ONE_SUCCESSOR',
        field: 'memberTerms',
      });
    }
  }

  private async load(em: EntityManager, ids: string[], field: string): Promise<Group[]> {
    const groups: Group[] = [];
    for (const id of ids) groups.push(await this.groups.get(id, em, field));
    return groups;
  }

  /**
   * Refuses a pair already linked, a predecessor already succeeded in another change (it ended then), and a successor
   * that the predecessors already descend from (the lineage would run in a circle).
   */
  private async checkLinks(em: EntityManager, predecessors: Group[], successors: Group[]): Promise<void> {
    const existing = await em
      .getRepository(GroupSuccession)
      .find({ where: { predecessorId: In(predecessors.map((g) => g.id)) } });
    const nameOf = (id: string) => predecessors.find((g) => g.id === id)!.name;
    const pair = existing.find((link) => successors.some((g) => g.id === link.successorId));
    if (pair) {
      throw conflict(`The pair is already linked: a successor of "${nameOf(pair.predecessorId)}".`, {
        reason: 'SUCCESSION_EXISTS',
        field: 'successorIds',
        params: { group: nameOf(pair.predecessorId) },
      });
    }
    const succeeded = existing[0];
    if (succeeded) {
      const name = nameOf(succeeded.predecessorId);
      throw conflict(`"${name}" already has a successor; a group can end in only one change.`, {
        reason: 'PREDECESSOR_SUCCEEDED',
        field: 'predecessorIds',
        params: { group: name },
      });
    }
    const lineages = await this.lineagesOf(
      predecessors.map((g) => g.id),
      em,
    );
    const ancestors = new Set([...lineages.values()].flat());
    const looping = successors.find((g) => ancestors.has(g.id));
    if (looping) {
      throw badInput(`"${looping.name}" is already a predecessor of a group it would succeed.`, {
        reason: 'SUCCESSION_CYCLE',
        field: 'successorIds',
        params: { group: looping.name },
      });
    }
  }

  /**
   * The predecessors' terms active on or after the day of the change (not archived), oldest first; deputies tied to
   * a member after the members, so that their member's continuation exists when they are carried over.
   */
  private termsGoingOn(em: EntityManager, groupIds: string[], day: IsoDate): Promise<Membership[]> {
    return em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.groupId IN (:...groupIds) AND m.archivedAt IS NULL', { groupIds })
      .andWhere('(m.endDate IS NULL OR m.endDate >= :day)', { day })
      .orderBy('m.startDate')
      .addOrderBy('m.id')
      .getMany()
      .then((terms) => [...terms.filter((t) => !t.standsInForId), ...terms.filter((t) => t.standsInForId)]);
  }

  /**
   * The term's continuation in the successor from the day of the change (or its own later start), with the same
   * role, participation, represented region or organisation, interests review and its own end date; refused whole with
   * MEMBERSHIP_OVERLAP if the person already sits in the successor then.
   */
  private async carryOver(
    em: EntityManager,
    actor: Actor,
    term: Membership,
    successor: Group,
    day: IsoDate,
    standsInForId: string | null,
  ): Promise<Membership> {
    const startDate = term.startDate > day ? term.startDate : day;
    const added = await this.memberships.addWithin(em, actor, OPERATION, {
      groupId: successor.id,
      personId: term.personId,
      role: term.role,
      participation: term.participation,
      representedRegionId: term.representedRegionId,
      representedOrganisationId: term.representedOrganisationId,
      standsInForId,
      interestsReviewedOn: term.interestsReviewedOn,
      startDate,
      endDate: term.endDate,
      note: term.note,
    });
    const before = this.audit.snapshot(added);
    added.continuesId = term.id;
    await em.getRepository(Membership).save(added);
    await recordMembershipChange(this.audit, em, actor, OPERATION, added, before);
    return added;
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    lineage: LineageService;
  }
}
