import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestRegistry,
  TEST_ADMIN,
  TEST_POSTGRES_URL,
  testDatabases,
  type TestRegistry,
} from '../../api/src/test-support/registry.js';

/**
 * Two API instances on one PostgreSQL database, as a larger deployment runs: a token from one is good at the other,
 * and what one changes the other shows at once, caches included.
 */
const postgres = (await testDatabases()).includes('postgres');
const database = `ks_instances_${process.pid}`;
let admin: DataSource;
let a: TestRegistry;
let b: TestRegistry;

beforeAll(async () => {
  if (!postgres) return;
  admin = new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  const url = TEST_POSTGRES_URL.replace(/\/[^/]+$/, `/${database}`);
  a = await startTestRegistry({ databaseUrl: url, seed: 'demo' });
  b = await startTestRegistry({ databaseUrl: url, seed: 'demo' });
  // Seeding the demo data on PostgreSQL and starting two instances takes a while on a busy 2-core machine.
}, 180_000);

afterAll(async () => {
  if (!postgres) return;
  await a?.stop();
  await b?.stop();
  // FORCE: an instance that failed to start may still hold a connection.
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.destroy();
});

const REPORT = `query ($hr: ID!) { representation(healthcareRegionId: $hr, asOf: "2025-06-30") { totalSeats shares { region { code } seats } } }`;

describe.skipIf(!postgres)('two API instances on one PostgreSQL database', () => {
  it('accept each other’s tokens, and a sign-out at one ends the session at both', async () => {
    const token = await a.login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect((await b.request<{ me: { email: string } }>('{ me { email } }', {}, token)).data?.me.email).toBe(
      TEST_ADMIN.email,
    );
    await a.request('mutation { logout }', {}, token);
    expect((await b.request('{ me { email } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('show a change made through one instance through the other at once, its cached reports included', async () => {
    const tokenA = await a.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const tokenB = await b.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const { healthcareRegions } = (
      await b.request<{ healthcareRegions: { id: string; code: string }[] }>(
        '{ healthcareRegions { id code } }',
        {},
        tokenB,
      )
    ).data!;
    const norra = healthcareRegions.find((hr) => hr.code === 'NORRA')!.id;
    const before = (await b.request<{ representation: { totalSeats: number } }>(REPORT, { hr: norra }, tokenB)).data!
      .representation.totalSeats;

    const setup = await a.request<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Två Instanser" }) { id } }',
      {},
      tokenA,
    );
    const group = await a.request<{ groups: { nodes: { id: string }[] } }>(
      '{ groups(filter: { types: [NPO] }, first: 1) { nodes { id } } }',
      {},
      tokenA,
    );
    const region = (
      await a.request<{ healthcareRegions: { regions: { id: string; code: string }[] }[] }>(
        '{ healthcareRegions { regions { id code } } }',
        {},
        tokenA,
      )
    )
      .data!.healthcareRegions.flatMap((hr) => hr.regions)
      .find((r) => r.code === '25')!.id;
    const added = await a.request(
      'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
      {
        input: {
          groupId: group.data!.groups.nodes[0]!.id,
          personId: setup.data!.createPerson.id,
          role: 'MEMBER',
          representedRegionId: region,
          startDate: '2025-01-01',
        },
      },
      tokenA,
    );
    expect(added.errors).toBeUndefined();

    const after = (await b.request<{ representation: { totalSeats: number } }>(REPORT, { hr: norra }, tokenB)).data!
      .representation.totalSeats;
    expect(after).toBe(before + 1);
    const found = await b.request<{ persons: { nodes: { name: string }[] } }>(
      '{ persons(search: "Två Instanser") { nodes { name } } }',
      {},
      tokenB,
    );
    expect(found.data?.persons.nodes.map((p) => p.name)).toEqual(['Två Instanser']);
  });
});
