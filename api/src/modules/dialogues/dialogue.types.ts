import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Group } from '../groups/group.entity.js';
import { GroupType } from '../groups/group-type.js';
import { ActionStatus, Dialogue, DialogueQuestion } from './dialogue.entity.js';

@InputType()
export class CreateDialogueQuestionInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(60)
  key: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(5000)
  text: string;

  @Field(() => [GroupType])
  appliesTo: GroupType[];

  @Field(() => Boolean, { defaultValue: false })
  universityHealthcareOnly: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  goal?: string | null;
}

@InputType({ description: 'Only the fields given change; the year and key stay.' })
export class UpdateDialogueQuestionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(5000)
  text?: string | null;

  @Field(() => [GroupType], { nullable: true })
  appliesTo?: GroupType[] | null;

  @Field(() => Boolean, { nullable: true })
  universityHealthcareOnly?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  goal?: string | null;
}

@InputType()
export class AnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => String)
  @MaxLength(20000)
  text: string;
}

@InputType()
export class ActionInput {
  @Field(() => ID, { nullable: true, description: 'An existing action to keep or change; omit for a new one.' })
  id?: string | null;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(2000)
  description: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  ownerName: string;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: IsoDate | null;

  @Field(() => ActionStatus, { nullable: true })
  status?: ActionStatus | null;
}

@InputType()
export class LogDialogueInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => DateScalar)
  heldOn: IsoDate;

  @Field(() => Int, { nullable: true, description: 'The follow-up year; heldOn must fall in it.' })
  year?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'A further dialogue in a year that already had one.' })
  supplementary: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Members of the group on heldOn who took part.' })
  participantIds: string[];

  @Field(() => [AnswerInput], { defaultValue: [] })
  answers: AnswerInput[];

  @Field(() => [ActionInput], { defaultValue: [] })
  actions: ActionInput[];
}

@InputType({ description: 'Replaces what is given; the earlier state is kept as a revision.' })
export class UpdateDialogueInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => DateScalar, { nullable: true })
  heldOn?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => [ID], { nullable: true })
  participantIds?: string[] | null;

  @Field(() => [AnswerInput], { nullable: true })
  answers?: AnswerInput[] | null;

  @Field(() => [ActionInput], { nullable: true })
  actions?: ActionInput[] | null;
}

@ObjectType({ description: 'How far one question of one year has been answered.' })
export class DialogueCoverage {
  @Field(() => Int)
  year: number;

  @Field(() => String)
  questionKey: string;

  @Field(() => Int, { description: 'Active groups the question applies to.' })
  required: number;

  @Field(() => Int, { description: 'Of those, the ones whose dialogue that year answers it.' })
  answered: number;

  @Field(() => Boolean)
  complete: boolean;

  @Field(() => [Group])
  missing: Group[];
}

@ObjectType({ description: "One group's row in a year's overview." })
export class DialogueOverviewRow {
  @Field(() => Group)
  group: Group;

  @Field(() => [Dialogue])
  dialogues: Dialogue[];

  @Field(() => [String], { description: 'Keys of the questions that apply to the group.' })
  required: string[];

  @Field(() => [String], { description: 'Keys answered in a dialogue that year.' })
  answered: string[];
}

@ObjectType({ description: 'A goal that rests on the answers to one question.' })
export class DialogueGoalStatus {
  @Field(() => String)
  goal: string;

  @Field(() => String)
  questionKey: string;

  @Field(() => Boolean)
  met: boolean;
}

@ObjectType({ description: "A year's follow-up dialogues: groups × questions, and the goals that rest on them." })
export class DialogueYearOverview {
  @Field(() => Int)
  year: number;

  @Field(() => [DialogueQuestion])
  questions: DialogueQuestion[];

  @Field(() => [DialogueOverviewRow])
  rows: DialogueOverviewRow[];

  @Field(() => [DialogueCoverage])
  coverage: DialogueCoverage[];

  @Field(() => [DialogueGoalStatus])
  goals: DialogueGoalStatus[];
}
