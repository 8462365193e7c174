import { DataSource } from 'typeorm';
import { IsoDate } from '../../common/dates.js';
import { GeographyService } from '../geography/geography.service.js';
import { Tier, typesOfTier } from '../groups/group-type.js';
import { MemberRole, SHARE_ROLES } from '../memberships/member-role.js';
import { Membership } from '../memberships/membership.entity.js';
import { RepresentationReport } from './representation.types.js';

export interface RepresentationQuery {
  healthcareRegionId: string;
  asOf: IsoDate;
  tiers?: readonly Tier[] | null;
  roles?: readonly MemberRole[] | null;
}

export class RepresentationService {
  constructor(
    private readonly db: DataSource,
    private readonly geography: GeographyService,
  ) {}

  /**
   * Seats held on one day, counted in SQL by represented region: the report never loads the memberships themselves,
   * so its cost does not grow with the number of seats.
   */
  async report({ healthcareRegionId, asOf, tiers, roles }: RepresentationQuery): Promise<RepresentationReport> {
    await this.geography.healthcareRegion(healthcareRegionId);
    const regions = await this.geography.regionsOfHealthcareRegions([healthcareRegionId]);
    const types = (tiers?.length ? tiers : [Tier.NATIONAL]).flatMap(typesOfTier);
    const counted = roles?.length ? roles : SHARE_ROLES;
    const rows: { regionId: string; seats: string | number }[] = !regions.length ? [] : await this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .select('m.representedRegionId', 'regionId')
      .addSelect('COUNT(*)', 'seats')
      .innerJoin('groups', 'g', 'g.id = m.groupId')
      .where('m.representedRegionId IN (:...regionIds)', { regionIds: regions.map((r) => r.id) })
      .andWhere('g.type IN (:...types)', { types })
      .andWhere('m.role IN (:...roles)', { roles: counted })
      .andWhere('m.archivedAt IS NULL')
      .andWhere('m.startDate <= :asOf', { asOf })
      .andWhere('(m.endDate IS NULL OR m.endDate >= :asOf)', { asOf })
      .groupBy('m.representedRegionId')
      .getRawMany();
    const seatsByRegion = new Map(rows.map((row) => [row.regionId, Number(row.seats)]));
    const totalSeats = [...seatsByRegion.values()].reduce((sum, n) => sum + n, 0);
    const population = regions.reduce((sum, r) => sum + r.population, 0);
    return {
      asOf,
      totalSeats,
      shares: regions.map((region) => {
        const seats = seatsByRegion.get(region.id) ?? 0;
        return {
          region,
          seats,
          share: totalSeats ? seats / totalSeats : 0,
          populationShare: population ? region.population / population : 0,
        };
      }),
    };
  }
}
