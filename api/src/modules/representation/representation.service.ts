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
import { Organisation } from '../organisations/organisation.entity.js';
import type { PopulationsService } from '../populations/populations.service.js';
import { yearOf } from '../populations/year-rule.js';
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
  /** Count only seats in these groups (a group's lineage); default every group. */
  groupIds?: readonly string[] | null;
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

/** The groups counted: null for every group; an id that is no id matches no group. */
const countedGroups = (filter: Pick<SeatFilter, 'groupIds'>): string[] | null =>
  filter.groupIds?.length ? [...new Set(filter.groupIds)].sort() : null;

/** Narrows a query of memberships `m` to the counted groups. */
function inGroups<Q extends { andWhere(where: string, parameters?: object): Q }>(
  query: Q,
  groupIds: string[] | null,
): Q {
  if (!groupIds) return query;
  const ids = groupIds.filter(isId);
  return ids.length
    ? query.andWhere('m.groupId IN (:...seatGroupIds)', { seatGroupIds: ids })
    : query.andWhere('1 = 0');
}

/** Whether a seat of this group type and role counts in reports under `filter`. */
const counts = (filter: SeatFilter, groupType: GroupType, role: MemberRole) =>
  countedTypes(filter).includes(groupType) && countedRoles(filter).includes(role);

export class RepresentationService {
  private readonly counts = new VersionedCache();

