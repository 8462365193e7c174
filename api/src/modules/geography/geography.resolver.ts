import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { HealthcareRegion } from './healthcare-region.entity.js';
import { Region } from './region.entity.js';

@Resolver(() => HealthcareRegion)
export class HealthcareRegionsResolver {
  @Query(() => [HealthcareRegion])
  healthcareRegions(@Ctx() { services }: Context) {
    return services.geography.healthcareRegions();
  }

  @FieldResolver(() => [Region])
  regions(@Root() healthcareRegion: HealthcareRegion, @Ctx() { loaders }: Context) {
    return loaders.regionsOfHealthcareRegion.load(healthcareRegion.id);
  }
}

@Resolver(() => Region)
export class RegionsResolver {
  @Query(() => [Region], { description: 'All 21 regions, sorted by name.' })
  regions(@Ctx() { services }: Context) {
    return services.geography.regions();
  }

  @FieldResolver(() => HealthcareRegion)
  healthcareRegion(@Root() region: Region, @Ctx() { loaders }: Context) {
    return loaders.healthcareRegion.load(region.healthcareRegionId);
  }
}
