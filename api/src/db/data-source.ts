import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** `sqlite:<path>` (`sqlite::memory:` for a throw-away database) or `postgres://…`. */
  url: string;
  /** Build the schema from the entities instead of running migrations: only for tests that check the migrations. */
  synchronize?: boolean;
  logger?: Logger;
}

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url}")`);
}

/**
 * Bounds on PostgreSQL sessions, so that a mistake fails one request instead of hanging the instance: waiting for a
 * pooled connection, one statement, and a transaction left idle while it holds its connection and its row locks.
 */
export const POSTGRES_LIMITS = {
  max: 10,
  connectionTimeoutMillis: 10_000,
  statement_timeout: 60_000,
  idle_in_transaction_session_timeout: 60_000,
} as const;

/**
 * A SQLite database with a second connection of its own for write transactions. TypeORM's SQLite driver runs every
 * statement over one connection, so a read made while a transaction is open would run inside it and see (or lose
 * with its rollback) rows that were never committed. Here `Transactions` runs its queued write transactions over
 * `writer()`, while every other statement uses this data source's connection, which in WAL mode reads the last
 * committed state. A throw-away `:memory:` database cannot be opened twice; it keeps the one connection.
 */
class SqliteDataSource extends DataSource {
  private writerConnection: Promise<DataSource> | null = null;

  get isolatesWrites(): boolean {
    return (this.options as { database: string }).database !== ':memory:';
  }

  writer(): Promise<DataSource> {
    if (!this.isolatesWrites) return Promise.resolve(this);
    this.writerConnection ??= new DataSource({
      ...this.options,
      synchronize: false,
      migrationsRun: false,
    }).initialize();
    return this.writerConnection;
  }

  override async destroy(): Promise<void> {
    const writer = this.writerConnection;
    this.writerConnection = null;
    if (writer) await (await writer).destroy();
    await super.destroy();
  }
}

export function createDataSource({ url, synchronize = false, logger }: DatabaseOptions): DataSource {
  const common = { entities, migrations, synchronize, migrationsRun: false, logger, logging: logger ? true : false };
  let options: DataSourceOptions;
  if (databaseKind(url) === 'sqlite') {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    options = {
      ...common,
      type: 'sqlite',
      database: path,
      // WAL lets readers go on while one request writes; the busy timeout makes a second writer wait, not fail.
      enableWAL: path !== ':memory:',
      // Writes belong in Transactions, on the writer connection; one made elsewhere waits for the writer's lock.
      busyTimeout: 30_000,
      // TypeORM switches the driver to verbose mode, which captures a stack trace and formats the arguments of every
      // statement: a tenth of the CPU of a large import. Its verbose() here hands back the plain driver.
      driver: { ...sqlite3, verbose: () => sqlite3 },
    };
  } else {
    // gen_random_uuid() is built into PostgreSQL 13+, so ids need no extension in the database's search path.
    options = { ...common, type: 'postgres', url, uuidExtension: 'pgcrypto', extra: { ...POSTGRES_LIMITS } };
  }
  return options.type === 'sqlite' ? new SqliteDataSource(options) : new DataSource(options);
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
