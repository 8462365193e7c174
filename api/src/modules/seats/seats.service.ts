import type { DataSource } from 'typeorm';
import type { Clock, IsoDate } from '../../common/dates.js';
import { badInput } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import type { GeographyService } from '../geography/geography.service.js';
import { GroupStatus, Tier, tierOf, typesOfTier } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { SHARE_ROLES } from '../memberships/member-role.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { GroupSeat } from './group-seat.entity.js';
import type { SeatOwner, SeatStatus, SetGroupSeatsInput, VacancyFilter } from './seats.types.js';

/** Declared seats and the vacancies they leave: national groups per healthcare region, the others per region. */
export class SeatsService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Who can hold the group's seats, each with the seats declared now: what a form for setGroupSeats offers. */
  async owners(groupId: string): Promise<SeatOwner[]> {
    const group = await this.groups.get(groupId, undefined, 'groupId');
    const declared = await this.db.getRepository(GroupSeat).findBy({ groupId: group.id });
    if (tierOf(group.type) === Tier.NATIONAL) {
      return (await this.geography.healthcareRegions()).map((hr) => ({
        healthcareRegionId: hr.id,
        regionId: null,
        name: hr.name,
        seats: declared.find((d) => d.healthcareRegionId === hr.id)?.seats ?? 0,
      }));
    }
    return (await this.memberships.eligibleRegions(group)).map((r) => ({
      healthcareRegionId: null,
      regionId: r.id,
      name: r.name,
      seats: declared.find((d) => d.regionId === r.id)?.seats ?? 0,
    }));
  }

  async set(actor: Actor, input: SetGroupSeatsInput): Promise<GroupSeat[]> {
    requireRole(actor, REGISTER_KEEPERS, 'declare seats');
    const group = await this.groups.get(input.groupId, undefined, 'groupId');
    const national = tierOf(group.type) === Tier.NATIONAL;
    const owners = national
      ? (await this.geography.healthcareRegions()).map((hr) => hr.id)
      : (await this.memberships.eligibleRegions(group)).map((r) => r.id);
    const seen = new Set<string>();
    for (const allocation of input.allocations) {
      const owner = national ? allocation.healthcareRegionId : allocation.regionId;
      const other = national ? allocation.regionId : allocation.healthcareRegionId;
      if (!owner || other || !owners.includes(owner)) {
        throw badInput(
          national
            ? "A national group's seats belong to healthcare regions: give healthcareRegionId only."
            : `The seats of a ${group.type} belong to its own region${tierOf(group.type) === Tier.HEALTHCARE_REGION ? 's' : ''}: give one of them as regionId only.`,
          { reason: 'SEAT_OWNER', field: national ? 'healthcareRegionId' : 'regionId' },
        );
      }
      if (seen.has(owner))
        throw badInput('Each healthcare region or region appears once.', {
          reason: 'SEAT_OWNER_TWICE',
          field: 'allocations',
        });
      seen.add(owner);
    }
    return this.tx.run(async (em) => {
      // Two settings at once would each delete the old rows and insert their own: the group's lock orders them.
      await this.tx.lock(em, 'groups', group.id);
      const allocationsOf = (seats: GroupSeat[]) => ({
        allocations: seats.map(({ healthcareRegionId, regionId, seats }) => ({ healthcareRegionId, regionId, seats })),
      });
      const previous = await em.getRepository(GroupSeat).findBy({ groupId: group.id });
      await em.getRepository(GroupSeat).delete({ groupId: group.id });
      const rows = input.allocations
        .filter((a) => a.seats > 0)
        .map((a) =>
          em.getRepository(GroupSeat).create({
            groupId: group.id,
            healthcareRegionId: a.healthcareRegionId ?? null,
            regionId: a.regionId ?? null,
            seats: a.seats,
          }),
        );
      const saved = await em.getRepository(GroupSeat).save(rows);
      await this.audit.record(em, actor, {
        operation: 'setGroupSeats',
        entityType: AuditEntityType.GROUP,
        entityId: group.id,
        before: allocationsOf(previous),
        after: allocationsOf(saved),
      });
      return saved;
    });
  }

  /**
   * Every allocation matching the filter with the seats held on `asOf`, counted in one SQL statement: a seat is
   * held by an active chair, vice chair or member representing the allocation's region or one of its healthcare
   * region's regions. Closed groups are left out; a dormant group's seats are listed with none vacant.
   */
  async status(asOf: IsoDate | null | undefined, filter: VacancyFilter | null | undefined): Promise<SeatStatus[]> {
    const day = asOf ?? this.clock.today();
    const query = this.db
      .getRepository(GroupSeat)
      .createQueryBuilder('s')
      .innerJoin('groups', 'g', 'g.id = s.groupId')
      .select([
        's.id AS "id"',
        's.groupId AS "groupId"',
        'g.status AS "groupStatus"',
        's.healthcareRegionId AS "healthcareRegionId"',
        's.regionId AS "regionId"',
        's.seats AS "seats"',
      ])
      .addSelect(
        (sub) =>
          sub
            .select('COUNT(*)')
            .from('memberships', 'm')
            .leftJoin('regions', 'r', 'r.id = m.representedRegionId')
            .where('m.groupId = s.groupId AND m.archivedAt IS NULL AND m.role IN (:...roles)')
            .andWhere('m.startDate <= :asOf AND (m.endDate IS NULL OR m.endDate >= :asOf)')
            .andWhere('(m.representedRegionId = s.regionId OR r.healthcareRegionId = s.healthcareRegionId)'),
        'filled',
      )
      .where('g.status <> :closed', { closed: GroupStatus.CLOSED })
      .setParameters({ roles: SHARE_ROLES, asOf: day });
    if (filter?.tier) query.andWhere('g.type IN (:...types)', { types: typesOfTier(filter.tier) });
    if (filter?.groupId)
      query.andWhere('s.groupId = :groupId', { groupId: isId(filter.groupId) ? filter.groupId : null });
    if (filter?.healthcareRegionId) {
      const regionIds = (await this.geography.regionsOfHealthcareRegions([filter.healthcareRegionId])).map((r) => r.id);
      query.andWhere(`(s.healthcareRegionId = :hr${regionIds.length ? ' OR s.regionId IN (:...hrRegions)' : ''})`, {
        hr: isId(filter.healthcareRegionId) ? filter.healthcareRegionId : null,
        hrRegions: regionIds,
      });
    }
    if (filter?.regionId) {
      const region = await this.geography.region(filter.regionId);
      query.andWhere('(s.regionId = :region OR s.healthcareRegionId = :regionHr)', {
        region: region.id,
        regionHr: region.healthcareRegionId,
      });
    }
    const rows = await query.orderBy('g.searchKey').getRawMany<{
      id: string;
      groupId: string;
      groupStatus: GroupStatus;
      healthcareRegionId: string | null;
      regionId: string | null;
      seats: number | string;
      filled: number | string;
    }>();
    // A dormant group keeps its declared seats but takes no new members: it leaves no vacancy to fill.
    return rows.map(({ groupStatus, ...row }) => {
      const seats = Number(row.seats);
      const filled = Number(row.filled);
      return { ...row, seats, filled, vacant: groupStatus === GroupStatus.ACTIVE ? Math.max(0, seats - filled) : 0 };
    });
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    seats: SeatsService;
  }
}
