import type { EntityManager } from 'typeorm';
import { RegionPopulation } from '../modules/populations/region-population.entity.js';

/**
 * Writes a region's populations per year from the reference data (`populations: { "2019": …, "2025": … }` of each
 * region in reference/healthcare-regions.json). Reference data like the regions themselves: written directly, not
 * audited as a user's change.
 */
export async function seedRegionPopulations(
  em: EntityManager,
  regionId: string,
  populations: Record<string, number> | undefined,
): Promise<void> {
  const rows = Object.entries(populations ?? {}).map(([year, population]) => ({
    regionId,
    year: Number(year),
    population,
  }));
  if (rows.length) await em.getRepository(RegionPopulation).insert(rows);
}
