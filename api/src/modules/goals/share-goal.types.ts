import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { Tier } from '../groups/group-type.js';
import { GoalVerdict } from './goal-verdict.js';
import { ShareGoalKind } from './share-goal.entity.js';

@ObjectType({ description: "One region's part in a goal's evaluation." })
export class GoalRow {
  @Field(() => Region)
  region: Region;

  @Field(() => Float, { description: 'The share on the baseline date.' })
  baselineShare: number;

  @Field(() => Float, { description: 'The share on the evaluated day.' })
  share: number;

  @Field(() => Float, { description: 'share − baselineShare.' })
  change: number;

  @Field(() => Float, { description: "The region's population share, for comparison." })
  populationShare: number;

  @Field(() => Float, {
    description:
      'The distance to the population share: (share − populationShare) in percentage points, above 0 when the region holds more. A POPULATION_PARITY row is met when it lies within ±tolerancePoints.',
  })
  gapPoints: number;

  @Field(() => Boolean)
  met: boolean;
}

@ObjectType({ description: 'Whether a goal is met on one day, and why, region by region.' })
export class GoalEvaluation {
  @Field(() => DateScalar)
  asOf: IsoDate;

  @Field(() => Boolean, { description: 'True when every row is met.' })
  met: boolean;

  @Field(() => GoalVerdict, {
    description: 'MET when every row is met, PARTLY_MET when some but not all are, NOT_MET when none is.',
  })
  verdict: GoalVerdict;

  @Field(() => [GoalRow])
  rows: GoalRow[];
}

@InputType()
export class CreateShareGoalInput {
  @Field(() => Int, { nullable: true, description: "The goal's number in the goal framework." })
  @IsOptional()
  @Min(1)
  @Max(99)
  number?: number | null;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => ShareGoalKind)
  kind: ShareGoalKind;

  @Field(() => ID)
  healthcareRegionId: string;

  @Field(() => [Tier], { nullable: true, description: 'Defaults to [NATIONAL].' })
  tiers?: Tier[] | null;

  @Field(() => DateScalar)
  baselineDate: IsoDate;

  @Field(() => DateScalar)
  targetDate: IsoDate;

  @Field(() => [ID], { description: 'Regions of the healthcare region that the goal speaks of.' })
  regionIds: string[];

  @Field(() => Float, { nullable: true })
  tolerancePoints?: number | null;

  @Field(() => Float, { nullable: true })
  maxShare?: number | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateShareGoalInput {
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

  @Field(() => [Tier], { nullable: true })
  tiers?: Tier[] | null;

  @Field(() => DateScalar, { nullable: true })
  baselineDate?: IsoDate | null;

  @Field(() => DateScalar, { nullable: true })
  targetDate?: IsoDate | null;

  @Field(() => [ID], { nullable: true })
  regionIds?: string[] | null;

  @Field(() => Float, { nullable: true })
  tolerancePoints?: number | null;

  @Field(() => Float, { nullable: true })
  maxShare?: number | null;
}