  constructor(
    private readonly db: DataSource,
    private readonly geography: GeographyService,
    private readonly audit: AuditTrail,
    private readonly populations: PopulationsService,
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
    const groupIds = countedGroups(filter);
    // The dashboard, the goals and every what-if ask for the same counts again and again until the register changes
    // (a changed population changes the register's version too).
    const { regions, rows, figures, organisationRows } = await this.counts.get(
      await this.audit.version(),
      JSON.stringify([filter.healthcareRegionId, days, types, roles, groupIds]),
      async () => {
        await this.geography.healthcareRegion(filter.healthcareRegionId);
        const regions = await this.geography.regionsOfHealthcareRegions([filter.healthcareRegionId]);
        const counted =
          regions.length && types.length ? await this.countSeats(days, regions, types, roles, groupIds) : [];
        const regionIds = regions.map((r) => r.id);
        return {
          regions,
          rows: counted.filter((row) => row.regionId !== null),
          organisationRows: await this.organisationRows(counted.filter((row) => row.regionId === null)),
          figures: this.populations.figuresOn(regionIds, await this.populations.allFigures(), days),
        };
      },
    );
    const seats = new Map<string, number>();
    // A seat representing both a region and an organisation (which the memberships' rules refuse) counts for the region.
    for (const row of rows) {
      const key = `${row.day}|${row.regionId}`;
      seats.set(key, (seats.get(key) ?? 0) + Number(row.seats));
    }
    for (const change of changes) {
      if (!counts(filter, change.groupType, change.role)) continue;
      for (const day of days) {
        const key = `${day}|${change.regionId}`;
        if (day >= change.from) seats.set(key, Math.max(0, (seats.get(key) ?? 0) + change.delta));
      }
    }
    return days.map((asOf) => {
      // Each day weighs the regions by the figures of its own year.
      const figuresOfDay = figures.get(asOf)!;
      const perRegion = regions.map((region) => ({
        region,
        seats: seats.get(`${asOf}|${region.id}`) ?? 0,
        figure: figuresOfDay.get(region.id)!,
      }));
      const totalSeats = perRegion.reduce((sum, r) => sum + r.seats, 0);
      const population = perRegion.reduce((sum, r) => sum + r.figure.population, 0);
      return {
        asOf,
        totalSeats,
        shares: perRegion.map(({ region, seats: n, figure }) => {
          const share = totalSeats ? n / totalSeats : 0;
          const populationShare = population ? figure.population / population : 0;
          return {
            region,
            seats: n,
            share,
            population: figure.population,
            populationYear: figure.year ?? yearOf(asOf),
            populationShare,
            gapPoints: (share - populationShare) * 100,
          };
        }),
        organisationSeats: organisationRows
          .filter((row) => row.day === asOf)
          .map((row) => ({ organisation: row.organisation, seats: row.seats })),
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
    const groupIds = countedGroups(filter)?.filter(isId) ?? null;
    if (!types.length || groupIds?.length === 0) return [];
    const held = this.activeSeats(asOf, filter)
      .select('1')
      .andWhere('m.groupId = g.id')
      .andWhere('m.representedRegionId = :regionId');
    const query = this.db
      .getRepository(Group)
      .createQueryBuilder('g')
      .where('g.type IN (:...types)', { types })
      .andWhere('g.status = :active', { active: GroupStatus.ACTIVE })
      .andWhere(`NOT EXISTS (${held.getQuery()})`)
      .setParameters({ ...held.getParameters(), regionId });
    if (groupIds) query.andWhere('g.id IN (:...onlyGroupIds)', { onlyGroupIds: groupIds });
    return query.orderBy('g.type').addOrderBy('g.searchKey').getMany();
  }

  /** Memberships counted on `asOf` under the filter, with their group joined as `g`. */
  private activeSeats(asOf: IsoDate, filter: Omit<SeatFilter, 'healthcareRegionId'>): SelectQueryBuilder<Membership> {
    const types = countedTypes(filter);
    const query = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin(Group, 'sg', 'sg.id = m.groupId')
      .where('sg.type IN (:...seatTypes)', { seatTypes: types.length ? types : ['-'] })
      .andWhere('m.role IN (:...seatRoles)', { seatRoles: countedRoles(filter) })
      .andWhere('m.archivedAt IS NULL')
      .andWhere('m.startDate <= :seatDay', { seatDay: asOf })
      .andWhere(new Brackets((w) => w.where('m.endDate IS NULL').orWhere('m.endDate >= :seatDay', { seatDay: asOf })));
    return inGroups(query, countedGroups(filter));
  }

  /**
   * Seats held on each day by represented region, and by represented organisation for seats that represent an
   * organisation lying in one of the regions (regionId null then): one statement for both.
   */
  private async countSeats(
    days: IsoDate[],
    regions: Region[],
    types: GroupType[],
    roles: readonly MemberRole[],
    groupIds: string[] | null,
  ) {
    const postgres = this.db.options.type === 'postgres';
    // The days are a literal table; PostgreSQL needs them typed as dates to compare with the date columns.
    const dayRows = days.map((_, i) => `(${postgres ? `CAST(:day${i} AS date)` : `:day${i}`})`).join(', ');
    const dayParams = Object.fromEntries(days.map((day, i) => [`day${i}`, day]));
    const query = this.db
      .createQueryBuilder()
      .addCommonTableExpression(`VALUES ${dayRows}`, 'days', { columnNames: ['day'] })
      .select(postgres ? `to_char(days.day, 'YYYY-MM-DD')` : 'days.day', 'day')
      .addSelect('m.representedRegionId', 'regionId')
      .addSelect('m.representedOrganisationId', 'organisationId')
      .addSelect('COUNT(*)', 'seats')
      .from('days', 'days')
      .innerJoin('memberships', 'm', 'm.startDate <= days.day AND (m.endDate IS NULL OR m.endDate >= days.day)')
      .innerJoin('groups', 'g', 'g.id = m.groupId')
      .where(
        new Brackets((w) =>
          w
            .where('m.representedRegionId IN (:...regionIds)')
            .orWhere(
              'm.representedRegionId IS NULL AND m.representedOrganisationId IN ' +
                '(SELECT o."id" FROM "organisations" o WHERE o."regionId" IN (:...regionIds))',
            ),
        ),
      )
      .andWhere('g.type IN (:...types)', { types })
      .andWhere('m.role IN (:...roles)', { roles })
      .andWhere('m.archivedAt IS NULL')
      .setParameters({ ...dayParams, regionIds: regions.map((r) => r.id) })
      .groupBy('days.day')
      .addGroupBy('m.representedRegionId')
      .addGroupBy('m.representedOrganisationId');
    return inGroups(query, groupIds).getRawMany<{
      day: string;
      regionId: string | null;
      organisationId: string | null;
      seats: string | number;
    }>();
  }

  /** The organisations of counted organisation seats, most seats first; no statement when there are none. */
  private async organisationRows(rows: { day: string; organisationId: string | null; seats: string | number }[]) {
    if (!rows.length) return [];
    const organisations = await this.db
      .getRepository(Organisation)
      .findBy({ id: In([...new Set(rows.map((r) => r.organisationId!))]) });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return rows
      .map((row) => ({ day: row.day, organisation: byId.get(row.organisationId!)!, seats: Number(row.seats) }))
      .filter((row) => row.organisation)
      .sort((a, b) => b.seats - a.seats || a.organisation.name.localeCompare(b.organisation.name, 'sv'));
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
