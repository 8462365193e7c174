import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { type ConnectionData, type PageArgs, paginate } from '../../common/connection.js';
import { type Actor, requireRole, USER_MANAGERS } from '../../common/actor.js';
import { AuditEntityType, AuditEvent, AuditSubject } from './audit-event.entity.js';
import { RegisterVersion } from './register-version.entity.js';
import { requestScope } from '../../common/request-scope.js';

/** Stored values of a record as the audit trail keeps them: column name → JSON value. */
export type AuditValues = Record<string, unknown>;

export interface AuditedChange {
  /** The mutation that made the change, e.g. `updatePerson`. */
  operation: string;
  entityType: AuditEntityType;
  entityId: string;
  /** The record before the change (an entity, or values taken with `snapshot` before it was modified). */
  before?: object | null;
  after?: object | null;
  /** Other records whose history the change belongs to, such as a membership's group and person. */
  concerns?: { entityType: AuditEntityType; entityId: string | null | undefined }[];
}

export interface AuditFieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * Columns left out of the stored values: derived keys and timestamps repeat what is there already, and a password
 * hash must never be copied anywhere.
 */
const OMITTED_COLUMNS = new Set(['createdAt', 'updatedAt', 'searchKey', 'emailKey', 'nameKey', 'passwordHash']);

/** A person's own data in the stored values of the person and their candidacies; erasure overwrites exactly these. */
const PERSONAL_FIELDS = ['name', 'email', 'title', 'gender', 'motivation', 'competence'] as const;

const displayValue = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** Events recorded but not yet written; a refused row of an import takes its own back with `rollbackTo`. */
export class DeferredEvents {
  events: AuditEvent[] = [];
  subjects: AuditSubject[] = [];

  mark(): [number, number] {
    return [this.events.length, this.subjects.length];
  }

  rollbackTo([events, subjects]: [number, number]): void {
    this.events.length = events;
    this.subjects.length = subjects;
  }
}

/**
 * The audit trail: every service that changes the register records the change here with the transaction's own
 * EntityManager, so that the event is committed or rolled back with the change it describes.
 */
export class AuditTrail {
  private readonly deferred = new WeakMap<QueryRunner, DeferredEvents>();

  constructor(private readonly db: DataSource) {}

  /** The stored values of an entity now: take them before modifying it to record the state before a change. */
  snapshot(entity: object): AuditValues {
    if (!this.db.hasMetadata(entity.constructor)) return { ...entity };
    const values: AuditValues = {};
    for (const column of this.db.getMetadata(entity.constructor).columns) {
      if (OMITTED_COLUMNS.has(column.propertyName)) continue;
      const value: unknown = column.getEntityValue(entity);
      values[column.propertyName] = value instanceof Date ? value.toISOString() : (value ?? null);
    }
    return values;
  }

  /**
   * Records that data left the register (an export, a register extract): who, when, what and with which filters, in
   * `after`. It changes nothing, so the register's version, and with it every cache, stays as it is.
   */
  async recordAccess(
    em: EntityManager,
    actor: Actor,
    access: Omit<AuditedChange, 'before' | 'after'> & { read: AuditValues },
  ): Promise<void> {
    const { read, ...change } = access;
    const event = this.event(em, actor, { ...change, after: read });
    await em.getRepository(AuditEvent).insert(event);
    await em.getRepository(AuditSubject).insert(this.subjectsOf(event, change));
  }

  async record(em: EntityManager, actor: Actor, change: AuditedChange): Promise<AuditEvent> {
    const event = this.event(em, actor, change);
    const subjects = this.subjectsOf(event, change);
    const deferred = em.queryRunner && this.deferred.get(em.queryRunner);
    if (deferred) {
      deferred.events.push(event);
      deferred.subjects.push(...subjects);
      return event;
    }
    await em.getRepository(AuditEvent).insert(event);
    await em.getRepository(AuditSubject).insert(subjects);
    await this.changed(em);
    return event;
  }

  private event(em: EntityManager, actor: Actor, change: AuditedChange): AuditEvent {
    const values = (record: object | null | undefined) => (record ? JSON.stringify(this.snapshot(record)) : null);
    return em.getRepository(AuditEvent).create({
      id: randomUUID(),
      at: new Date().toISOString(),
      actorUserId: actor.userId,
      actorLabel: actor.label ?? actor.userId,
      operation: change.operation,
      entityType: change.entityType,
      entityId: change.entityId,
      before: values(change.before),
      after: values(change.after),
    });
  }

  /** The records whose history an event belongs to: its own, and those it concerns, each once. */
  private subjectsOf(
    event: AuditEvent,
    change: Pick<AuditedChange, 'entityType' | 'entityId' | 'concerns'>,
  ): AuditSubject[] {
    const subjects = new Map<string, AuditSubject>();
    for (const subject of [{ entityType: change.entityType, entityId: change.entityId }, ...(change.concerns ?? [])]) {
      if (!subject.entityId) continue;
      subjects.set(`${subject.entityType}:${subject.entityId}`, {
        eventId: event.id,
        entityType: subject.entityType,
        entityId: subject.entityId,
      });
    }
    return [...subjects.values()];
  }

