import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Connection, PageArgs } from '../../common/connection.js';
import { User } from '../auth/user.entity.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { Person } from '../persons/person.entity.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Membership } from '../memberships/membership.entity.js';
import { RepresentationImpact, SeatRecommendation } from '../impact/impact.types.js';
import { Candidate, Nomination, NominationEvent } from './nomination.entity.js';
import {
  DecideNominationInput,
  NominationFilter,
  OpenNominationInput,
  OpenRenewalInput,
  ProposeCandidateInput,
  UpdateCandidateInput,
} from './nomination.inputs.js';
import { NominationWarning } from './warnings.js';

@ObjectType()
class NominationConnection extends Connection(Nomination) {}

@Resolver(() => Nomination)
export class NominationsResolver {
  @Query(() => NominationConnection, { description: 'Nominations by due date.' })
  nominations(
    @Arg('filter', () => NominationFilter, { nullable: true }) filter: NominationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: Context,
  ) {
    return services.nominations.list(filter, page);
  }

  @Query(() => Nomination, { nullable: true })
  nomination(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.nominations.find(id);
  }

  @Mutation(() => Nomination)
  openNomination(@Arg('input', () => OpenNominationInput) input: OpenNominationInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.open(actorOf(ctx), input);
  }

  @Mutation(() => Candidate)
  proposeCandidate(@Arg('input', () => ProposeCandidateInput) input: ProposeCandidateInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.propose(actorOf(ctx), input);
  }

  @Mutation(() => Candidate, {
    description: "Records a candidate's approvals, review, motivation, competence or title.",
  })
  updateCandidate(@Arg('input', () => UpdateCandidateInput) input: UpdateCandidateInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.updateCandidate(actorOf(ctx), input);
  }

  @Mutation(() => Candidate)
  withdrawCandidate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.withdraw(actorOf(ctx), id);
  }

  @Mutation(() => Nomination, { description: 'Closes the call for candidates: OPEN → REVIEW.' })
  moveNominationToReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.nominations.moveToReview(actorOf(ctx), id);
  }

  @Mutation(() => Nomination)
  cancelNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.nominations.cancel(actorOf(ctx), id, reason);
  }

  @Mutation(() => Nomination, { description: 'Opens a nomination to renew a term, with the incumbent proposed.' })
  openRenewalNomination(@Arg('input', () => OpenRenewalInput) input: OpenRenewalInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.openRenewal(actorOf(ctx), input);
  }

  @Query(() => [Membership], {
    description: 'Terms whose last day falls within `withinDays` days from asOf (default today), soonest first.',
  })
  expiringMemberships(
    @Arg('withinDays', () => Int, { defaultValue: 90 }) withinDays: number,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { services }: Context,
  ) {
    return services.memberships.expiring(asOf, withinDays);
  }

  @FieldResolver(() => [NominationWarning], {
    description: 'What to weigh before appointing these candidates from startDate.',
  })
  warnings(
    @Root() nomination: Nomination,
    @Arg('appointCandidateIds', () => [ID]) appointCandidateIds: string[],
    @Arg('startDate', () => DateScalar) startDate: IsoDate,
    @Arg('endDate', () => DateScalar, { nullable: true }) endDate: IsoDate | null,
    @Ctx() { services }: Context,
  ) {
    return services.nominations.warnings(nomination.id, appointCandidateIds, startDate, endDate);
  }

  @FieldResolver(() => [SeatRecommendation], {
    description: 'The regions of a healthcare region ranked for this seat (Sainte-Laguë).',
  })
  async recommendation(
    @Root() nomination: Nomination,
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Ctx() { loaders, services }: Context,
  ) {
    const group = await loaders.group.load(nomination.groupId);
    return services.impact.recommend({ healthcareRegionId, tiers: [group!.tier] });
  }

  @Mutation(() => Nomination, {
    description: 'Appoints candidates: one membership each, in the same transaction as the decision.',
  })
  decideNomination(@Arg('input', () => DecideNominationInput) input: DecideNominationInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.decide(actorOf(ctx), input);
  }

  @FieldResolver(() => [Region], {
    description: 'The regions the signed-in user may propose candidates for; empty when they may not propose.',
  })
  regionsViewerMayPropose(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.services.nominations.regionsActorMayPropose(actorOf(ctx), nomination);
  }

  @FieldResolver(() => Group)
  group(@Root() nomination: Nomination, @Ctx() { loaders }: Context) {
    return loaders.group.load(nomination.groupId);
  }

  @FieldResolver(() => Region, { nullable: true, description: "Set when the call is for one region's seat." })
  region(@Root() nomination: Nomination, @Ctx() { loaders }: Context) {
    return nomination.regionId ? loaders.region.load(nomination.regionId) : null;
  }

  @FieldResolver(() => [Candidate], { description: 'Every candidate, withdrawn ones included.' })
  candidates(@Root() nomination: Nomination, @Ctx() { loaders }: Context) {
    return loaders.candidatesOfNomination.load(nomination.id);
  }

  @FieldResolver(() => [NominationEvent], { description: 'Every step, with who took it and when.' })
  history(@Root() nomination: Nomination, @Ctx() { loaders }: Context) {
    return loaders.eventsOfNomination.load(nomination.id);
  }
}

@Resolver(() => Candidate)
export class CandidatesResolver {
  @Query(() => Candidate, {
    nullable: true,
    description:
      "One candidacy: the nomination page asks each candidate's impact on its own, a request the size of one preview.",
  })
  candidate(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.nominations.findCandidate(id);
  }

  @FieldResolver(() => Nomination)
  async nomination(@Root() candidate: Candidate, @Ctx() { loaders }: Context) {
    return loaders.nomination.load(candidate.nominationId);
  }

  @FieldResolver(() => Person)
  person(@Root() candidate: Candidate, @Ctx() { loaders }: Context) {
    return loaders.person.load(candidate.personId);
  }

  @FieldResolver(() => Region)
  representedRegion(@Root() candidate: Candidate, @Ctx() { loaders }: Context) {
    return loaders.region.load(candidate.representedRegionId);
  }

  @FieldResolver(() => RepresentationImpact, {
    description:
      "What appointing this candidate today would do to the shares and goals of the candidate's healthcare region.",
  })
  async impact(@Root() candidate: Candidate, @Ctx() { loaders, services }: Context) {
    const [nomination, region] = await Promise.all([
      loaders.nomination.load(candidate.nominationId),
      loaders.region.load(candidate.representedRegionId),
    ]);
    return services.impact.impact({
      healthcareRegionId: region!.healthcareRegionId,
      appoint: [
        { groupId: nomination!.groupId, representedRegionId: candidate.representedRegionId, role: nomination!.role },
      ],
      endMembershipIds: [],
    });
  }
}

@Resolver(() => NominationEvent)
export class NominationEventsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who took the step; null for the seed data.' })
  actor(@Root() event: NominationEvent, @Ctx() { loaders }: Context) {
    return loaders.user.load(event.actorUserId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The step's detail: the candidate's current name, a decision's reference or a reason.",
  })
  async detail(@Root() event: NominationEvent, @Ctx() { loaders }: Context): Promise<string | null> {
    if (!event.personId) return event.detail;
    return (await loaders.person.load(event.personId))?.name ?? null;
  }
}
