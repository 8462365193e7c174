import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Group } from '../groups/group.entity.js';

/** Closing a group ends its members' terms: the mutation lives with the memberships it changes. */
@Resolver()
export class GroupClosingResolver {
  @Mutation(() => Group, {
    description:
      'Closes the group on lastDay (default today): open terms end that day; its history stays; it takes no new memberships.',
  })
  archiveGroup(
    @Arg('id', () => ID) id: string,
    @Arg('lastDay', () => DateScalar, { nullable: true }) lastDay: IsoDate | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.groupClosing.closeGroup(actorOf(ctx), id, lastDay);
  }
}
