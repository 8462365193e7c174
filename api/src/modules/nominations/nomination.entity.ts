import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Tracked } from '../../common/tracked.entity.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { MemberRole } from '../memberships/member-role.js';
import { Person } from '../persons/person.entity.js';

export enum NominationStatus {
  OPEN = 'OPEN',
  REVIEW = 'REVIEW',
  DECIDED = 'DECIDED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(NominationStatus, {
  name: 'NominationStatus',
  valuesConfig: {
    OPEN: { description: 'Regions may propose candidates.' },
    REVIEW: { description: 'The call is closed; the candidates are assessed.' },
    DECIDED: { description: 'Decided: the appointed candidates hold memberships.' },
    CANCELLED: { description: 'Cancelled without a decision.' },
  },
});

/** A call to fill seats in a group ("nominering"), from vacancy to decision. */
@ObjectType({
  description: 'A nomination: seats in a group to fill, the candidates regions propose, and the decision.',
})
@Entity('nominations')
@Index(['status', 'dueDate'])
export class Nomination extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'groupId' })
  group?: Group;

  @Field(() => MemberRole)
  @Column({ type: 'varchar', length: 30 })
  role: MemberRole;

  @Field(() => Int, { description: 'How many may be appointed.' })
  @Column({ type: 'integer' })
  seats: number;

  @Field(() => DateScalar, { description: 'The last day for proposals.' })
  @Column({ type: 'date' })
  dueDate: IsoDate;

  @Field(() => NominationStatus)
  @Column({ type: 'varchar', length: 12 })
  status: NominationStatus;

  /** Set when the call is for one region's seat. */
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: Region | null;

  @Field(() => String, { nullable: true, description: 'The remit and competences sought, as free text.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. "BG 2024-05-12 § 7".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decisionReference: string | null;

  @Column({ type: 'varchar', length: 64 })
  openedBy: string;
}

/** A person a region proposes for a nomination, with what the decision file needs. */
@ObjectType({ description: 'A candidate proposed by a region, with the approvals a decision needs.' })
@Entity('candidates')
@Index(['nominationId', 'personId'])
export class Candidate extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  nominationId: string;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Nomination;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Person;

  @Column({ type: 'uuid' })
  representedRegionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'representedRegionId' })
  representedRegion?: Region;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  competence: string | null;

  @Field(() => String, { nullable: true, description: 'Title at the time of the proposal.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => Boolean, { description: "The nearest manager's approval." })
  @Column({ type: 'boolean' })
  managerApproved: boolean;

  @Field(() => Boolean, { description: 'A conflict-of-interest declaration ("jävsdeklaration") is on file.' })
  @Column({ type: 'boolean' })
  conflictOfInterestDeclared: boolean;

  @Field(() => Boolean, { description: 'The coordinator has reviewed the declaration ("jävsprövning").' })
  @Column({ type: 'boolean', default: false })
  declarationReviewed: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  appointed: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: Date, nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'varchar', length: 64 })
  proposedBy: string;
}

export enum NominationAction {
  OPENED = 'OPENED',
  CANDIDATE_PROPOSED = 'CANDIDATE_PROPOSED',
  CANDIDATE_WITHDRAWN = 'CANDIDATE_WITHDRAWN',
  MOVED_TO_REVIEW = 'MOVED_TO_REVIEW',
  DECIDED = 'DECIDED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(NominationAction, { name: 'NominationAction' });

/** One step in a nomination's life, kept with who took it and when. */
@ObjectType()
@Entity('nomination_events')
export class NominationEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  nominationId: string;

  @ManyToOne(() => Nomination, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: Nomination;

  @Field(() => NominationAction)
  @Column({ type: 'varchar', length: 30 })
  action: NominationAction;

  @Field(() => NominationStatus)
  @Column({ type: 'varchar', length: 12 })
  status: NominationStatus;

  /** Free text of the step (a decision's reference, a reason). A candidate is named by `personId`, never here. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  /**
   * The candidate a step concerns, by id: history shows their current name, so a rename or an erasure leaves no
   * old name behind.
   */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'varchar', length: 64 })
  actorUserId: string;

  @Field(() => Date)
  @CreateDateColumn()
  at: Date;
}
