import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Group } from '../groups/group.entity.js';
import { Person } from '../persons/person.entity.js';
import { Membership } from './membership.entity.js';

/** A group's memberships: the field lives on Group, its data and rules here. */
@Resolver(() => Group)
export class GroupMembershipsResolver {
  @FieldResolver(() => [Membership], {
    description:
      'Memberships active on asOf (default: today); every membership when asOf is omitted and includeEnded is true.',
  })
  memberships(
    @Root() group: Group,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('includeEnded', () => Boolean, { nullable: true }) includeEnded: boolean | null,
    @Ctx() { loaders, services }: Context,
  ) {
    return loaders.membershipsOfGroup(services.memberships.groupListingDay(asOf, includeEnded)).load(group.id);
  }
}

/** A person's seats: the field lives on Person, its data here. */
@Resolver(() => Person)
export class PersonMembershipsResolver {
  @FieldResolver(() => [Membership], { description: 'Every seat the person holds or has held, newest first.' })
  memberships(@Root() person: Person, @Ctx() { loaders }: Context) {
    return loaders.membershipsOfPerson.load(person.id);
  }
}
