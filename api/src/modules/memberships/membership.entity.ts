import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { Person } from '../persons/person.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { holdsVotingSeat, isDeputy, MemberRole, Participation } from './member-role.js';

/**
 * A person's seat in a group over a closed date interval (Popolo's membership, `representedRegion` its
 * `on_behalf_of`). Ended, never deleted: an entry made in error is archived and then counts nowhere.
 */
@ObjectType({ description: "A person's role in a group from startDate to endDate (the last day served)." })
@Entity('memberships')
@Index(['groupId', 'startDate'])
@Index(['personId', 'groupId'])
@Index(['representedRegionId', 'startDate'])
export class Membership extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'groupId' })
  group?: Group;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'personId' })
  person?: Person;

  @Field(() => MemberRole)
  @Column({ type: 'varchar', length: 30 })
  role: MemberRole;

  @Field(() => Participation, { description: "What the member may do at the group's meetings." })
  @Column({ type: 'varchar', length: 10, default: Participation.DECIDING })
  participation: Participation;

  @Field(() => Boolean, {
    description: 'Whether a quorum is counted on this seat: a deciding member who is not a deputy (holdsVotingSeat).',
  })
  get votingSeat(): boolean {
    return holdsVotingSeat(this);
  }

  @Field(() => Boolean, {
    description: "Whether this is a deputy's seat, which may serve for an absent voting member.",
  })
  get deputy(): boolean {
    return isDeputy(this.role);
  }

  @Column({ type: 'uuid', nullable: true })
  representedRegionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'representedRegionId' })
  representedRegion?: Region | null;

  /** A seat that represents an organisation (a municipal or patient organisation seat) rather than a region. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  representedOrganisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'representedOrganisationId' })
  representedOrganisation?: Organisation | null;

  /** A deputy's tie to the member whose seat they stand in for ("personlig ersättare"); null for other roles. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  standsInForId: string | null;

  @ManyToOne(() => Membership, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standsInForId' })
  standsInFor?: Membership | null;

  /** The predecessor group's term that this one carries over when groups changed form (lineage). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  continuesId: string | null;

  @ManyToOne(() => Membership, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'continuesId' })
  continues?: Membership | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the member's conflict-of-interest declaration (jävsdeklaration) was last reviewed.",
  })
  @Column({ type: 'date', nullable: true })
  interestsReviewedOn: IsoDate | null;

  @Field(() => DateScalar, { description: 'The first day served.' })
  @Column({ type: 'date' })
  startDate: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'The last day served; null while the term is open.' })
  @Column({ type: 'date', nullable: true })
  endDate: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'Free note, e.g. the decision that appointed the member.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when the entry was archived as made in error; it then counts nowhere.',
  })
  @Column({ type: Date, nullable: true })
  archivedAt: Date | null;
}
