import { type DataSource, type EntityManager, In } from 'typeorm';
import { notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { HealthcareRegion } from './healthcare-region.entity.js';
import { Region } from './region.entity.js';

/** The register began as Norra's: its healthcare region is the home of users of no region unless configured. */
const DEFAULT_HOME_HEALTHCARE_REGION = 'NORRA';

export class GeographyService {
  /**
   * Regions are reference data: seeded once, changed by no operation of the API. Once there, they are kept for the
   * life of the process, so that checks of a region id (thousands in an import) need no statement.
   */
  private known: Map<string, Region> | null = null;

  /**
   * @param homeHealthcareRegionCode The register's home healthcare region (HOME_HEALTHCARE_REGION): the one shown
   *   first to users who speak for no region.
   */
  constructor(
    private readonly db: DataSource,
    private readonly homeHealthcareRegionCode = DEFAULT_HOME_HEALTHCARE_REGION,
  ) {}

  /**
   * The region with this id, or null when there is none. Inside a transaction pass its manager: a second pooled
   * connection, taken while the transaction holds one, could wait for ever when the pool is exhausted.
   */
  async findRegion(id: string, em: EntityManager = this.db.manager): Promise<Region | null> {
    if (!isId(id)) return null;
    if (!this.known?.has(id)) {
      const regions = await em.getRepository(Region).find();
      // An empty list (a database not yet seeded) is not kept.
      this.known = regions.length ? new Map(regions.map((r) => [r.id, r])) : null;
    }
    return this.known?.get(id) ?? null;
  }

  healthcareRegions(): Promise<HealthcareRegion[]> {
    return this.db.getRepository(HealthcareRegion).find({ order: { name: 'ASC' } });
  }

  async healthcareRegionsByIds(ids: readonly string[]): Promise<HealthcareRegion[]> {
    return this.db.getRepository(HealthcareRegion).findBy({ id: In(ids.filter(isId)) });
  }

  async regionsByIds(ids: readonly string[]): Promise<Region[]> {
    return this.db.getRepository(Region).findBy({ id: In(ids.filter(isId)) });
  }

  regionsOfHealthcareRegions(healthcareRegionIds: readonly string[]): Promise<Region[]> {
    return this.db
      .getRepository(Region)
      .find({ where: { healthcareRegionId: In(healthcareRegionIds.filter(isId)) }, order: { name: 'ASC' } });
  }

  async region(id: string): Promise<Region> {
    const region = isId(id) ? await this.db.getRepository(Region).findOneBy({ id }) : null;
    if (!region) throw notFound('Region', id);
    return region;
  }

  async healthcareRegion(id: string, em: EntityManager = this.db.manager): Promise<HealthcareRegion> {
    const found = isId(id) ? await em.getRepository(HealthcareRegion).findOneBy({ id }) : null;
    if (!found) throw notFound('HealthcareRegion', id);
    return found;
  }

  /**
   * A user's home healthcare region, which the pages open on: the healthcare region of their region, or for users of
   * no region the register's home healthcare region (HOME_HEALTHCARE_REGION). Null only before the seed.
   */
  async homeHealthcareRegion(regionId: string | null): Promise<HealthcareRegion | null> {
    const region = regionId ? await this.findRegion(regionId) : null;
    const repository = this.db.getRepository(HealthcareRegion);
    if (region) return repository.findOneBy({ id: region.healthcareRegionId });
    return repository.findOneBy({ code: this.homeHealthcareRegionCode });
  }

  regions(): Promise<Region[]> {
    return this.db.getRepository(Region).find({ order: { name: 'ASC' } });
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    geography: GeographyService;
  }
}
