import { DataSource } from 'typeorm';
import { expect } from 'vitest';
import {
  startTestRegistry,
  TEST_POSTGRES_URL,
  type GraphQLResponse,
  type TestRegistry,
} from '../../../api/src/test-support/registry.js';

/**
 * The harness of the race tests (races-*.http.test.ts): on PostgreSQL two API instances share one database and the
 * requests alternate between them, as a larger deployment runs; on SQLite one instance.
 */
type Answer = GraphQLResponse<Record<string, any>>;

/** OK answers, and the refusals by `code reason`. */
export function tally(answers: Answer[]) {
  const refusals: string[] = [];
  let ok = 0;
  for (const answer of answers) {
    const error = answer.errors?.[0];
    if (error) refusals.push(`${error.extensions?.code} ${error.extensions?.reason}`);
    else ok++;
  }
  return { ok, refusals: refusals.sort() };
}

/** Rejects instead of hanging when the requests do not finish in time: a starved pool never answers. */
export function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)),
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One race arena on `kind`: `start` in beforeAll (the instances, Norra's id, region 25's and an NPO's), `stop` in
 * afterAll. `name` keeps the PostgreSQL database of each test file apart.
 */
export function raceArena(kind: string, name: string) {
  const database = `ks_races_${name}_${process.pid}`;
  let admin: DataSource | null = null;
  let a: TestRegistry;
  let b: TestRegistry;
  let tokens: [string, string];
  const ids = { norra: '', region: '', npo: '' };

  /** The i-th request goes to the two instances in turn. */
  const send = (i: number, query: string, variables: Record<string, unknown> = {}): Promise<Answer> =>
    (i % 2 ? b : a).request(query, variables, tokens[i % 2]);
  const fire = (n: number, query: string, variables: (i: number) => Record<string, unknown>) =>
    within(
      20_000,
      Promise.all(Array.from({ length: n }, (_, i) => send(i, query, variables(i)))),
      `${n} × ${query.slice(0, 40)}`,
    );
  const ok = async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const answer = await send(0, query, variables);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data!)[0] as T;
  };
  const count = async (sql: string): Promise<number> => Number(Object.values((await a.db.query(sql))[0] as object)[0]);

  async function start() {
    if (kind === 'postgres') {
      admin = new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL });
      await admin.initialize();
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.query(`CREATE DATABASE ${database}`);
      const url = TEST_POSTGRES_URL.replace(/\/[^/]+$/, `/${database}`);
      a = await startTestRegistry({ databaseUrl: url });
      b = await startTestRegistry({ databaseUrl: url });
    } else {
      a = b = await startTestRegistry();
    }
    tokens = [a.adminToken, b.adminToken];
    const regions = await ok<{ id: string; code: string; regions: { id: string; code: string }[] }[]>(
      '{ healthcareRegions { id code regions { id code } } }',
    );
    const hr = regions.find((r) => r.code === 'NORRA')!;
    ids.norra = hr.id;
    ids.region = hr.regions.find((r) => r.code === '25')!.id;
    ids.npo = (
      await ok<{ id: string }>('mutation { createGroup(input: { name: "Kapplöpning NPO", type: NPO }) { id } }')
    ).id;
  }

  async function stop() {
    if (b !== a) await b?.stop();
    await a?.stop();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.destroy();
    }
  }

  const person = async (name: string): Promise<string> =>
    (await ok<{ id: string }>('mutation ($name: String!) { createPerson(input: { name: $name }) { id } }', { name }))
      .id;
  const events = (entityId: string, operation: string) =>
    count(`SELECT COUNT(*) AS n FROM audit_events WHERE "entityId" = '${entityId}' AND operation = '${operation}'`);
  /** Both instances still answer their health check. */
  const healthy = async () => {
    for (const instance of new Set([a, b]))
      expect((await within(5000, fetch(`${instance.url}/healthz`), '/healthz')).status).toBe(200);
  };

  return { ids, start, stop, send, fire, ok, count, person, events, healthy };
}
