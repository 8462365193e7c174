import {
  ArrayMaxSize,
  IsOptional,
  IsPositive,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { MeetingKind, MeetingStatus } from './meeting.entity.js';

@InputType()
export class CreateTopicInput {
  @Field(() => String, { description: 'Lower-case letters, digits and hyphens, 2–40 characters, e.g. "nara-vard".' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'key must be 2–40 lower-case letters, digits or hyphens' })
  key: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

@InputType()
export class UpdateTopicInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType({ description: 'Every condition given must hold; give minPresent, minShare or both.' })
export class SetQuorumRuleInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1000)
  minPresent?: number | null;

  @Field(() => Float, { nullable: true, description: '0 < minShare ≤ 1.' })
  @IsOptional()
  @IsPositive()
  @Max(1)
  minShare?: number | null;

  @Field(() => Boolean)
  everyRegionPresent: boolean;

  @Field(() => Int, { nullable: true, description: "The rule's version; omit when the group has no rule yet." })
  expectedVersion?: number | null;
}

@InputType()
export class CreateMeetingInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => DateScalar)
  date: IsoDate;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => MeetingStatus, { nullable: true, description: 'Default SCHEDULED.' })
  status?: MeetingStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateMeetingInput {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar, { nullable: true })
  date?: IsoDate | null;

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind | null;

  @Field(() => MeetingStatus, { nullable: true })
  status?: MeetingStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class RollCallEntryInput {
  @Field(() => ID)
  personId: string;

  @Field(() => Boolean)
  present: boolean;

  @Field(() => ID, { nullable: true, description: 'A present deputy serving for this (absent) voting member.' })
  servingForPersonId?: string | null;
}

@InputType({
  description:
    'Replaces the whole roll call and sets the meeting HELD; members of the group on the day who are not listed are recorded absent.',
})
export class RecordRollCallInput {
  @Field(() => ID)
  meetingId: string;

  @Field(() => [RollCallEntryInput])
  @ArrayMaxSize(500)
  @ValidateNested()
  entries: RollCallEntryInput[];

  @Field(() => [String], { nullable: true, description: 'Omitted: the others present stay as recorded.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  othersPresent?: string[] | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class AgendaItemInput {
  @Field(() => String)
  @MinLength(1)
  @MaxLength(500)
  title: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  topicIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  decision?: string | null;

  @Field(() => String, { nullable: true, description: 'As typed, e.g. "§ 12".' })
  @IsOptional()
  @MaxLength(20)
  paragraph?: string | null;
}

@InputType({ description: 'Replaces the agenda; the items take positions 1..n in the order given.' })
export class SetAgendaInput {
  @Field(() => ID)
  meetingId: string;

  @Field(() => [AgendaItemInput])
  @ArrayMaxSize(200)
  @ValidateNested()
  items: AgendaItemInput[];

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

/** A meeting's quorum as computed from its roll call and its group's rule. */
@ObjectType({ description: "A meeting's quorum, computed from its roll call and its group's rule." })
export class MeetingQuorum {
  meetingId: string;

  @Field(() => Boolean, { description: "Counts towards the year's planned meetings: HELD or CANCELLED_NO_QUORUM." })
  counts: boolean;

  @Field(() => Boolean, { description: 'HELD with the rule met; false otherwise.' })
  quorate: boolean;

  @Field(() => Int, { description: 'Voting seats on the meeting day.' })
  votingSeats: number;

  @Field(() => Int, { description: 'Voting seats filled: member present, or a deputy serving for them.' })
  filled: number;

  @Field(() => Int, { description: 'Voting members absent (whether or not a deputy served).' })
  absent: number;

  @Field(() => Boolean, { description: 'Quorate and absent > 0 ("delvis frånvaro").' })
  partialAbsence: boolean;

  /** Regions with a voting seat and nobody present for it; resolved to regions by the loader. */
  regionIdsMissing: string[];

  @Field(() => String, { description: 'In Swedish, e.g. "Beslutsför: 4 av 5 röstberättigade platser besatta (…)."' })
  explanation: string;
}

/** What other modules read of a meeting's quorum. */
export type MeetingQuorumValue = MeetingQuorum;

@ObjectType({ description: "A body's or group's meetings of one year, counted." })
export class MeetingYear {
  groupId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Not yet held.' })
  scheduled: number;

  @Field(() => Int, { description: 'HELD + CANCELLED_NO_QUORUM, planned and extra.' })
  counted: number;

  @Field(() => Int)
  held: number;

  @Field(() => Int)
  quorate: number;

  @Field(() => Int, { description: 'Quorate meetings with partial absence.' })
  partialAbsence: number;

  @Field(() => Int)
  cancelledNoQuorum: number;

  @Field(() => Int, { description: 'Cancelled in advance; not counted.' })
  cancelled: number;

  @Field(() => Int, { description: 'Extra meetings among the counted.' })
  extra: number;

  @Field(() => Float, { nullable: true, description: 'quorate / counted; null when nothing is counted.' })
  quorateShare: number | null;
}

@ObjectType({ description: "One body's or group's attendance in a year." })
export class BodyAttendance {
  groupId: string;

  @Field(() => Int, { description: 'Counted meetings (HELD + CANCELLED_NO_QUORUM).' })
  meetings: number;

  @Field(() => Int, { description: 'Roll-call rows with a voting seat at HELD meetings.' })
  expected: number;

  @Field(() => Int)
  present: number;

  @Field(() => Float, { nullable: true, description: 'present / expected; null when nobody was expected.' })
  share: number | null;
}

@ObjectType({ description: "The attendance of one region's voting seats in a year." })
export class RegionAttendance {
  regionId: string;

  @Field(() => Int)
  expected: number;

  @Field(() => Int)
  present: number;

  @Field(() => Float, { nullable: true })
  share: number | null;
}

@ObjectType({ description: "One person's attendance in one body or group in a year." })
export class PersonAttendance {
  personId: string;

  groupId: string;

  /** For exports: the name as the roll call's person, and the regions the person's voting seats represented. */
  personName: string;

  regionIds: string[];

  @Field(() => Int, { description: 'Meetings held while the person held a voting seat.' })
  expected: number;

  @Field(() => Int)
  present: number;

  @Field(() => Float, { nullable: true })
  share: number | null;
}

@ObjectType({ description: "Attendance at the year's held meetings of a healthcare region's bodies and groups." })
export class AttendanceStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => [BodyAttendance])
  byBody: BodyAttendance[];

  @Field(() => [RegionAttendance])
  byRegion: RegionAttendance[];

  @Field(() => [PersonAttendance])
  byPerson: PersonAttendance[];
}
