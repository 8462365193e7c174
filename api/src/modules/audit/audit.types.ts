import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Connection, PageArgs } from '../../common/connection.js';
import { AuditEntityType, AuditEvent } from './audit-event.entity.js';

@ObjectType({ description: 'One field an audit event changed, its values shown as text.' })
export class AuditFieldChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEntityType)
  entityType: AuditEntityType;

  @Field(() => ID)
  entityId: string;
}
