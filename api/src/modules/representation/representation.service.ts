import { VersionedCache } from '../../common/versioned-cache.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { Brackets, type DataSource, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { periodEnds, type TrendInterval } from '../../common/periods.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { bodyTypesOfTier, GroupStatus, type GroupType, Tier, typesOfTier } from '../groups/group-type.js';
import { type MemberRole, SHARE_ROLES } from '../memberships/member-role.js';
import { byRoleThenStart } from '../memberships/membership-reads.js';
import { Membership } from '../memberships/membership.entity.js';
import type { RepresentationReport } from './representation.types.js';

/** Which seats a report counts. */
export interface SeatFilter {
  healthcareRegionId: string;
  /** Defaults to [NATIONAL]. */
  tiers?: readonly Tier[] | null;
  /** Narrows the tiers to these group types. */
  types?: readonly GroupType[] | null;
  /** Defaults to chair, vice chair and member. */
  roles?: readonly MemberRole[] | null;
  /** Also count the tiers' bodies; the member-share goal speaks of the nine types only. */
  includeBodies?: boolean | null;
}

/** A seat added (+1) or given up (−1) in a what-if, counted from `from` onwards. */
export interface SeatChange {
  regionId: string;
  groupType: GroupType;
  role: MemberRole;
  delta: 1 | -1;
  from: IsoDate;
}

/** More points than this is no longer a trend a person reads; it would only load the database. */
const MAX_TREND_POINTS = 400;

function countedTypes(filter: Pick<SeatFilter, 'tiers' | 'types' | 'includeBodies'>): GroupType[] {
  const tiers = filter.tiers?.length ? filter.tiers : [Tier.NATIONAL];
  const ofTiers = tiers.flatMap((tier) => [
    ...typesOfTier(tier),
    ...(filter.includeBodies ? bodyTypesOfTier(tier) : []),
  ]);
  return filter.types?.length ? ofTiers.filter((type) => filter.types!.includes(type)) : ofTiers;
}

const countedRoles = (filter: Pick<SeatFilter, 'roles'>): readonly MemberRole[] =>
  filter.roles?.length ? filter.roles : SHARE_ROLES;

/** Whether a seat of this group type and role counts in reports under `filter`. */
const counts = (filter: SeatFilter, groupType: GroupType, role: MemberRole) =>
  countedTypes(filter).includes(groupType) && countedRoles(filter).includes(role);

export class RepresentationService {
  private readonly counts = new VersionedCache();

  constructor(
    private readonly db: DataSource,
    private readonly geography: GeographyService,
    private readonly audit: AuditTrail,
  ) {}

  async report(filter: SeatFilter & { asOf: IsoDate }): Promise<RepresentationReport> {
    const [report] = await this.reportsOn(filter, [filter.asOf]);
    return report!;
  }

  async trend(
    filter: SeatFilter & { from: IsoDate; to: IsoDate; interval: TrendInterval },
  ): Promise<RepresentationReport[]> {
    if (filter.to < filter.from) {
      throw badInput(`The trend's end ${filter.to} is before its start ${filter.from}.`, {
        reason: 'END_BEFORE_START',
        field: 'to',
        params: { startDate: filter.from, endDate: filter.to },
      });
    }
    const days = periodEnds(filter.from, filter.to, filter.interval);
    if (days.length > MAX_TREND_POINTS) {
      throw badInput(`A trend has at most ${MAX_TREND_POINTS} points; choose a longer interval or a shorter span.`, {
        reason: 'TOO_MANY_POINTS',
        field: 'interval',
        params: { max: MAX_TREND_POINTS },
      });
    }
    return this.reportsOn(filter, days);
  }

  /**
   * Seats held on each of `days`, counted in one SQL statement by day and represented region: the reports never
   * load memberships themselves, so their cost does not grow with the number of seats or of days. `changes` add
   * or remove seats that are not (yet) in the register, for what-if previews.
   */
  async reportsOn(
    filter: SeatFilter,
    days: IsoDate[],
    changes: readonly SeatChange[] = [],
  ): Promise<RepresentationReport[]> {
    const types = countedTypes(filter);
    const roles = countedRoles(filter);
    // The dashboard, the goals and every what-if ask for the same counts again and again until the register changes.
    const { regions, rows } = await this.counts.get(
      await this.audit.version(),
      JSON.stringify([filter.healthcareRegionId, days, types, roles]),
      async () => {
        await this.geography.healthcareRegion(filter.healthcareRegionId);
        const regions = await this.geography.regionsOfHealthcareRegions([filter.healthcareRegionId]);
        return {
          regions,
          rows: regions.length && types.length ? await this.countSeats(days, regions, types, roles) : [],
        };
      },
    );
    const seats = new Map(rows.map((row) => [`${row.day}|${row.regionId}`, Number(row.seats)]));
    for (const change of changes) {
      if (!counts(filter, change.groupType, change.role)) continue;
      for (const day of days) {
        const key = `${day}|${change.regionId}`;
        if (day >= change.from) seats.set(key, Math.max(0, (seats.get(key) ?? 0) + change.delta));
      }
    }
    const population = regions.reduce((sum, r) => sum + r.population, 0);
    return days.map((asOf) => {
      const perRegion = regions.map((region) => ({ region, seats: seats.get(`${asOf}|${region.id}`) ?? 0 }));
      const totalSeats = perRegion.reduce((sum, r) => sum + r.seats, 0);
      return {
        asOf,
        totalSeats,
        shares: perRegion.map(({ region, seats: n }) => {
          const share = totalSeats ? n / totalSeats : 0;
          const populationShare = population ? region.population / population : 0;
          return { region, seats: n, share, populationShare, gapPoints: (share - populationShare) * 100 };
        }),
      };
    });
  }

