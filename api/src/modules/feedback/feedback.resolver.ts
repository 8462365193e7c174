import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Group } from '../groups/group.entity.js';
import { FeedbackRecord, SKR_NAME } from './feedback-record.entity.js';
import { CreateFeedbackRecordInput, UpdateFeedbackRecordInput } from './feedback.inputs.js';

@Resolver(() => FeedbackRecord)
export class FeedbackResolver {
  @Query(() => [FeedbackRecord], { description: "The healthcare region's feedback given in the year, by date." })
  feedbackRecords(
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() { services }: Context,
  ) {
    return services.feedback.ofYear(healthcareRegionId, year);
  }

  @Mutation(() => FeedbackRecord)
  createFeedbackRecord(
    @Arg('input', () => CreateFeedbackRecordInput) input: CreateFeedbackRecordInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.feedback.create(actorOf(ctx), input);
  }

  @Mutation(() => FeedbackRecord)
  updateFeedbackRecord(
    @Arg('input', () => UpdateFeedbackRecordInput) input: UpdateFeedbackRecordInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.feedback.update(actorOf(ctx), input);
  }

  @Mutation(() => Boolean)
  deleteFeedbackRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.feedback.remove(actorOf(ctx), id);
  }

  @FieldResolver(() => HealthcareRegion)
  healthcareRegion(@Root() record: FeedbackRecord, @Ctx() { loaders }: Context) {
    return loaders.healthcareRegion.load(record.healthcareRegionId);
  }

  @FieldResolver(() => Group, { nullable: true })
  recipientGroup(@Root() record: FeedbackRecord, @Ctx() { loaders }: Context) {
    return record.recipientGroupId ? loaders.group.load(record.recipientGroupId) : null;
  }

  @FieldResolver(() => String, { description: '"SKR", or the name of the recipient group.' })
  async recipientName(@Root() record: FeedbackRecord, @Ctx() { loaders }: Context) {
    // The group is always there: a recipient group cannot be deleted (the foreign key restricts it).
    return record.recipientGroupId ? ((await loaders.group.load(record.recipientGroupId))?.name ?? '') : SKR_NAME;
  }
}
