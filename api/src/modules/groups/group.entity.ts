import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Region } from '../geography/region.entity.js';
import { GroupKind, GroupStatus, GroupType, Tier, kindOf, tierOf } from './group-type.js';

/**
 * A group of the knowledge organisation on any tier. Relations (parent, counterpart, owners) are kept as ids and
 * resolved through per-request loaders, so a page of groups never costs a query per group.
 */
@ObjectType({ description: 'A programme area, working group or collaboration group on one of the three tiers.' })
@Entity('groups')
@Index(['type', 'searchKey'])
export class Group extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Folded name for case-insensitive search and sorting. */
  @Column({ type: 'varchar', length: 200 })
  searchKey: string;

  @Field(() => GroupType)
  @Column({ type: 'varchar', length: 16 })
  type: GroupType;

  @Field(() => Tier, { description: 'Derived from the type.' })
  get tier(): Tier {
    return tierOf(this.type);
  }

  @Field(() => GroupKind, { description: 'Derived from the type.' })
  get kind(): GroupKind {
    return kindOf(this.type);
  }

  @Field(() => GroupStatus)
  @Column({ type: 'varchar', length: 10, default: GroupStatus.ACTIVE })
  status: GroupStatus;

  @Field(() => String, { nullable: true, description: 'The remit ("uppdrag") of the group, as free text.' })
  @Column({ type: 'text', nullable: true })
  mandate: string | null;

  @Field(() => Boolean, { description: 'Whether the group runs university healthcare ("universitetssjukvård").' })
  @Column({ type: 'boolean', default: false })
  universityHealthcare: boolean;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Group, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: Group | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  counterpartId: string | null;

  @ManyToOne(() => Group, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counterpartId' })
  counterpart?: Group | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  healthcareRegionId: string | null;

  @ManyToOne(() => HealthcareRegion, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'healthcareRegionId' })
  healthcareRegion?: HealthcareRegion | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: Region | null;
}
