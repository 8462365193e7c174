import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../common/dates.js';
import { REPO_ROOT, type RateLimits, type SeedMode } from '../app/config.js';
import { startRegistry, type Registry } from '../app/registry.js';
import { createServices } from '../app/services.js';
import { DataSource } from 'typeorm';
import { createDataSource, openDatabase } from '../db/data-source.js';
import { SeedService } from '../seeding/seed.service.js';
import { QueryCounter } from './query-counter.js';

export interface TestRegistry extends Registry {
  queries: QueryCounter;
  /** Sends a GraphQL request over HTTP, as a real client does. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the bearer token. */
  login(email: string, password: string): Promise<string>;
  adminToken: string;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string } }[];
}

export const TEST_ADMIN = { email: 'admin@test.example', password: 'test-password-1' };

/** A registry on its own temporary SQLite file, listening on a free loopback port. */
export async function startTestRegistry(
  options: {
    seed?: SeedMode;
    clock?: Clock;
    clientDist?: string | null;
    databaseUrl?: string;
    sessionHours?: number;
    rateLimits?: RateLimits;
  } = {},
): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'ks-test-'));
  const queries = new QueryCounter();
  const registry = await startRegistry(
    {
      port: 0,
      databaseUrl: options.databaseUrl ?? `sqlite:${join(dir, 'registry.sqlite')}`,
      seed: options.seed ?? 'reference',
      admin: TEST_ADMIN,
      sessionHours: options.sessionHours ?? 1,
      personReviewYears: 3,
      homeHealthcareRegion: 'NORRA',
      clientDist: options.clientDist ?? null,
      production: false,
      trustProxy: null,
      // Off unless a test is about them: a suite sends far more requests a minute than a person does.
      rateLimits: options.rateLimits ?? { anonymousPerMinute: 0, signedInPerMinute: 0 },
    },
    { clock: options.clock, logger: queries, seedDir: `${REPO_ROOT}seed-data` },
  );
  const request: TestRegistry['request'] = async (query, variables, token) => {
    const response = await fetch(`${registry.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  };
  const login = async (email: string, password: string) => {
    const result = await request<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  const adminToken = await login(TEST_ADMIN.email, TEST_ADMIN.password);
  return {
    ...registry,
    queries,
    request,
    login,
    adminToken,
    async stop() {
      await registry.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the PostgreSQL of the development and CI machines answers; tests of it skip with a message otherwise. */
async function postgresReachable(url = TEST_POSTGRES_URL): Promise<boolean> {
  const probe = new DataSource({ type: 'postgres', url, connectTimeoutMS: 2000 });
  try {
    await probe.initialize();
    await probe.destroy();
    return true;
  } catch {
    return false;
  }
}

export type TestDatabase = 'sqlite' | 'postgres';

/** The databases a test runs on: SQLite always, PostgreSQL where it answers. CI must reach it, so there a miss fails. */
export async function testDatabases(): Promise<TestDatabase[]> {
  if (await postgresReachable()) return ['sqlite', 'postgres'];
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}, and CI must test it`);
  console.warn(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}: its tests are skipped`);
  return ['sqlite'];
}

/**
 * A fresh, migrated database of its own: a temporary SQLite file, or a scratch schema in the test PostgreSQL that is
 * dropped again on close.
 */
export async function openScratchDatabase(kind: TestDatabase) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ks-svc-'));
    const db = await openDatabase({ url: `sqlite:${join(dir, 'registry.sqlite')}` });
    return { db, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = createDataSource({ url: TEST_POSTGRES_URL });
  // Migrations use unqualified names: the search path keeps them inside the scratch schema.
  db.setOptions({
    schema,
    extra: { ...(db.options as { extra?: object }).extra, options: `-c search_path=${schema},public` },
  });
  await db.initialize();
  await db.runMigrations();
  return {
    db,
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.destroy();
    },
  };
}

/** The service layer alone on a fresh, migrated database with the reference data: for domain-rule tests. */
export async function openTestServices(options: { clock?: Clock; database?: TestDatabase } = {}) {
  const { db, drop } = await openScratchDatabase(options.database ?? 'sqlite');
  const services = createServices(db, { clock: options.clock });
  await new SeedService(services, `${REPO_ROOT}seed-data`).seedIfEmpty('reference');
  return {
    db,
    services,
    async close() {
      await db.destroy();
      await drop();
    },
  };
}
