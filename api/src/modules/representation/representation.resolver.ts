import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import type { IsoDate } from '../../common/dates.js';
import { TrendInterval } from '../../common/periods.js';
import { DateScalar } from '../../common/scalars.js';
import { Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { RepresentationReport } from './representation.types.js';

@Resolver()
export class RepresentationResolver {
  @Query(() => RepresentationReport, {
    description:
      'Seats held in groups of the given tiers by members representing regions of one healthcare region, on one day. ' +
      'roles defaults to [CHAIR, VICE_CHAIR, MEMBER]; tiers defaults to [NATIONAL].',
  })
  representation(
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('asOf', () => DateScalar) asOf: IsoDate,
    @Arg('tiers', () => [Tier], { nullable: true }) tiers: Tier[] | null,
    @Arg('roles', () => [MemberRole], { nullable: true }) roles: MemberRole[] | null,
    @Ctx() { services }: Context,
  ) {
    return services.representation.report({ healthcareRegionId, asOf, tiers, roles });
  }

  @Query(() => [RepresentationReport], { description: 'One report per period end from `from` to `to`, the last on `to` itself.' })
  representationTrend(
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('from', () => DateScalar) from: IsoDate,
    @Arg('to', () => DateScalar) to: IsoDate,
    @Arg('interval', () => TrendInterval) interval: TrendInterval,
    @Arg('tiers', () => [Tier], { nullable: true }) tiers: Tier[] | null,
    @Arg('roles', () => [MemberRole], { nullable: true }) roles: MemberRole[] | null,
    @Ctx() { services }: Context,
  ) {
    return services.representation.trend({ healthcareRegionId, from, to, interval, tiers, roles });
  }
}
