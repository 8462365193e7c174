import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import { Region } from '../geography/region.entity.js';

/**
 * A region's population in one year (31 December, as Statistics Sweden publishes it). Every report on a day uses the
 * figures of that day's year by the year rule (`populationOfYear`).
 */
@ObjectType({ description: "A region's population in one year, as kept by the coordinators." })
@Entity('region_populations')
@Index(['regionId', 'year'], { unique: true })
export class RegionPopulation extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'regionId' })
  region?: Region;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'Inhabitants on 31 December of the year.' })
  @Column({ type: 'integer' })
  population: number;
}
