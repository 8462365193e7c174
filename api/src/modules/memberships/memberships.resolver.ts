import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Group } from '../groups/group.entity.js';
import { Person } from '../persons/person.entity.js';
import { MemberRoleInfo, memberRoleInfos } from './member-role-info.js';
import { AddMembershipInput, UpdateMembershipInput } from './membership.inputs.js';
import { Membership } from './membership.entity.js';

@Resolver(() => Membership)
export class MembershipsResolver {
  @Query(() => [MemberRoleInfo], { description: 'Every member role with what it means for seats and shares.' })
  memberRoles() {
    return memberRoleInfos();
  }

  @Mutation(() => Membership)
  addMembership(@Arg('input', () => AddMembershipInput) input: AddMembershipInput, @Ctx() ctx: Context) {
    return ctx.services.memberships.add(actorOf(ctx), input);
  }

  @Mutation(() => Membership, { description: 'Ends the term; endDate is the last day served.' })
  endMembership(
    @Arg('id', () => ID) id: string,
    @Arg('endDate', () => DateScalar) endDate: IsoDate,
    @Ctx() ctx: Context,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The version the caller saw; an older one is refused as STALE_VERSION.',
    })
    expectedVersion?: number | null,
  ) {
    return ctx.services.memberships.end(actorOf(ctx), id, endDate, expectedVersion);
  }

  @Mutation(() => Membership, { description: 'Corrects role, represented region, dates or note.' })
  updateMembership(@Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput, @Ctx() ctx: Context) {
    return ctx.services.memberships.update(actorOf(ctx), input);
  }

  @Mutation(() => Membership, { description: 'Archives an entry made in error: it then counts in no list or report.' })
  archiveMembership(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.memberships.archive(actorOf(ctx), id);
  }

  @FieldResolver(() => Group)
  group(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.group.load(membership.groupId);
  }

  @FieldResolver(() => Person)
  person(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.person.load(membership.personId);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The region whose seat this is; null for roles that represent no region.',
  })
  representedRegion(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return membership.representedRegionId ? loaders.region.load(membership.representedRegionId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation whose seat this is (municipal or patient organisation seat); null otherwise.',
  })
  representedOrganisation(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return membership.representedOrganisationId
      ? loaders.organisation.load(membership.representedOrganisationId)
      : null;
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: "A deputy's member: the voting seat this deputy stands in for (personlig ersättare).",
  })
  standsInFor(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return membership.standsInForId ? loaders.membership.load(membership.standsInForId) : null;
  }

  @FieldResolver(() => [Membership], {
    description: 'The deputies tied to this member, active on asOf (default: today).',
  })
  deputies(
    @Root() membership: Membership,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { loaders, services }: Context,
  ) {
    return loaders.deputiesOf(asOf ?? services.clock.today()).load(membership.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the membership is active on asOf (default: today).' })
  active(
    @Root() membership: Membership,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { services }: Context,
  ) {
    return services.memberships.isActive(membership, asOf);
  }
}

/** Seats representing an organisation: the field lives on Organisation, its data here. */
@Resolver(() => Organisation)
export class OrganisationSeatsResolver {
  @FieldResolver(() => Int, { description: 'Seats representing the organisation active on asOf (default: today).' })
  async seatCount(
    @Root() organisation: Organisation,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { loaders, services }: Context,
  ) {
    return (await loaders.organisationSeatCount(asOf ?? services.clock.today()).load(organisation.id))?.count ?? 0;
  }
}
