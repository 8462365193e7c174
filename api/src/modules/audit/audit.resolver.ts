import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventConnection, AuditEventsArgs, AuditFieldChange } from './audit.types.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The history of a record, newest first: its own changes and those of the records belonging to it.',
  })
  auditEvents(@Args(() => AuditEventsArgs) { entityType, entityId, ...page }: AuditEventsArgs, @Ctx() ctx: Context) {
    return ctx.services.audit.history(actorOf(ctx), entityType, entityId, page);
  }

  @FieldResolver(() => Date, { description: 'When the change was committed.' })
  at(@Root() event: AuditEvent) {
    return new Date(event.at);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The stored values before; null for a creation.',
  })
  before(@Root() event: AuditEvent, @Ctx() { services }: Context) {
    return services.audit.values(event.before);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The stored values after; null for a removal.',
  })
  after(@Root() event: AuditEvent, @Ctx() { services }: Context) {
    return services.audit.values(event.after);
  }

  @FieldResolver(() => [AuditFieldChange], { description: 'The fields this change altered.' })
  changes(@Root() event: AuditEvent, @Ctx() { services }: Context) {
    return services.audit.changes(event);
  }
}
