import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Dialogue } from '../dialogues/dialogue.entity.js';
import { Attendance } from '../meetings/meeting.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Candidate } from '../nominations/nomination.entity.js';
import { Person } from '../persons/person.entity.js';

@ObjectType({
  description: 'A duplicate record merged into the person: its data as it was left, when it was merged, its history.',
})
export class PersonFormerRecord {
  @Field(() => Person)
  person: Person;

  @Field(() => Date, { nullable: true, description: 'When the record was merged into the person.' })
  mergedAt: Date | null;

  @Field(() => [AuditEvent], { description: 'Every recorded change concerning the former record, oldest first.' })
  history: AuditEvent[];
}

@ObjectType({
  description: 'All data the register holds about one person ("registerutdrag"), as fields and as one JSON document.',
})
export class PersonRegisterExtract {
  @Field(() => Date)
  generatedAt: Date;

  @Field(() => Person)
  person: Person;

  @Field(() => [Membership], { description: 'Every seat, archived entries included, oldest first.' })
  memberships: Membership[];

  @Field(() => [Candidate], { description: 'Every candidacy, oldest first.' })
  candidacies: Candidate[];

  @Field(() => [Dialogue], { description: 'The follow-up dialogues the person took part in.' })
  dialogues: Dialogue[];

  @Field(() => [Attendance], {
    description: "The person's rows in meetings' roll calls, present or absent, oldest meeting first.",
  })
  attendance: Attendance[];

  @Field(() => [AuditEvent], { description: 'Every recorded change concerning the person, oldest first.' })
  history: AuditEvent[];

  @Field(() => [PersonFormerRecord], {
    description: 'The duplicate records merged into the person, oldest merge first; their seats and history are above.',
  })
  formerRecords: PersonFormerRecord[];

  @Field(() => GraphQLJSONObject, { description: 'Everything above in one document, group names spelled out.' })
  document: Record<string, unknown>;
}
