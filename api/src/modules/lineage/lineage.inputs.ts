import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { GroupSuccession, SuccessionKind } from './group-succession.entity.js';

/** What becomes of the predecessors' members when groups change form. */
export enum MemberTermsOnSuccession {
  END = 'END',
  CARRY_OVER = 'CARRY_OVER',
}

registerEnumType(MemberTermsOnSuccession, {
  name: 'MemberTermsOnSuccession',
  valuesConfig: {
    END: { description: "The predecessors' terms end the day before the change." },
    CARRY_OVER: {
      description: 'The terms end the day before and continue in the (one) successor from the day of the change.',
    },
  },
});

/** At most this many groups on either side of one change: a merger of a whole tier is not one decision. */
const MAX_GROUPS_PER_SIDE = 20;

@InputType({
  description: 'A change of form: the predecessors end the day before takesEffectOn, the successors go on.',
})
export class RecordSuccessionInput {
  @Field(() => [ID])
  @ArrayMaxSize(MAX_GROUPS_PER_SIDE)
  predecessorIds: string[];

  @Field(() => [ID])
  @ArrayMaxSize(MAX_GROUPS_PER_SIDE)
  successorIds: string[];

  @Field(() => SuccessionKind)
  kind: SuccessionKind;

  @Field(() => DateScalar, { description: "The successors' first day; the predecessors' last day is the day before." })
  takesEffectOn: IsoDate;

  @Field(() => MemberTermsOnSuccession)
  memberTerms: MemberTermsOnSuccession;

  @Field(() => String, { nullable: true, description: 'E.g. the decision behind the change.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType({ description: 'What one recorded change did.' })
export class SuccessionResult {
  @Field(() => ID)
  successionId: string;

  @Field(() => [GroupSuccession])
  links: GroupSuccession[];

  @Field(() => Int, { description: "Predecessors' terms that ended (or, not yet begun, were archived)." })
  endedTerms: number;

  @Field(() => Int, { description: 'New terms in the successor continuing ended ones.' })
  carriedOverTerms: number;
}
