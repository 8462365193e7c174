import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Region } from '../geography/region.entity.js';
import { GoalLevelRules } from './goal-verdict.js';
import { ShareGoal } from './share-goal.entity.js';
import { CreateShareGoalInput, GoalEvaluation, UpdateShareGoalInput } from './share-goal.types.js';

@Resolver(() => ShareGoal)
export class GoalsResolver {
  @Query(() => [ShareGoal])
  shareGoals(@Ctx() { services }: Context) {
    return services.goals.list();
  }

  @Query(() => ShareGoal, { nullable: true })
  shareGoal(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.goals.find(id);
  }

  @Mutation(() => ShareGoal)
  createShareGoal(@Arg('input', () => CreateShareGoalInput) input: CreateShareGoalInput, @Ctx() ctx: Context) {
    return ctx.services.goals.create(actorOf(ctx), input);
  }

  @Mutation(() => ShareGoal)
  updateShareGoal(@Arg('input', () => UpdateShareGoalInput) input: UpdateShareGoalInput, @Ctx() ctx: Context) {
    return ctx.services.goals.update(actorOf(ctx), input);
  }

  @Mutation(() => Boolean)
  deleteShareGoal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.goals.remove(actorOf(ctx), id);
  }

  @FieldResolver(() => HealthcareRegion)
  healthcareRegion(@Root() goal: ShareGoal, @Ctx() { loaders }: Context) {
    return loaders.healthcareRegion.load(goal.healthcareRegionId);
  }

  @FieldResolver(() => [Region])
  async regions(@Root() goal: ShareGoal, @Ctx() { loaders }: Context) {
    const regions = await loaders.region.loadMany(goal.regionIds);
    return regions.filter((r): r is Region => r instanceof Region);
  }

  @FieldResolver(() => GoalLevelRules, { description: "The rule of each of the goal's levels, in Swedish." })
  levelRules(@Root() goal: ShareGoal, @Ctx() { services }: Context) {
    return services.goals.levelRules(goal);
  }

  @FieldResolver(() => GoalEvaluation, { description: 'asOf defaults to the target date.' })
  evaluation(
    @Root() goal: ShareGoal,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { services }: Context,
  ) {
    return services.goals.evaluate(goal, asOf);
  }
}
