import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { PageArgs } from '../../common/connection.js';
import { Person } from '../persons/person.entity.js';
import { PersonConnection } from '../persons/persons.resolver.js';
import { PersonRegisterExtract } from './privacy.types.js';

@Resolver()
export class PrivacyResolver {
  @Query(() => PersonRegisterExtract, { description: 'ADMIN and COORDINATOR: all data held about a person.' })
  personRegisterExtract(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context) {
    return ctx.services.privacy.extract(actorOf(ctx), personId);
  }

  @Query(() => Int, {
    description:
      'ADMIN and COORDINATOR: the configured review period in years, used when personsForReview gets no yearsWithoutMembership.',
  })
  personReviewYears(@Ctx() ctx: Context) {
    return ctx.services.privacy.defaultReviewYears(actorOf(ctx));
  }

  @Query(() => PersonConnection, {
    description:
      'Persons without a seat or candidacy for the given number of years (default: the configured review period), to review for erasure.',
  })
  personsForReview(
    @Arg('yearsWithoutMembership', () => Int, { nullable: true }) years: number | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.privacy.forReview(actorOf(ctx), years, page);
  }

  @Mutation(() => Person, {
    description:
      "Replaces a person's name and contact data with a neutral label; seats and decisions keep their numbers.",
  })
  erasePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.privacy.erase(actorOf(ctx), id);
  }
}
