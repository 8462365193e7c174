import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';

/**
 * Seats a group has for one healthcare region (national groups) or one region (healthcare-regional and local
 * groups). A seat exists whether or not someone holds it, so a vacancy is a seat without an active membership.
 */
@ObjectType({ description: 'Seats a group has for one healthcare region or one region.' })
@Entity('group_seats')
@Index(['groupId', 'healthcareRegionId', 'regionId'], { unique: true })
export class GroupSeat {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId' })
  group?: Group;

  @Column({ type: 'uuid', nullable: true })
  healthcareRegionId: string | null;

  @ManyToOne(() => HealthcareRegion, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'healthcareRegionId' })
  healthcareRegion?: HealthcareRegion | null;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: Region | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  seats: number;
}
