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
      busyTimeout: 5000,
      // TypeORM switches the driver to verbose mode, which captures a stack trace and formats the arguments of every
      // statement: a tenth of the CPU of a large import. Its verbose() here hands back the plain driver.
      driver: { ...sqlite3, verbose: () => sqlite3 },
    };
  } else {
    // gen_random_uuid() is built into PostgreSQL 13+, so ids need no extension in the database's search path.
    options = { ...common, type: 'postgres', url, uuidExtension: 'pgcrypto', extra: { max: 10 } };
  }
  return new DataSource(options);
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