  /** The seats one region holds on a day under the filter: who, where, in which role, since when. */
  async regionSeats(
    regionId: string,
    asOf: IsoDate,
    filter: Omit<SeatFilter, 'healthcareRegionId'>,
  ): Promise<Membership[]> {
    await this.geography.region(regionId);
    const query = this.activeSeats(asOf, filter).andWhere('m.representedRegionId = :regionId', { regionId });
    return (await query.getMany()).sort(byRoleThenStart);
  }

  /** Active groups of the counted types in which the region holds no counted seat on the day. */
  async groupsWithoutRegion(
    regionId: string,
    asOf: IsoDate,
    filter: Omit<SeatFilter, 'healthcareRegionId'>,
  ): Promise<Group[]> {
    await this.geography.region(regionId);
    const types = countedTypes(filter);
    if (!types.length) return [];
    const held = this.activeSeats(asOf, filter)
      .select('1')
      .andWhere('m.groupId = g.id')
      .andWhere('m.representedRegionId = :regionId');
    return this.db
      .getRepository(Group)
      .createQueryBuilder('g')
      .where('g.type IN (:...types)', { types })
      .andWhere('g.status = :active', { active: GroupStatus.ACTIVE })
      .andWhere(`NOT EXISTS (${held.getQuery()})`)
      .setParameters({ ...held.getParameters(), regionId })
      .orderBy('g.type')
      .addOrderBy('g.searchKey')
      .getMany();
  }

  /** Memberships counted on `asOf` under the filter, with their group joined as `g`. */
  private activeSeats(asOf: IsoDate, filter: Omit<SeatFilter, 'healthcareRegionId'>): SelectQueryBuilder<Membership> {
    const types = countedTypes(filter);
    return this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin(Group, 'sg', 'sg.id = m.groupId')
      .where('sg.type IN (:...seatTypes)', { seatTypes: types.length ? types : ['-'] })
      .andWhere('m.role IN (:...seatRoles)', { seatRoles: countedRoles(filter) })
      .andWhere('m.archivedAt IS NULL')
      .andWhere('m.startDate <= :seatDay', { seatDay: asOf })
      .andWhere(new Brackets((w) => w.where('m.endDate IS NULL').orWhere('m.endDate >= :seatDay', { seatDay: asOf })));
  }

  private countSeats(days: IsoDate[], regions: Region[], types: GroupType[], roles: readonly MemberRole[]) {
    const postgres = this.db.options.type === 'postgres';
    // The days are a literal table; PostgreSQL needs them typed as dates to compare with the date columns.
    const dayRows = days.map((_, i) => `(${postgres ? `CAST(:day${i} AS date)` : `:day${i}`})`).join(', ');
    const dayParams = Object.fromEntries(days.map((day, i) => [`day${i}`, day]));
    return this.db
      .createQueryBuilder()
      .addCommonTableExpression(`VALUES ${dayRows}`, 'days', { columnNames: ['day'] })
      .select(postgres ? `to_char(days.day, 'YYYY-MM-DD')` : 'days.day', 'day')
      .addSelect('m.representedRegionId', 'regionId')
      .addSelect('COUNT(*)', 'seats')
      .from('days', 'days')
      .innerJoin('memberships', 'm', 'm.startDate <= days.day AND (m.endDate IS NULL OR m.endDate >= days.day)')
      .innerJoin('groups', 'g', 'g.id = m.groupId')
      .where('m.representedRegionId IN (:...regionIds)', { regionIds: regions.map((r) => r.id) })
      .andWhere('g.type IN (:...types)', { types })
      .andWhere('m.role IN (:...roles)', { roles })
      .andWhere('m.archivedAt IS NULL')
      .setParameters(dayParams)
      .groupBy('days.day')
      .addGroupBy('m.representedRegionId')
      .getRawMany<{ day: string; regionId: string; seats: string | number }>();
  }

  /** The memberships named in a what-if with their groups' types, each checked to exist. */
  async membershipsWithTypes(ids: readonly string[]): Promise<{ membership: Membership; groupType: GroupType }[]> {
    const unique = [...new Set(ids)];
    const memberships = await this.db
      .getRepository(Membership)
      .findBy({ id: In(unique.filter(isId)), archivedAt: IsNull() });
    const missing = unique.find((id) => !memberships.some((m) => m.id === id));
    if (missing) throw notFound('Membership', missing, 'endMembershipIds');
    const groups = await this.db.getRepository(Group).findBy({ id: In(memberships.map((m) => m.groupId)) });
    return memberships.map((membership) => ({
      membership,
      groupType: groups.find((g) => g.id === membership.groupId)!.type,
    }));
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    representation: RepresentationService;
  }
}
