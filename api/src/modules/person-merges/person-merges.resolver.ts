import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Person } from '../persons/person.entity.js';
import { DuplicateSuggestion, MergePersonsInput, PersonMerge } from './person-merge.types.js';

@Resolver()
export class PersonMergesResolver {
  @Query(() => [DuplicateSuggestion], {
    description:
      'ADMIN and COORDINATOR: pairs of persons that may be one person, best first (default 20, at most 100). Merged and erased records are never suggested.',
  })
  duplicatePersons(@Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: Context) {
    return ctx.services.personMerges.suggestions(actorOf(ctx), first);
  }

  @Mutation(() => PersonMerge, {
    description:
      'ADMIN and COORDINATOR: merges mergeId into keepId. Every seat, candidacy, dialogue, roll-call row and history entry moves to the kept person; the merged record stays as a former record. Refused with MERGE_OVERLAP when two terms in one group would overlap.',
  })
  mergePersons(@Arg('input', () => MergePersonsInput) input: MergePersonsInput, @Ctx() ctx: Context) {
    return ctx.services.personMerges.merge(actorOf(ctx), input);
  }
}

/** A person's former records and the record a merged one now belongs to. */
@Resolver(() => Person)
export class PersonFormerRecordsResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person this record was merged into, when it is a former record.',
  })
  mergedInto(@Root() person: Person, @Ctx() { loaders }: Context) {
    return person.mergedIntoId ? loaders.person.load(person.mergedIntoId) : null;
  }

  @FieldResolver(() => [Person], { description: 'The records merged into this person, oldest merge first.' })
  formerRecords(@Root() person: Person, @Ctx() { loaders }: Context) {
    return loaders.formerRecordsOf.load(person.id);
  }
}
