import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Person } from '../persons/person.entity.js';

/** Why two records were suggested, in the Swedish the coordinators read. */
export const SUGGESTION_REASONS = {
  similarName: 'Liknande namn',
  sameEmployer: 'Samma arbetsgivare',
  sameGroup: 'Uppdrag i samma grupp',
} as const;

@ObjectType({ description: 'Two person records that may be the same person, with how likely and why.' })
export class DuplicateSuggestion {
  @Field(() => [Person], {
    description: 'The two records, the one with more seats first.',
    // Always two: the query limits weigh it so, not as an unpaged list of twenty.
    complexity: ({ childComplexity }: { childComplexity: number }) => 1 + 2 * childComplexity,
  })
  persons: Person[];

  @Field(() => Float, { description: 'How likely the two are one person, 0 to 1; the list is sorted by it.' })
  score: number;

  @Field(() => [String], {
    description: 'Why, in Swedish: "Liknande namn", "Samma arbetsgivare", "Uppdrag i samma grupp".',
  })
  reasons: string[];
}

@InputType({ description: 'Merges mergeId into keepId: everything mergeId holds moves to keepId.' })
export class MergePersonsInput {
  @Field(() => ID, { description: 'The record that stays.' })
  keepId: string;

  @Field(() => ID, { description: 'The record that becomes a former record of the kept one.' })
  mergeId: string;

  @Field(() => Int, { nullable: true, description: 'The version of the kept record the user saw.' })
  keepVersion?: number | null;

  @Field(() => Int, { nullable: true, description: 'The version of the merged record the user saw.' })
  mergeVersion?: number | null;
}

@ObjectType({ description: 'A merge done: what moved from the merged record to the kept one.' })
export class PersonMerge {
  @Field(() => ID, { description: "The id of the merge's audit event on the kept person." })
  id: string;

  @Field(() => Person)
  kept: Person;

  @Field(() => Person)
  merged: Person;

  @Field(() => Date)
  mergedAt: Date;

  @Field(() => Int)
  movedMemberships: number;

  @Field(() => Int)
  movedCandidacies: number;
}
