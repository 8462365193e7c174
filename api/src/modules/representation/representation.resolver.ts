import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { TrendInterval } from '../../common/periods.js';
import { DateScalar } from '../../common/scalars.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { RepresentationReport, SeatFilterArgs } from './representation.types.js';

@Resolver()
export class RepresentationResolver {
  @Query(() => RepresentationReport, {
    description:
      'Seats held in groups of the given tiers by members representing regions of one healthcare region, on one day.',
  })
  representation(
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('asOf', () => DateScalar) asOf: IsoDate,
    @Args(() => SeatFilterArgs) seats: SeatFilterArgs,
    @Ctx() { services }: Context,
  ) {
    return services.representation.report({ healthcareRegionId, asOf, ...seats });
  }

  @Query(() => [RepresentationReport], {
    description: 'One report per period end from `from` to `to`, the last on `to` itself.',
  })
  representationTrend(
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('from', () => DateScalar) from: IsoDate,
    @Arg('to', () => DateScalar) to: IsoDate,
    @Arg('interval', () => TrendInterval) interval: TrendInterval,
    @Args(() => SeatFilterArgs) seats: SeatFilterArgs,
    @Ctx() { services }: Context,
  ) {
    return services.representation.trend({ healthcareRegionId, from, to, interval, ...seats });
  }

  @Query(() => [Membership], {
    description: 'The counted seats one region holds on a day: group, person, role, since.',
  })
  regionSeats(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('asOf', () => DateScalar) asOf: IsoDate,
    @Args(() => SeatFilterArgs) seats: SeatFilterArgs,
    @Ctx() { services }: Context,
  ) {
    return services.representation.regionSeats(regionId, asOf, seats);
  }

  @Query(() => [Group], {
    description: 'Active groups of the counted types in which the region holds no counted seat on the day.',
  })
  groupsWithoutRegion(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('asOf', () => DateScalar) asOf: IsoDate,
    @Args(() => SeatFilterArgs) seats: SeatFilterArgs,
    @Ctx() { services }: Context,
  ) {
    return services.representation.groupsWithoutRegion(regionId, asOf, seats);
  }
}
