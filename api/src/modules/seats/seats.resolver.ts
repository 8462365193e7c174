import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { Nomination } from '../nominations/nomination.entity.js';
import { SeatOwner, SeatStatus, SetGroupSeatsInput, VacancyFilter } from './seats.types.js';

@Resolver(() => SeatStatus)
export class SeatsResolver {
  @Query(() => [SeatStatus], {
    description: 'Declared seats with how many are held and vacant on asOf (default today).',
  })
  seatStatus(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('filter', () => VacancyFilter, { nullable: true }) filter: VacancyFilter | null,
    @Ctx() { services }: Context,
  ) {
    return services.seats.status(asOf, filter);
  }

  @Query(() => Int, { description: 'Vacant seats on asOf (default today) under the filter.' })
  async vacantSeatCount(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('filter', () => VacancyFilter, { nullable: true }) filter: VacancyFilter | null,
    @Ctx() { services }: Context,
  ) {
    const rows = await services.seats.status(asOf, filter);
    return rows.reduce((sum, row) => sum + row.vacant, 0);
  }

  @Query(() => [SeatOwner], {
    description:
      "Who can hold the group's seats (healthcare regions for a national group, else its regions), with the seats declared.",
  })
  groupSeatOwners(@Arg('groupId', () => ID) groupId: string, @Ctx() { services }: Context) {
    return services.seats.owners(groupId);
  }

  @Mutation(() => [SeatStatus], { description: "Replaces a group's declared seats; returns them as of today." })
  async setGroupSeats(@Arg('input', () => SetGroupSeatsInput) input: SetGroupSeatsInput, @Ctx() ctx: Context) {
    await ctx.services.seats.set(actorOf(ctx), input);
    return ctx.services.seats.status(undefined, { groupId: input.groupId });
  }

  @FieldResolver(() => Group)
  group(@Root() row: SeatStatus, @Ctx() { loaders }: Context) {
    return loaders.group.load(row.groupId);
  }

  @FieldResolver(() => Nomination, {
    nullable: true,
    description: 'The undecided nomination that would fill this seat: link to it rather than open a second.',
  })
  async openNomination(@Root() row: SeatStatus, @Ctx() { services, loaders }: Context) {
    const running = await loaders.runningNominationsOfGroup.load(row.groupId);
    if (!running.length) return null;
    const regions =
      !row.regionId && row.healthcareRegionId
        ? await loaders.regionsOfHealthcareRegion.load(row.healthcareRegionId)
        : [];
    return services.nominations.pickForSeat(
      row,
      running,
      regions.map((r) => r.id),
    );
  }

  @FieldResolver(() => HealthcareRegion, { nullable: true })
  healthcareRegion(@Root() row: SeatStatus, @Ctx() { loaders }: Context) {
    return row.healthcareRegionId ? loaders.healthcareRegion.load(row.healthcareRegionId) : null;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() row: SeatStatus, @Ctx() { loaders }: Context) {
    return row.regionId ? loaders.region.load(row.regionId) : null;
  }
}
