import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Tracked } from '../../common/tracked.entity.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Person } from '../persons/person.entity.js';
import { describeRule } from './quorum.js';

/** A subject coordinators follow across meetings' agendas, e.g. "nara-vard" "Nära vård" (goal 5). */
@ObjectType({ description: 'A subject followed across agendas, from a list the coordinators keep.' })
@Entity('topics')
export class Topic extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable key, e.g. "nara-vard".' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;
}

/** A body's or group's quorum rule ("beslutsförhet"); a group without one follows the default (more than half). */
@ObjectType({ description: 'A body\'s or group\'s quorum rule ("beslutsförhet"): every condition given must hold.' })
@Entity('quorum_rules')
export class QuorumRule extends Tracked {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId' })
  group?: Group;

  @Field(() => Int, {
    nullable: true,
    description: 'At least this many voting seats filled (member present or a deputy serving for them).',
  })
  @Column({ type: 'integer', nullable: true })
  minPresent: number | null;

  @Field(() => Float, { nullable: true, description: 'At least this share (0 < x ≤ 1) of the voting seats filled.' })
  @Column({ type: 'float', nullable: true })
  minShare: number | null;

  @Field(() => Boolean, {
    description: 'Every region holding a voting seat is present through a member or a serving deputy.',
  })
  @Column({ type: 'boolean', default: false })
  everyRegionPresent: boolean;

  @Field(() => String, { description: 'The rule in Swedish, written by the server.' })
  get description(): string {
    return describeRule(this);
  }
}

export enum MeetingKind {
  PLANNED = 'PLANNED',
  EXTRA = 'EXTRA',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesConfig: {
    PLANNED: { description: 'Planerat sammanträde' },
    EXTRA: { description: 'Extra sammanträde' },
  },
});

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED_NO_QUORUM = 'CANCELLED_NO_QUORUM',
  CANCELLED = 'CANCELLED',
}

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesConfig: {
    SCHEDULED: { description: 'Not yet held (or not yet recorded)' },
    HELD: { description: 'Hållet' },
    CANCELLED_NO_QUORUM: {
      description: 'Inställt i brist på beslutsförhet: counts as planned and not quorate',
    },
    CANCELLED: { description: 'Inställt eller flyttat i förväg: does not count' },
  },
});

/** The Swedish words of the meeting codes, for exports. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { PLANNED: 'Planerat', EXTRA: 'Extra' };
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  SCHEDULED: 'Planerat, ej hållet',
  HELD: 'Hållet',
  CANCELLED_NO_QUORUM: 'Inställt i brist på beslutsförhet',
  CANCELLED: 'Inställt i förväg',
};

/** A meeting ("sammanträde") of a body or group on one day. */
@ObjectType({ description: 'A meeting ("sammanträde") of a body or group on one day.' })
@Entity('meetings')
@Index(['groupId', 'date'])
export class Meeting extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'groupId' })
  group?: Group;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date: IsoDate;

  @Field(() => MeetingKind)
  @Column({ type: 'varchar', length: 10 })
  kind: MeetingKind;

  @Field(() => MeetingStatus)
  @Column({ type: 'varchar', length: 20 })
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [String], {
    description: 'Others present, as free text, e.g. "Anna Berg, NRF (sekreterare)".',
  })
  @Column({ type: 'simple-json' })
  othersPresent: string[];
}

/** One member's row of a meeting's roll call ("närvaro"): one per member of the group on the meeting day. */
@ObjectType({ description: "One member's row of a meeting's roll call." })
@Entity('meeting_attendance')
@Index(['meetingId', 'membershipId'], { unique: true })
export class Attendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Index()
  @Column({ type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membershipId' })
  membership?: Membership;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Person;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  present: boolean;

  @Column({ type: 'uuid', nullable: true })
  servingForPersonId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'servingForPersonId' })
  servingFor?: Person | null;

  /**
   * Whether the membership held a voting seat on the meeting day, kept with the row: the statistics count the seats
   * as the roll call found them, whatever later corrections of the term say.
   */
  @Field(() => Boolean, { description: 'The membership holds a voting seat (holdsVotingSeat).' })
  @Column({ type: 'boolean' })
  votingSeat: boolean;
}

/** One item of a meeting's agenda ("dagordning"), with the paragraph ("§ 12") of the minutes. */
@ObjectType({ description: 'One item of a meeting\'s agenda ("dagordning").' })
@Entity('agenda_items')
@Index(['meetingId', 'position'], { unique: true })
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Meeting;

  @Field(() => Int, { description: '1..n in agenda order.' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** The topics the item takes up; topics are never deleted, so the ids stay valid. */
  @Column({ type: 'simple-json' })
  topicIds: string[];

  @Field(() => String, { nullable: true, description: 'The decision, in short (at most 2000 characters).' })
  @Column({ type: 'text', nullable: true })
  decision: string | null;

  @Field(() => String, { nullable: true, description: 'The paragraph of the minutes as typed, e.g. "§ 12".' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  paragraph: string | null;
}
