import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GoalVerdict } from '../goals/goal-verdict.js';
import { OperationalGoalKind } from './operational-goal.entity.js';

/** A goal names a few bodies; a longer list is a mistake or an attack, not a goal. */
const MAX_GROUPS = 20;

@ObjectType({ description: 'One figure behind a verdict, for a goal card: ("Möten", 14), ("Andel", 0.857).' })
export class GoalFigure {
  @Field(() => String)
  label: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true, description: '"share" (0 to 1) or "count".' })
  unit: 'share' | 'count';
}

@ObjectType({ description: "A goal's verdict for one year, with the annual report's paragraph and the figures." })
export class GoalOutcome {
  @Field(() => Int)
  year: number;

  @Field(() => GoalVerdict)
  verdict: GoalVerdict;

  @Field(() => String, {
    description:
      'The annual report\'s paragraph on the goal, in Swedish, e.g. "Under 2024 har 14 möten hållits varvid BG har varit beslutsför vid 12 möten. …"',
  })
  text: string;

  @Field(() => [GoalFigure])
  figures: GoalFigure[];
}

@InputType()
export class CreateOperationalGoalInput {
  @Field(() => Int)
  @Min(1)
  @Max(99)
  number: number;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => OperationalGoalKind)
  kind: OperationalGoalKind;

  @Field(() => ID)
  healthcareRegionId: string;

  @Field(() => [ID], { nullable: true, description: 'MEETING_QUORUM: one body; TOPIC_AT_EVERY_MEETING: the bodies.' })
  @IsOptional()
  @ArrayMaxSize(MAX_GROUPS)
  groupIds?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'MEETING_QUORUM: more than 0, at most 1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  threshold?: number | null;

  @Field(() => Float, { nullable: true, description: 'From 0, below the share that meets the goal.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  partlyThreshold?: number | null;

  @Field(() => ID, { nullable: true, description: 'TOPIC_AT_EVERY_MEETING.' })
  topicId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'FEEDBACK_GIVEN.' })
  feedbackToSkr?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'FEEDBACK_GIVEN.' })
  @IsOptional()
  @ArrayMaxSize(MAX_GROUPS)
  feedbackGroupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'DIALOGUE_ANSWERS.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(60)
  questionKey?: string | null;
}

@InputType({
  description: 'Only the fields given change (null clears an optional one); the kind and healthcare region stay.',
})
export class UpdateOperationalGoalInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(99)
  number?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_GROUPS)
  groupIds?: string[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  threshold?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  partlyThreshold?: number | null;

  @Field(() => ID, { nullable: true })
  topicId?: string | null;

  @Field(() => Boolean, { nullable: true })
  feedbackToSkr?: boolean | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_GROUPS)
  feedbackGroupIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(60)
  questionKey?: string | null;
}
