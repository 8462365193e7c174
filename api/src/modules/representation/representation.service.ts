import { DataSource } from 'typeorm';
import { IsoDate } from '../../common/dates.js';
import { badInput } from '../../common/errors.js';
import { periodEnds, TrendInterval } from '../../common/periods.js';
import { GeographyService } from '../geography/geography.service.js';
import type { Region } from '../geography/region.entity.js';
import { Tier, typesOfTier } from '../groups/group-type.js';
import { MemberRole, SHARE_ROLES } from '../memberships/member-role.js';
import { RepresentationReport } from './representation.types.js';

export interface RepresentationQuery {
  healthcareRegionId: string;
  tiers?: readonly Tier[] | null;
  roles?: readonly MemberRole[] | null;
}

/** More points than this is no longer a trend a person reads; it would only load the database. */
const MAX_TREND_POINTS = 400;

export class RepresentationService {
  constructor(
    private readonly db: DataSource,
    private readonly geography: GeographyService,
  ) {}

  async report(query: RepresentationQuery & { asOf: IsoDate }): Promise<RepresentationReport> {
    const [report] = await this.reportsOn(query, [query.asOf]);
    return report!;
  }

  async trend(query: RepresentationQuery & { from: IsoDate; to: IsoDate; interval: TrendInterval }): Promise<RepresentationReport[]> {
    if (query.to < query.from) {
      throw badInput(`The trend's end ${query.to} is before its start ${query.from}.`, { reason: 'END_BEFORE_START', field: 'to' });
    }
    const days = periodEnds(query.from, query.to, query.interval);
    if (days.length > MAX_TREND_POINTS) {
      throw badInput(`A trend has at most ${MAX_TREND_POINTS} points; choose a longer interval or a shorter span.`, {
        reason: 'TOO_MANY_POINTS',
        field: 'interval',
        params: { max: MAX_TREND_POINTS },
      });
    }
    return this.reportsOn(query, days);
  }

  /**
   * Seats held on each of `days`, counted in one SQL statement by day and represented region: the reports never
   * load memberships themselves, so their cost does not grow with the number of seats or of days.
   */
  async reportsOn({ healthcareRegionId, tiers, roles }: RepresentationQuery, days: IsoDate[]): Promise<RepresentationReport[]> {
    await this.geography.healthcareRegion(healthcareRegionId);
    const regions = await this.geography.regionsOfHealthcareRegions([healthcareRegionId]);
    const types = (tiers?.length ? tiers : [Tier.NATIONAL]).flatMap(typesOfTier);
    const counted = roles?.length ? roles : SHARE_ROLES;
    const rows = regions.length ? await this.countSeats(days, regions, types, counted) : [];
    const seats = new Map(rows.map((row) => [`${row.day}|${row.regionId}`, Number(row.seats)]));
    const population = regions.reduce((sum, r) => sum + r.population, 0);
    return days.map((asOf) => {
      const perRegion = regions.map((region) => ({ region, seats: seats.get(`${asOf}|${region.id}`) ?? 0 }));
      const totalSeats = perRegion.reduce((sum, r) => sum + r.seats, 0);
      return {
        asOf,
        totalSeats,
        shares: perRegion.map(({ region, seats: n }) => ({
          region,
          seats: n,
          share: totalSeats ? n / totalSeats : 0,
          populationShare: population ? region.population / population : 0,
        })),
      };
    });
  }

  private countSeats(days: IsoDate[], regions: Region[], types: string[], roles: readonly MemberRole[]) {
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
}
