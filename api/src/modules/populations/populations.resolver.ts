import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Region } from '../geography/region.entity.js';
import { ImportRegionPopulationsInput, PopulationImport, SetRegionPopulationInput } from './populations.types.js';
import { RegionPopulation } from './region-population.entity.js';

@Resolver(() => RegionPopulation)
export class PopulationsResolver {
  @Query(() => [RegionPopulation], {
    description: "Every region's figures of the years from fromYear to toYear (at most 50 years), by year.",
  })
  regionPopulations(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() { services }: Context,
  ) {
    return services.populations.list(fromYear, toYear);
  }

  @Mutation(() => RegionPopulation, {
    description: "Sets one region's population in one year; coordinators and administrators.",
  })
  setRegionPopulation(
    @Arg('input', () => SetRegionPopulationInput) input: SetRegionPopulationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.populations.set(actorOf(ctx), input);
  }

  @Mutation(() => PopulationImport, {
    description:
      "Reads Statistics Sweden's file of one year (county code and population per line); with dryRun only shows what would change. One unreadable line refuses the whole file.",
  })
  importRegionPopulations(
    @Arg('input', () => ImportRegionPopulationsInput) input: ImportRegionPopulationsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.populations.import(actorOf(ctx), input);
  }

  @FieldResolver(() => Region)
  async region(@Root() figure: RegionPopulation, @Ctx() { loaders }: Context) {
    return (await loaders.region.load(figure.regionId))!;
  }
}

@Resolver(() => Region)
export class RegionPopulationsResolver {
  @FieldResolver(() => Int, {
    description: "Inhabitants: this year's figure by the year rule (else the latest earlier, else the earliest later).",
  })
  async population(@Root() region: Region, @Ctx() { services, loaders }: Context) {
    return services.populations.populationIn(await loaders.populationsOfRegion.load(region.id));
  }

  @FieldResolver(() => [RegionPopulation], { description: "The region's figures, one per year, oldest first." })
  populations(@Root() region: Region, @Ctx() { loaders }: Context) {
    return loaders.populationsOfRegion.load(region.id);
  }

  @FieldResolver(() => Int, { description: 'The figure a report in this year uses, by the year rule; 0 when none.' })
  async populationIn(
    @Root() region: Region,
    @Arg('year', () => Int) year: number,
    @Ctx() { services, loaders }: Context,
  ) {
    return services.populations.populationIn(await loaders.populationsOfRegion.load(region.id), year);
  }
}
