import type { DataSource, EntityManager } from 'typeorm';
import { conflict } from './errors.js';
import { isId } from './ids.js';
import type { ErrorReason } from './error-reasons.js';
import { requireVersion, type Tracked } from './tracked.entity.js';

/**
 * The reason a unique index gives when a write collides with a row committed by someone else, by `table.column`:
 * the check before the write saw no such row, but a concurrent request inserted one first.
 */
const UNIQUE_REASONS: Record<string, ErrorReason> = {
  'persons.emailKey': 'EMAIL_TAKEN',
  'users.emailKey': 'EMAIL_TAKEN',
  'dialogue_questions.year': 'QUESTION_EXISTS',
  'sessions.tokenHash': 'DUPLICATE',
};

interface DriverError {
  code?: string;
  errno?: number;
  table?: string;
  detail?: string;
  message?: string;
  driverError?: DriverError;
}

/** The `table.column`s of a unique-index violation on SQLite or PostgreSQL, or null for any other error. */
function uniqueViolation(error: unknown): string[] | null {
  const e = ((error as DriverError)?.driverError ?? error) as DriverError | undefined;
  if (!e) return null;
  if (e.code === '23505') {
    const columns =
      /Key \((.+?)\)=/
        .exec(e.detail ?? '')?.[1]
        ?.split(',')
        .map((c) => c.trim().replace(/"/g, '')) ?? [];
    return columns.map((c) => `${e.table ?? ''}.${c}`);
  }
  const sqlite = /UNIQUE constraint failed: (.+)$/.exec(e.message ?? '');
  if (e.code === 'SQLITE_CONSTRAINT' && sqlite) return sqlite[1]!.split(',').map((c) => c.trim());
  return null;
}

/** The value that collided, where the database says (PostgreSQL's detail names it for a one-column index). */
function collidingValue(error: unknown): string | null {
  const e = ((error as DriverError)?.driverError ?? error) as DriverError | undefined;
  return /Key \([^,]+?\)=\((.*)\) already exists/.exec(e?.detail ?? '')?.[1] ?? null;
}

/** A unique-index violation answered as the CONFLICT it is; any other error unchanged. */
function asConflict(error: unknown): unknown {
  const columns = uniqueViolation(error);
  if (!columns) return error;
  const reason = columns.map((c) => UNIQUE_REASONS[c]).find(Boolean) ?? 'DUPLICATE';
  const field = columns[0]?.split('.')[1]?.replace(/Key$/, '');
  const value = collidingValue(error);
  return conflict('Someone else has just saved the same record. Reload and try again.', {
    reason,
    field,
    params: field && value !== null ? { [field]: value } : undefined,
  });
}

/**
 * Runs units of work in database transactions, and is the one place where a write may happen.
 *
 * SQLite allows one writer at a time, and TypeORM's SQLite driver shares one connection: transactions are queued here
 * and run one after the other over a connection of their own (`SqliteDataSource.writer`), so that no statement of
 * another request runs inside an open transaction; reads go on over the other connection and see committed data.
 * PostgreSQL gives each transaction a pooled connection of its own. On both, a collision with a unique index is
 * answered as a CONFLICT.
 */
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: DataSource) {}

  get serialized(): boolean {
    return this.db.options.type === 'sqlite';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialized)
      return this.db.transaction(work).catch((error: unknown) => {
        throw asConflict(error);
      });
    const source = this.db as DataSource & { writer?: () => Promise<DataSource> };
    const writer = source.writer ? source.writer() : Promise.resolve(this.db);
    const result = this.tail
      .then(async () => (await writer).transaction(work))
      .catch((error: unknown) => {
        throw asConflict(error);
      });
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Locks a row until the transaction ends, so that a check-then-write (a version check, the overlap check of
   * memberships, the one dialogue of a year) cannot race another transaction; take it before reading the row.
   * Serialized SQLite transactions need no lock.
   */
  async lock(em: EntityManager, table: string, id: string): Promise<void> {
    if (this.serialized || !isId(id)) return;
    await em.query(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
  }

  /**
   * The first steps of every edit of a versioned record: lock its row, load it, and refuse an edit made to an older
   * version than the one stored. Done in this order, two concurrent edits of one version cannot both pass the check,
   * on PostgreSQL with several instances as on SQLite.
   */
  async loadForEdit<T extends Tracked>(
    em: EntityManager,
    edit: {
      table: string;
      id: string;
      /** What the refusal calls the record, e.g. "goal". */
      what: string;
      expectedVersion?: number | null;
      load: (em: EntityManager, id: string) => Promise<T>;
    },
  ): Promise<T> {
    await this.lock(em, edit.table, edit.id);
    const record = await edit.load(em, edit.id);
    requireVersion(record, edit.expectedVersion, edit.what);
    return record;
  }
}
