import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Clock, IsoDate } from '../../common/dates.js';
import { containsPattern, type ConnectionData, type PageArgs, paginate, searchKey } from '../../common/connection.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Region } from '../geography/region.entity.js';
import { Group } from './group.entity.js';
import type { CreateGroupInput, GroupFilter, UpdateGroupInput } from './group.inputs.js';
import {
  counterpartTypeOf,
  GroupStatus,
  GroupType,
  isBody,
  parentTypeOf,
  requiresHealthcareRegion,
  takesHealthcareRegion,
  Tier,
  tierOf,
} from './group-type.js';

/** The fields that decide whether a group fits the tier rules. */
interface GroupShape {
  id?: string;
  name: string;
  type: GroupType;
  parentId: string | null;
  counterpartId: string | null;
  healthcareRegionId: string | null;
  regionId: string | null;
}

/** Ends the terms of a group that closes on lastDay, inside the transaction that closes it (see endTermsWith). */
export type GroupTermsEnder = (
  em: EntityManager,
  actor: Actor,
  operation: string,
  group: Group,
  lastDay: IsoDate,
) => Promise<void>;

export class GroupsService {
  private termsEnder: GroupTermsEnder | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** One event per change; closing a group records, besides the group's own, one event per term it ends. */
  private recordChange(em: EntityManager, actor: Actor, operation: string, group: Group, before: object | null) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.GROUP,
      entityId: group.id,
      before,
      after: group,
    });
  }

  list(filter: GroupFilter | null | undefined, page: PageArgs): Promise<ConnectionData<Group>> {
    return paginate(this.filtered(filter), 'searchKey', (g) => g.searchKey, page);
  }

  /** Every group matching the filter, by name: for an export, which lists them all. */
  all(filter: GroupFilter | null | undefined): Promise<Group[]> {
    return this.filtered(filter).orderBy('g.searchKey').addOrderBy('g.id').getMany();
  }

  private filtered(filter: GroupFilter | null | undefined) {
    const query = this.db.getRepository(Group).createQueryBuilder('g');
    // Bodies are listed only when asked for: the group browser, exports and integrations mean the nine types.
    const types = new Set<GroupType>(
      filter?.types?.length
        ? filter.types
        : Object.values(GroupType).filter((type) => filter?.includeBodies || !isBody(type)),
    );
    if (filter?.tier) for (const type of types) if (tierOf(type) !== filter.tier) types.delete(type);
    query.where('g.type IN (:...types)', { types: types.size ? [...types] : ['-'] });
    if (filter?.healthcareRegionId)
      query.andWhere('g.healthcareRegionId = :hr', { hr: this.idOrNone(filter.healthcareRegionId) });
    if (filter?.regionId) query.andWhere('g.regionId = :region', { region: this.idOrNone(filter.regionId) });
    if (filter?.parentId) query.andWhere('g.parentId = :parent', { parent: this.idOrNone(filter.parentId) });
    if (filter?.status) query.andWhere('g.status = :status', { status: filter.status });
    if (filter?.search?.trim())
      query.andWhere("g.searchKey LIKE :pattern ESCAPE '\\'", { pattern: containsPattern(filter.search) });
    return query;
  }

  /** An id that cannot exist still filters correctly, without reaching PostgreSQL's uuid parser. */
  private idOrNone(id: string): string {
    return isId(id) ? id : '00000000-0000-0000-0000-000000000000';
  }

  async find(id: string): Promise<Group | null> {
    return isId(id) ? this.db.getRepository(Group).findOneBy({ id }) : null;
  }

  async get(id: string, em: EntityManager = this.db.manager, field?: string): Promise<Group> {
    const group = isId(id) ? await em.getRepository(Group).findOneBy({ id }) : null;
    if (!group) throw notFound('Group', id, field);
    return group;
  }

  byIds(ids: readonly string[]): Promise<Group[]> {
    return this.db.getRepository(Group).findBy({ id: In(ids.filter(isId)) });
  }

  childrenOf(parentIds: readonly string[]): Promise<Group[]> {
    return this.db
      .getRepository(Group)
      .find({ where: { parentId: In(parentIds.filter(isId)) }, order: { searchKey: 'ASC' } });
  }

  /** The groups one tier down that name these as their counterpart (an NPO's RPOs, an RPO's LPOs), by name. */
  counterpartsOf(groupIds: readonly string[]): Promise<Group[]> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(Group).find({ where: { counterpartId: In(ids) }, order: { searchKey: 'ASC' } });
  }

  async create(actor: Actor, input: CreateGroupInput): Promise<Group> {
    requireRole(actor, REGISTER_KEEPERS, 'create groups');
    return this.tx.run((em) => this.createWithin(em, actor, 'createGroup', input));
  }

  /** Creates a group inside a transaction the caller holds (an import, with its other rows). */
  async createWithin(em: EntityManager, actor: Actor, operation: string, input: CreateGroupInput): Promise<Group> {
    const shape = await this.checkShape(em, {
      name: input.name,
      type: input.type,
      parentId: input.parentId ?? null,
      counterpartId: input.counterpartId ?? null,
      healthcareRegionId: input.healthcareRegionId ?? null,
      regionId: input.regionId ?? null,
    });
    const group = em.getRepository(Group).create({
      ...shape,
      searchKey: searchKey(shape.name),
      status: input.status ?? GroupStatus.ACTIVE,
      universityHealthcare: input.universityHealthcare ?? false,
      mandate: input.mandate ?? null,
    });
    await em.getRepository(Group).save(group);
    await this.recordChange(em, actor, operation, group, null);
    return group;
  }

  async update(actor: Actor, input: UpdateGroupInput): Promise<Group> {
    requireRole(actor, REGISTER_KEEPERS, 'edit groups');
    return this.tx.run((em) => this.updateWithin(em, actor, 'updateGroup', input));
  }

  async updateWithin(em: EntityManager, actor: Actor, operation: string, input: UpdateGroupInput): Promise<Group> {
    await this.tx.lock(em, 'groups', input.id);
    const group = await this.get(input.id, em);
    requireVersion(group, input.expectedVersion, 'group');
    const before = this.audit.snapshot(group);
    const pick = <K extends keyof GroupShape>(key: K & keyof UpdateGroupInput): GroupShape[K] =>
      (input[key] === undefined ? group[key] : input[key]) as GroupShape[K];
    const shape = await this.checkShape(em, {
      id: group.id,
      name: input.name ?? group.name,
      type: group.type,
      parentId: pick('parentId'),
      counterpartId: pick('counterpartId'),
      healthcareRegionId: pick('healthcareRegionId'),
      regionId: pick('regionId'),
    });
    Object.assign(group, shape, { searchKey: searchKey(shape.name) });
    if (input.status === GroupStatus.CLOSED && group.status !== GroupStatus.CLOSED)
      await this.close(em, actor, operation, group, this.clock.today());
    else if (input.status != null) group.status = input.status;
    if (input.universityHealthcare != null) group.universityHealthcare = input.universityHealthcare;
    if (input.mandate !== undefined) group.mandate = input.mandate;
    await em.getRepository(Group).save(group);
    await this.recordChange(em, actor, operation, group, before);
    return group;
  }

  /**
   * Registers who ends a closing group's terms: the memberships module, which owns them (GroupClosingService). Groups
   * sit below memberships and do not import them; closing a group without a registered ender is a wiring error.
   */
  endTermsWith(ender: GroupTermsEnder): void {
    this.termsEnder = ender;
  }

  /**
   * Closes a group on its last day inside the caller's transaction: locks it (serialised with addMembership, which
   * locks the group too, so no term can open after the last day), refuses a group already closed, has its terms
   * ended by the memberships module and records the group's own event.
   */
  async closeWithin(em: EntityManager, actor: Actor, operation: string, id: string, lastDay: IsoDate): Promise<Group> {
    await this.tx.lock(em, 'groups', id);
    const group = await this.get(id, em);
    if (group.status === GroupStatus.CLOSED) {
      throw conflict(`The group "${group.name}" is already closed.`, { reason: 'GROUP_ALREADY_CLOSED' });
    }
    const before = this.audit.snapshot(group);
    await this.close(em, actor, operation, group, lastDay);
    await em.getRepository(Group).save(group);
    await this.recordChange(em, actor, operation, group, before);
    return group;
  }

  private async close(em: EntityManager, actor: Actor, operation: string, group: Group, lastDay: IsoDate) {
    if (!this.termsEnder) throw new Error('no GroupTermsEnder registered: build GroupClosingService with the services');
    await this.termsEnder(em, actor, operation, group, lastDay);
    group.status = GroupStatus.CLOSED;
  }

  /**
   * The tier rules of the matching three-tier structure, applied to a new or edited group. Missing owners are
   * inherited from the parent (a RAG belongs to its RPO's healthcare region, a LAG to its LPO's region).
   */
  private async checkShape(em: EntityManager, shape: GroupShape): Promise<GroupShape> {
    const name = shape.name.trim();
    if (!name) throw badInput('A group needs a name.', { reason: 'REQUIRED', field: 'name' });
    const tier = tierOf(shape.type);
    const result: GroupShape = { ...shape, name };

    const parent = shape.parentId ? await this.get(shape.parentId, em, 'parentId') : null;
    const expectedParent = parentTypeOf(shape.type);
    if (parent) {
      if (!expectedParent) {
        throw badInput(
          `A ${shape.type} has no parent group; only working groups (NAG, RAG, LAG) sit under a programme area.`,
          {
            reason: 'GROUP_PARENT_NOT_ALLOWED',
            field: 'parentId',
            params: { type: shape.type },
          },
        );
      }
      if (parent.type !== expectedParent) {
        throw badInput(`A ${shape.type}'s parent must be an ${expectedParent}, not an ${parent.type}.`, {
          reason: 'GROUP_PARENT_TYPE',
          field: 'parentId',
          params: { type: shape.type, expected: expectedParent, actual: parent.type },
        });
      }
      result.healthcareRegionId ??= tier === Tier.HEALTHCARE_REGION ? parent.healthcareRegionId : null;
      result.regionId ??= tier === Tier.LOCAL ? parent.regionId : null;
    }

    if (requiresHealthcareRegion(shape.type)) {
      if (!result.healthcareRegionId) {
        throw badInput(`A ${shape.type} belongs to a healthcare region: give healthcareRegionId.`, {
          reason: 'GROUP_OWNER_REQUIRED',
          field: 'healthcareRegionId',
        });
      }
      await this.healthcareRegionExists(em, result.healthcareRegionId);
      if (parent && parent.healthcareRegionId !== result.healthcareRegionId) {
        throw badInput(`A ${shape.type} must belong to the same healthcare region as its parent.`, {
          reason: 'GROUP_PARENT_OWNER',
          field: 'parentId',
        });
      }
    } else if (result.healthcareRegionId) {
      if (!takesHealthcareRegion(shape.type)) {
        throw badInput(
          `Only healthcare-regional groups belong to a healthcare region, and only an NPO has a host; a ${shape.type} has neither.`,
          {
            reason: 'GROUP_OWNER_NOT_ALLOWED',
            field: 'healthcareRegionId',
          },
        );
      }
      await this.healthcareRegionExists(em, result.healthcareRegionId);
    }

    if (tier === Tier.LOCAL) {
      if (!result.regionId) {
        throw badInput(`A ${shape.type} belongs to a region: give regionId.`, {
          reason: 'GROUP_OWNER_REQUIRED',
          field: 'regionId',
        });
      }
      await this.regionOf(em, result.regionId);
      if (parent && parent.regionId !== result.regionId) {
        throw badInput(`A ${shape.type} must belong to the same region as its parent.`, {
          reason: 'GROUP_PARENT_OWNER',
          field: 'parentId',
        });
      }
    } else if (result.regionId) {
      throw badInput(`Only local groups (LPO, LAG, LSG) belong to a region; a ${shape.type} does not.`, {
        reason: 'GROUP_OWNER_NOT_ALLOWED',
        field: 'regionId',
      });
    }

    if (shape.counterpartId) await this.checkCounterpart(em, result, shape.counterpartId);
    return result;
  }

  private async checkCounterpart(em: EntityManager, shape: GroupShape, counterpartId: string): Promise<void> {
    const expected = counterpartTypeOf(shape.type);
    if (!expected) {
      throw badInput(`A national group has no counterpart; counterparts point one tier up (RPO → NPO, LPO → RPO).`, {
        reason: 'GROUP_COUNTERPART_NOT_ALLOWED',
        field: 'counterpartId',
      });
    }
    const counterpart = await this.get(counterpartId, em, 'counterpartId');
    if (counterpart.type !== expected) {
      throw badInput(`A ${shape.type}'s counterpart must be an ${expected}, not an ${counterpart.type}.`, {
        reason: 'GROUP_COUNTERPART_TYPE',
        field: 'counterpartId',
        params: { type: shape.type, expected, actual: counterpart.type },
      });
    }
    if (tierOf(shape.type) === Tier.LOCAL && shape.regionId) {
      const region = await this.regionOf(em, shape.regionId);
      if (counterpart.healthcareRegionId !== region.healthcareRegionId) {
        throw badInput(
          `A ${shape.type}'s counterpart must belong to the healthcare region of the group's own region.`,
          {
            reason: 'GROUP_COUNTERPART_OWNER',
            field: 'counterpartId',
          },
        );
      }
    }
  }

  private async healthcareRegionExists(em: EntityManager, id: string): Promise<void> {
    const count = isId(id) ? await em.getRepository(HealthcareRegion).countBy({ id }) : 0;
    if (!count) throw notFound('HealthcareRegion', id, 'healthcareRegionId');
  }

  private async regionOf(em: EntityManager, id: string): Promise<Region> {
    const region = isId(id) ? await em.getRepository(Region).findOneBy({ id }) : null;
    if (!region) throw notFound('Region', id, 'regionId');
    return region;
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    groups: GroupsService;
  }
}
