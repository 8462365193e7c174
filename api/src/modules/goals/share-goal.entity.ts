import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Tracked } from '../../common/tracked.entity.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Tier } from '../groups/group-type.js';

export enum ShareGoalKind {
  INCREASE_SHARE = 'INCREASE_SHARE',
  POPULATION_PARITY = 'POPULATION_PARITY',
  MAX_SHARE = 'MAX_SHARE',
}

registerEnumType(ShareGoalKind, {
  name: 'ShareGoalKind',
  valuesConfig: {
    INCREASE_SHARE: {
      description: "Met when every listed region's share on asOf is greater than on baselineDate (NRF goal 1).",
    },
    POPULATION_PARITY: {
      description:
        "Met when every listed region's share is within `tolerancePoints` percentage points of its population share.",
    },
    MAX_SHARE: { description: "Met when every listed region's share is at most `maxShare`." },
  },
});

/** A target for how a healthcare region's seats are shared, e.g. "the three smaller regions grow their share". */
@ObjectType({ description: "A goal for how a healthcare region's seats are shared between its regions." })
@Entity('share_goals')
export class ShareGoal extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The goal\'s number in the healthcare region\'s goal framework ("Mål 1"); the annual report follows up numbered goals.',
  })
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ShareGoalKind)
  @Column({ type: 'varchar', length: 30 })
  kind: ShareGoalKind;

  @Index()
  @Column({ type: 'uuid' })
  healthcareRegionId: string;

  @ManyToOne(() => HealthcareRegion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'healthcareRegionId' })
  healthcareRegion?: HealthcareRegion;

  @Field(() => [Tier], { description: 'The tiers whose seats count.' })
  @Column({ type: 'simple-json' })
  tiers: Tier[];

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  baselineDate: IsoDate;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  targetDate: IsoDate;

  /** The regions the goal speaks of; a short list, so kept with the goal. */
  @Column({ type: 'simple-json' })
  regionIds: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'POPULATION_PARITY: the allowed gap to the population share, in percentage points.',
  })
  @Column({ type: 'float', nullable: true })
  tolerancePoints: number | null;

  @Field(() => Float, { nullable: true, description: 'MAX_SHARE: the largest allowed share, from 0 to 1.' })
  @Column({ type: 'float', nullable: true })
  maxShare: number | null;
}
