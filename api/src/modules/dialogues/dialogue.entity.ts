import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Tracked } from '../../common/tracked.entity.js';
import { Group } from '../groups/group.entity.js';
import { GroupType } from '../groups/group-type.js';

/** A set question of one year's follow-up dialogues, e.g. how an RPO works with levels of care (goal 2). */
@ObjectType({ description: "A question of one year's follow-up dialogues." })
@Entity('dialogue_questions')
@Index(['year', 'key'], { unique: true })
export class DialogueQuestion extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, { description: 'Stable key across years, e.g. "nivastrukturering".' })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;

  @Field(() => [GroupType], { description: 'The group types the question is asked of.' })
  @Column({ type: 'simple-json' })
  appliesTo: GroupType[];

  @Field(() => Boolean, { description: 'Asked only of groups that run university healthcare.' })
  @Column({ type: 'boolean', default: false })
  universityHealthcareOnly: boolean;

  @Field(() => String, { nullable: true, description: 'The goal the answers document, e.g. "Mål 2".' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  goal: string | null;

  @Field(() => Int, { description: 'Position in the question set.' })
  @Column({ type: 'integer', default: 0 })
  position: number;
}

/** A follow-up dialogue ("uppföljningsdialog") held with a group on one day. */
@ObjectType({ description: 'A follow-up dialogue held with a group on one day.' })
@Entity('dialogues')
@Index(['groupId', 'year'])
export class Dialogue extends Tracked {
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
  heldOn: IsoDate;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Boolean, { description: 'A further dialogue in a year that already had one.' })
  @Column({ type: 'boolean', default: false })
  supplementary: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Members of the group on the day who took part; a short list kept with the dialogue. */
  @Column({ type: 'simple-json' })
  participantIds: string[];

  @Column({ type: 'varchar', length: 64 })
  leadUserId: string;
}

@ObjectType()
@Entity('dialogue_answers')
@Index(['dialogueId', 'questionId'], { unique: true })
export class DialogueAnswer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogueId' })
  dialogue?: Dialogue;

  @Index()
  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => DialogueQuestion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionId' })
  question?: DialogueQuestion;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;
}

export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** Something agreed in a dialogue, followed up until done. */
@ObjectType({ description: 'An action agreed in a dialogue.' })
@Entity('dialogue_actions')
@Index(['status', 'dueDate'])
export class DialogueAction extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogueId' })
  dialogue?: Dialogue;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  ownerName: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  dueDate: IsoDate | null;

  @Field(() => ActionStatus)
  @Column({ type: 'varchar', length: 8, default: ActionStatus.OPEN })
  status: ActionStatus;
}

/** The state of a dialogue before an edit, so that nothing once documented is lost. */
@ObjectType({ description: 'A dialogue as it was before an edit.' })
@Entity('dialogue_revisions')
export class DialogueRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  dialogueId: string;

  @ManyToOne(() => Dialogue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dialogueId' })
  dialogue?: Dialogue;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => String, { description: 'The earlier state as JSON: date, notes, participants, answers, actions.' })
  @Column({ type: 'text' })
  snapshot: string;

  @Column({ type: 'varchar', length: 64 })
  editedBy: string;

  @Field(() => Date)
  @CreateDateColumn()
  editedAt: Date;
}
