import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Group } from '../groups/group.entity.js';

/** How groups changed form: the shape of one succession, judged from how many groups go in and come out. */
export enum SuccessionKind {
  MERGER = 'MERGER',
  SPLIT = 'SPLIT',
  TRANSFORMATION = 'TRANSFORMATION',
}

registerEnumType(SuccessionKind, {
  name: 'SuccessionKind',
  valuesConfig: {
    MERGER: { description: 'Sammanslagning: several groups become one (RCC Norr into RPO Cancer).' },
    SPLIT: { description: 'Delning: one group becomes several.' },
    TRANSFORMATION: {
      description: 'Ombildning: one group becomes another, often of another type (expert group → LAG).',
    },
  },
});

/**
 * One link of a group's lineage: `successor` took over from `predecessor` on `takesEffectOn`, the predecessor's last
 * day being the day before. A merger or split is several links made in one operation, sharing `successionId`.
 */
@ObjectType({ description: 'A link of lineage: the successor took over from the predecessor on takesEffectOn.' })
@Entity('group_successions')
@Index(['predecessorId', 'successorId'], { unique: true })
@Index(['successorId'])
export class GroupSuccession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The operation that made this link; the links of one merger or split share it. */
  @Field(() => ID, { description: 'The operation that made this link; the links of one merger or split share it.' })
  @Index()
  @Column({ type: 'uuid' })
  successionId: string;

  @Column({ type: 'uuid' })
  predecessorId: string;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessorId' })
  predecessor?: Group;

  @Column({ type: 'uuid' })
  successorId: string;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successorId' })
  successor?: Group;

  @Field(() => SuccessionKind)
  @Column({ type: 'varchar', length: 16 })
  kind: SuccessionKind;

  @Field(() => DateScalar, { description: "The successor's first day; the predecessor's last day is the day before." })
  @Column({ type: 'date' })
  takesEffectOn: IsoDate;

  @Field(() => String, { nullable: true, description: 'E.g. the decision behind the change.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date)
  @CreateDateColumn()
  createdAt: Date;
}
