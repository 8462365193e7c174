import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs units of work in database transactions. TypeORM's SQLite driver shares one connection, so two transactions
 * started at once would interleave on it; for SQLite they are queued here and run one after the other.
 * PostgreSQL gives each transaction a pooled connection of its own.
 */
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: DataSource) {}

  get serialized(): boolean {
    return this.db.options.type === 'sqlite';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialized) return this.db.transaction(work);
    const result = this.tail.then(() => this.db.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Locks a row until the transaction ends, so that a check-then-write (such as the overlap check of memberships)
   * cannot race another transaction. Serialized SQLite transactions need no lock.
   */
  async lock(em: EntityManager, table: string, id: string): Promise<void> {
    if (this.serialized) return;
    await em.query(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
  }
}
