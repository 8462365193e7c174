import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { representsRegion } from '../../common/actor.js';
import type { Context } from '../../common/context.js';
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

  @Query(() => Region, { description: 'One region; NOT_FOUND when there is none.' })
  region(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.geography.region(id);
  }

  @FieldResolver(() => HealthcareRegion)
  healthcareRegion(@Root() region: Region, @Ctx() { loaders }: Context) {
    return loaders.healthcareRegion.load(region.healthcareRegionId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the signed-in user is this region\'s representative: the region\'s own view then speaks of "our" seats.',
  })
  viewerRepresents(@Root() region: Region, @Ctx() { actor }: Context) {
    return representsRegion(actor, region.id);
  }
}
