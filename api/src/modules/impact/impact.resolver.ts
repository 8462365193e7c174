import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { SeatFilterArgs } from '../representation/representation.types.js';
import { RepresentationImpact, RepresentationImpactInput, SeatRecommendation } from './impact.types.js';

/** The what-if preview of decisions and the ranking of regions for the next seat. */
@Resolver()
export class ImpactResolver {
  @Query(() => RepresentationImpact, {
    description: 'What appointing and ending the given seats would do to the shares and every goal. Writes nothing.',
  })
  representationImpact(
    @Arg('input', () => RepresentationImpactInput) input: RepresentationImpactInput,
    @Ctx() { services }: Context,
  ) {
    return services.impact.impact(input);
  }

  @Query(() => [SeatRecommendation], {
    description: 'Regions ranked for one more seat towards population parity (Sainte-Laguë).',
  })
  seatRecommendation(
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('asOf', () => DateScalar) asOf: IsoDate,
    @Args(() => SeatFilterArgs) seats: SeatFilterArgs,
    @Ctx() { services }: Context,
  ) {
    return services.impact.recommend({ healthcareRegionId, asOf, ...seats });
  }
}
