import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HealthcareRegion } from './healthcare-region.entity.js';

/**
 * A region: the county-level healthcare provider that nominates people into groups. Its population per year is the
 * populations module's (`RegionPopulation`, and `Region.population` by the year rule).
 */
@ObjectType({ description: 'A region, e.g. Region Norrbotten.' })
@Entity('regions')
export class Region {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: "SCB's county code (länskod), e.g. 25 for Norrbotten." })
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index()
  @Column({ type: 'uuid' })
  healthcareRegionId: string;

  @ManyToOne(() => HealthcareRegion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'healthcareRegionId' })
  healthcareRegion?: HealthcareRegion;
}
