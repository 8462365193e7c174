import { DataSource, In } from 'typeorm';
import { notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { HealthcareRegion } from './healthcare-region.entity.js';
import { Region } from './region.entity.js';

export class GeographyService {
  constructor(private readonly db: DataSource) {}

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

  async healthcareRegion(id: string): Promise<HealthcareRegion> {
    const found = isId(id) ? await this.db.getRepository(HealthcareRegion).findOneBy({ id }) : null;
    if (!found) throw notFound('HealthcareRegion', id);
    return found;
  }

  regions(): Promise<Region[]> {
    return this.db.getRepository(Region).find({ order: { name: 'ASC' } });
  }
}
