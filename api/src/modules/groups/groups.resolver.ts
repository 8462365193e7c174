import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Connection, PageArgs } from '../../common/connection.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Region } from '../geography/region.entity.js';
import { Group } from './group.entity.js';
import { GroupTypeInfo, groupTypeInfos } from './group-type-info.js';
import { CreateGroupInput, GroupFilter, UpdateGroupInput } from './group.inputs.js';

@ObjectType()
class GroupConnection extends Connection(Group) {}

@Resolver(() => Group)
export class GroupsResolver {
  @Query(() => GroupConnection, { description: 'Groups sorted by name.' })
  groups(
    @Arg('filter', () => GroupFilter, { nullable: true }) filter: GroupFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: Context,
  ) {
    return services.groups.list(filter, page);
  }

  @Query(() => [GroupTypeInfo], { description: 'Every group type with its tier, kind and structure rules.' })
  groupTypes() {
    return groupTypeInfos();
  }

  @Query(() => Group, { nullable: true })
  group(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.groups.find(id);
  }

  @Mutation(() => Group)
  createGroup(@Arg('input', () => CreateGroupInput) input: CreateGroupInput, @Ctx() ctx: Context) {
    return ctx.services.groups.create(actorOf(ctx), input);
  }

  @Mutation(() => Group)
  updateGroup(@Arg('input', () => UpdateGroupInput) input: UpdateGroupInput, @Ctx() ctx: Context) {
    return ctx.services.groups.update(actorOf(ctx), input);
  }

  @FieldResolver(() => Group, { nullable: true, description: 'NAG under NPO, RAG under RPO, LAG under LPO.' })
  parent(@Root() group: Group, @Ctx() { loaders }: Context) {
    return group.parentId ? loaders.group.load(group.parentId) : null;
  }

  @FieldResolver(() => [Group], { description: 'The working groups under this programme area.' })
  children(@Root() group: Group, @Ctx() { loaders }: Context) {
    return loaders.childrenOfGroup.load(group.id);
  }

  @FieldResolver(() => Group, {
    nullable: true,
    description: 'The group of the same kind one tier up: RPO → NPO, LPO → RPO.',
  })
  counterpart(@Root() group: Group, @Ctx() { loaders }: Context) {
    return group.counterpartId ? loaders.group.load(group.counterpartId) : null;
  }

  @FieldResolver(() => [Group], {
    description: "The groups one tier down whose counterpart this is: an NPO's RPOs, an RPO's LPOs.",
  })
  counterparts(@Root() group: Group, @Ctx() { loaders }: Context) {
    return loaders.counterpartsOfGroup.load(group.id);
  }

  @FieldResolver(() => HealthcareRegion, {
    nullable: true,
    description: 'Owner of an RPO/RAG/RSG; host ("värdskap") of an NPO.',
  })
  healthcareRegion(@Root() group: Group, @Ctx() { loaders }: Context) {
    return group.healthcareRegionId ? loaders.healthcareRegion.load(group.healthcareRegionId) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Owner of an LPO/LAG/LSG.' })
  region(@Root() group: Group, @Ctx() { loaders }: Context) {
    return group.regionId ? loaders.region.load(group.regionId) : null;
  }

  @FieldResolver(() => [Region], { description: 'The regions whose seats this group can hold.' })
  eligibleRegions(@Root() group: Group, @Ctx() { services }: Context) {
    return services.memberships.eligibleRegions(group);
  }
}