  /** Marks the register as changed, in the transaction of the change: every cache of every instance lapses. */
  async changed(em: EntityManager): Promise<void> {
    await em.getRepository(RegisterVersion).update({ id: 1 }, { token: randomUUID() });
    const scope = requestScope.getStore();
    if (scope) scope.version = undefined;
  }

  /**
   * The register's current version token (see RegisterVersion), read once per request: the session check and every
   * report of the request share one statement.
   */
  async version(): Promise<string> {
    const scope = requestScope.getStore();
    if (scope?.version) return scope.version;
    const rows: { token: string }[] = await this.db.query('SELECT token FROM register_version WHERE id = 1');
    const token = rows[0]?.token ?? 'unversioned';
    if (scope) scope.version = token;
    return token;
  }

  /**
   * Collects the events of a long unit of work (an import of thousands of rows) in memory and writes them with
   * multi-row INSERTs when it ends, still inside its transaction: the same events, a fraction of the statements.
   */
  defer(em: EntityManager): DeferredEvents {
    if (!em.queryRunner?.isTransactionActive) throw new Error('events are deferred only inside a transaction');
    const deferred = new DeferredEvents();
    this.deferred.set(em.queryRunner, deferred);
    return deferred;
  }

  /** Ends deferring on this transaction; SQLite's driver reuses one query runner for every transaction. */
  stopDeferring(em: EntityManager): void {
    if (em.queryRunner) this.deferred.delete(em.queryRunner);
  }

  async flush(em: EntityManager, deferred: DeferredEvents): Promise<void> {
    this.stopDeferring(em);
    // Chunks stay below SQLite's limit of bound variables per statement.
    for (let i = 0; i < deferred.events.length; i += 100)
      await em.getRepository(AuditEvent).insert(deferred.events.slice(i, i + 100));
    for (let i = 0; i < deferred.subjects.length; i += 300)
      await em.getRepository(AuditSubject).insert(deferred.subjects.slice(i, i + 300));
    if (deferred.events.length) await this.changed(em);
  }

  /** The history of one record, newest first: changes to it and to the records that belong to it. */
  async history(
    actor: Actor,
    entityType: AuditEntityType,
    entityId: string,
    page: PageArgs,
  ): Promise<ConnectionData<AuditEvent>> {
    if (entityType === AuditEntityType.USER) requireRole(actor, USER_MANAGERS, 'read the history of users');
    const query = this.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where((qb) => {
        const subjects = qb
          .subQuery()
          .select('s.eventId')
          .from(AuditSubject, 's')
          .where('s.entityType = :entityType AND s.entityId = :entityId')
          .getQuery();
        return `e.id IN ${subjects}`;
      })
      .setParameters({ entityType, entityId });
    return paginate(query, 'at', (e) => e.at, page, 'DESC');
  }

  /** Every event whose subject is one of these records, oldest first: for a person's register extract. */
  eventsConcerning(entityType: AuditEntityType, entityId: string): Promise<AuditEvent[]> {
    return this.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .innerJoin(AuditSubject, 's', 's.eventId = e.id')
      .where('s.entityType = :entityType AND s.entityId = :entityId', { entityType, entityId })
      .orderBy('e.at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }

  values(stored: string | null): AuditValues | null {
    return stored === null ? null : (JSON.parse(stored) as AuditValues);
  }

  /** The fields an event changed, with their values before and after, in the order the record declares them. */
  changes(event: AuditEvent): AuditFieldChange[] {
    const before = this.values(event.before) ?? {};
    const after = this.values(event.after) ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== 'version');
    return fields
      .map((field) => ({ field, before: displayValue(before[field]), after: displayValue(after[field]) }))
      .filter((change) => change.before !== change.after);
  }

  /**
   * Erasure reaches the history too: the person's own values in the events of the person and of their candidacies
   * are overwritten with the neutral label, while what the events say about seats and decisions stays.
   */
  async erasePersonalData(em: EntityManager, personId: string, label: string): Promise<void> {
    const events = await em
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .innerJoin(AuditSubject, 's', 's.eventId = e.id')
      .where('s.entityType = :person AND s.entityId = :personId', { person: AuditEntityType.PERSON, personId })
      .andWhere('e.entityType IN (:...types)', { types: [AuditEntityType.PERSON, AuditEntityType.CANDIDATE] })
      .getMany();
    const scrub = (stored: string | null) => {
      const values = this.values(stored);
      if (!values) return null;
      for (const field of PERSONAL_FIELDS) if (field in values) values[field] = field === 'name' ? label : null;
      return JSON.stringify(values);
    };
    for (const event of events) {
      await em
        .getRepository(AuditEvent)
        .update({ id: event.id }, { before: scrub(event.before), after: scrub(event.after) });
    }
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    audit: AuditTrail;
  }
}
