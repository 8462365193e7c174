import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Tracked } from '../../common/tracked.entity.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { Group } from '../groups/group.entity.js';

export enum FeedbackRecipient {
  SKR = 'SKR',
  GROUP = 'GROUP',
}

registerEnumType(FeedbackRecipient, {
  name: 'FeedbackRecipient',
  valuesConfig: {
    SKR: { description: 'Sveriges Kommuner och Regioner.' },
    GROUP: {
      description: 'A body or group of the register, e.g. the förbundsdirektion (FD); named by recipientGroup.',
    },
  },
});

/** "SKR" as the report names it; a group recipient goes by the group's own name. */
export const SKR_NAME = 'SKR';

/**
 * A dated record that a healthcare region gave an evaluation or a report to a recipient ("återkoppling"): what goal 3
 * of NRF's annual report is judged on.
 */
@ObjectType({ description: 'A dated record that an evaluation or report was given to a recipient.' })
@Entity('feedback_records')
@Index(['healthcareRegionId', 'givenOn'])
export class FeedbackRecord extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  healthcareRegionId: string;

  @ManyToOne(() => HealthcareRegion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'healthcareRegionId' })
  healthcareRegion?: HealthcareRegion;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  givenOn: IsoDate;

  @Field(() => FeedbackRecipient)
  @Column({ type: 'varchar', length: 10 })
  recipient: FeedbackRecipient;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  recipientGroupId: string | null;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipientGroupId' })
  recipientGroup?: Group;

  @Field(() => String, { description: 'What it covered.' })
  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Field(() => String, { nullable: true, description: 'E.g. a diary number or a link to the document.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reference: string | null;
}
