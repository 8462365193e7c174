import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { GroupSuccession } from './group-succession.entity.js';
import { RecordSuccessionInput, SuccessionResult } from './lineage.inputs.js';

@Resolver(() => GroupSuccession)
export class GroupSuccessionResolver {
  @FieldResolver(() => Group)
  predecessor(@Root() link: GroupSuccession, @Ctx() { loaders }: Context) {
    return loaders.group.load(link.predecessorId);
  }

  @FieldResolver(() => Group)
  successor(@Root() link: GroupSuccession, @Ctx() { loaders }: Context) {
    return loaders.group.load(link.successorId);
  }

  @Mutation(() => SuccessionResult, {
    description:
      "Records that groups changed form on takesEffectOn: the predecessors' terms end the day before (or carry over into the one successor) and the predecessors close.",
  })
  recordSuccession(@Arg('input', () => RecordSuccessionInput) input: RecordSuccessionInput, @Ctx() ctx: Context) {
    return ctx.services.lineage.recordSuccession(actorOf(ctx), input);
  }
}

/** A group's lineage: the fields live on Group, their data here. */
@Resolver(() => Group)
export class GroupLineageResolver {
  @FieldResolver(() => [GroupSuccession], { description: 'The links to the groups this one took over from.' })
  predecessors(@Root() group: Group, @Ctx() { loaders }: Context) {
    return loaders.predecessorLinksOfGroup.load(group.id);
  }

  @FieldResolver(() => [GroupSuccession], { description: 'The links to the groups that took over from this one.' })
  successors(@Root() group: Group, @Ctx() { loaders }: Context) {
    return loaders.successorLinksOfGroup.load(group.id);
  }

  @FieldResolver(() => [ID], {
    description: 'This group and every group it descends from, transitively: for a trend across the change.',
  })
  lineageGroupIds(@Root() group: Group, @Ctx() { loaders }: Context) {
    return loaders.lineageOfGroup.load(group.id);
  }
}

/** Terms carried over from a predecessor group into its successor. */
@Resolver(() => Membership)
export class MembershipLineageResolver {
  @FieldResolver(() => Membership, {
    nullable: true,
    description: "The predecessor group's term that this one carries over.",
  })
  continues(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return membership.continuesId ? loaders.continuedMembership.load(membership.continuesId) : null;
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: "The successor group's term that carries this one over.",
  })
  async continuedBy(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return (await loaders.continuationsOfMembership.load(membership.id))[0] ?? null;
  }
}
