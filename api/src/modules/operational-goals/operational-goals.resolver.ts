import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { GoalLevelRules } from '../goals/goal-verdict.js';
import { Group } from '../groups/group.entity.js';
import { Topic } from '../meetings/meeting.entity.js';
import { OperationalGoal } from './operational-goal.entity.js';
import { CreateOperationalGoalInput, GoalOutcome, UpdateOperationalGoalInput } from './operational-goal.types.js';

@Resolver(() => OperationalGoal)
export class OperationalGoalsResolver {
  @Query(() => [OperationalGoal], { description: "The healthcare region's operational goals, by number." })
  operationalGoals(@Arg('healthcareRegionId', () => ID) healthcareRegionId: string, @Ctx() { services }: Context) {
    return services.operationalGoals.list(healthcareRegionId);
  }

  @Query(() => OperationalGoal, { nullable: true })
  operationalGoal(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.operationalGoals.find(id);
  }

  @Mutation(() => OperationalGoal)
  createOperationalGoal(
    @Arg('input', () => CreateOperationalGoalInput) input: CreateOperationalGoalInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationalGoals.create(actorOf(ctx), input);
  }

  @Mutation(() => OperationalGoal)
  updateOperationalGoal(
    @Arg('input', () => UpdateOperationalGoalInput) input: UpdateOperationalGoalInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.operationalGoals.update(actorOf(ctx), input);
  }

  @Mutation(() => Boolean)
  deleteOperationalGoal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.operationalGoals.remove(actorOf(ctx), id);
  }

  @FieldResolver(() => HealthcareRegion)
  healthcareRegion(@Root() goal: OperationalGoal, @Ctx() { loaders }: Context) {
    return loaders.healthcareRegion.load(goal.healthcareRegionId);
  }

  @FieldResolver(() => [Group], { description: 'MEETING_QUORUM: the body; TOPIC_AT_EVERY_MEETING: the bodies.' })
  groups(@Root() goal: OperationalGoal, @Ctx() { loaders }: Context) {
    return loadGroups(loaders, goal.groupIds);
  }

  @FieldResolver(() => [Group], { description: 'FEEDBACK_GIVEN: the named bodies besides SKR.' })
  feedbackGroups(@Root() goal: OperationalGoal, @Ctx() { loaders }: Context) {
    return loadGroups(loaders, goal.feedbackGroupIds);
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'TOPIC_AT_EVERY_MEETING.' })
  topic(@Root() goal: OperationalGoal, @Ctx() { loaders }: Context) {
    return goal.topicId ? loaders.topic.load(goal.topicId) : null;
  }

  @FieldResolver(() => GoalLevelRules, { description: "The rule of each of the goal's levels, in Swedish." })
  levelRules(@Root() goal: OperationalGoal, @Ctx() { services }: Context) {
    return services.operationalGoals.levelRules(goal);
  }

  @FieldResolver(() => GoalOutcome)
  evaluation(@Root() goal: OperationalGoal, @Arg('year', () => Int) year: number, @Ctx() { services }: Context) {
    return services.operationalGoals.evaluate(goal, year);
  }
}

async function loadGroups(loaders: Context['loaders'], ids: string[]): Promise<Group[]> {
  const groups = await loaders.group.loadMany(ids);
  return groups.filter((g): g is Group => g instanceof Group);
}
