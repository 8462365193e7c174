import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';

export enum OperationalGoalKind {
  MEETING_QUORUM = 'MEETING_QUORUM',
  TOPIC_AT_EVERY_MEETING = 'TOPIC_AT_EVERY_MEETING',
  FEEDBACK_GIVEN = 'FEEDBACK_GIVEN',
  DIALOGUE_ANSWERS = 'DIALOGUE_ANSWERS',
}

registerEnumType(OperationalGoalKind, {
  name: 'OperationalGoalKind',
  valuesConfig: {
    MEETING_QUORUM: {
      description: "A body quorate at no fewer than `threshold` of its counted meetings in the year (NRF's goal 4).",
    },
    TOPIC_AT_EVERY_MEETING: {
      description: "A topic on the agenda of every held meeting of the named bodies in the year (NRF's goal 5).",
    },
    FEEDBACK_GIVEN: { description: "Feedback recorded to every named recipient in the year (NRF's goal 3)." },
    DIALOGUE_ANSWERS: {
      description: "Every group a dialogue question applies to has its answer documented (NRF's goals 2 and 6).",
    },
  },
});

/**
 * One of a healthcare region's numbered goals that is judged, year by year, from what the register records besides
 * the seats: meetings and their quorum, agendas, feedback given, dialogue answers. Which fields a goal has depends on
 * its kind; the service refuses the others.
 */
@ObjectType({ description: 'A goal judged each year from the meetings, feedback or dialogues the register records.' })
@Entity('operational_goals')
export class OperationalGoal extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: 'The goal\'s number in the goal framework ("Mål 4").' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => OperationalGoalKind)
  @Column({ type: 'varchar', length: 30 })
  kind: OperationalGoalKind;

  @Index()
  @Column({ type: 'uuid' })
  healthcareRegionId: string;

  @ManyToOne(() => HealthcareRegion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'healthcareRegionId' })
  healthcareRegion?: HealthcareRegion;

  /** MEETING_QUORUM: the one body; TOPIC_AT_EVERY_MEETING: the bodies. A short list, so kept with the goal. */
  @Column({ type: 'simple-json' })
  groupIds: string[];

  @Field(() => Float, { nullable: true, description: 'MEETING_QUORUM: the share of meetings quorate, e.g. 0.9.' })
  @Column({ type: 'float', nullable: true })
  threshold: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The share at or above which the goal is partly met: of meetings quorate, of meetings with the topic, of groups answered. Null: the goal has no partly-met level.',
  })
  @Column({ type: 'float', nullable: true })
  partlyThreshold: number | null;

  /** TOPIC_AT_EVERY_MEETING: the topic. Checked by the service when set; topics are never deleted. */
  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Field(() => Boolean, { description: 'FEEDBACK_GIVEN: SKR is a named recipient.' })
  @Column({ type: 'boolean', default: false })
  feedbackToSkr: boolean;

  /** FEEDBACK_GIVEN: the named bodies, such as the förbundsdirektion. */
  @Column({ type: 'simple-json' })
  feedbackGroupIds: string[];

  @Field(() => String, { nullable: true, description: "DIALOGUE_ANSWERS: the dialogue question's key." })
  @Column({ type: 'varchar', length: 60, nullable: true })
  questionKey: string | null;
}
