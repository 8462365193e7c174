import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The kinds of record whose history the audit trail keeps. */
export enum AuditEntityType {
  GROUP = 'GROUP',
  PERSON = 'PERSON',
  MEMBERSHIP = 'MEMBERSHIP',
  NOMINATION = 'NOMINATION',
  CANDIDATE = 'CANDIDATE',
  DIALOGUE = 'DIALOGUE',
  DIALOGUE_QUESTION = 'DIALOGUE_QUESTION',
  DIALOGUE_ACTION = 'DIALOGUE_ACTION',
  SHARE_GOAL = 'SHARE_GOAL',
  MEETING = 'MEETING',
  TOPIC = 'TOPIC',
  USER = 'USER',
  IMPORT = 'IMPORT',
  /** A list exported to a file: what was read out of the register, by whom, with which filters. */
  EXPORT = 'EXPORT',
  // feedback and operational goals
  FEEDBACK_RECORD = 'FEEDBACK_RECORD',
  OPERATIONAL_GOAL = 'OPERATIONAL_GOAL',
  // populations: a figure, and the region whose figures' history it belongs to
  REGION_POPULATION = 'REGION_POPULATION',
  REGION = 'REGION',
  COMPOSITION_RULE = 'COMPOSITION_RULE',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(AuditEntityType, { name: 'AuditEntityType' });

/**
 * One change to the register, written in the transaction of the change itself, so that the two are stored or
 * rolled back together. Append-only: the API offers no way to edit or delete an event; only erasure of a person
 * (a GDPR duty) overwrites that person's personal data inside the stored values.
 */
@ObjectType({ description: 'One change to the register: who made it, when, and the values before and after.' })
@Entity('audit_events')
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ISO 8601 instant as text: sorts the same in SQLite and PostgreSQL and pages by keyset without conversions. */
  @Index()
  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'varchar', length: 64 })
  actorUserId: string;

  @Field(() => String, { description: 'Who made the change: the e-mail address of the user, or the process.' })
  @Column({ type: 'varchar', length: 254 })
  actorLabel: string;

  @Field(() => String, { description: 'The operation, named as the mutation that made it, e.g. "updatePerson".' })
  @Column({ type: 'varchar', length: 60 })
  operation: string;

  @Field(() => AuditEntityType)
  @Column({ type: 'varchar', length: 30 })
  entityType: AuditEntityType;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  /** JSON of the changed record's stored values before the change; null when it was created. */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  /** JSON of the stored values after the change; null when the record was removed. */
  @Column({ type: 'text', nullable: true })
  after: string | null;
}

/**
 * The records whose history an event belongs to: the changed record itself and those it concerns (a membership's
 * group and person, a candidate's nomination), so that each page's history is one indexed lookup.
 */
@Entity('audit_event_subjects')
@Index(['entityType', 'entityId'])
export class AuditSubject {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  entityType: AuditEntityType;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  entityId: string;
}
