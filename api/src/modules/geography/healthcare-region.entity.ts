import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A sjukvårdsregion: one of the six healthcare regions that groups the 21 regions. */
@ObjectType({ description: 'A healthcare region ("sjukvårdsregion"), e.g. Norra sjukvårdsregionen.' })
@Entity('healthcare_regions')
export class HealthcareRegion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable code, e.g. NORRA.' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;
}
