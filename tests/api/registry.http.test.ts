import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, TEST_ADMIN, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;
let npoId: string;
let regionId: string;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
  const groups = await registry.request<{ groups: { nodes: { id: string }[] } }>(
    '{ groups(filter: { types: [NPO], search: "psykisk" }) { nodes { id } } }',
    {},
    registry.adminToken,
  );
  npoId = groups.data!.groups.nodes[0]!.id;
  const regions = await registry.request<{
    healthcareRegions: { code: string; regions: { id: string; code: string }[] }[];
  }>('{ healthcareRegions { code regions { id code } } }', {}, registry.adminToken);
  regionId = regions
    .data!.healthcareRegions.find((hr) => hr.code === 'NORRA')!
    .regions.find((r) => r.code === '25')!.id;
});
afterAll(() => registry.stop());

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('HTTP surface', () => {
  it('answers /healthz once the database is open and migrated', async () => {
    const response = await fetch(`${registry.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('refuses every operation but login without a valid token', async () => {
    expect(codeOf(await registry.request('{ healthcareRegions { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await registry.request('{ groups { totalCount } }', {}, 'forged-token'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await registry.request('mutation { createPerson(input: { name: "X" }) { id } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('signs in with the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and refuses a wrong password', async () => {
    const me = await registry.request<{ me: { email: string; role: string } }>(
      '{ me { email role } }',
      {},
      registry.adminToken,
    );
    expect(me.data?.me).toEqual({ email: TEST_ADMIN.email, role: 'ADMIN' });
    const wrong = await registry.request(
      'mutation { login(email: "admin@test.example", password: "wrong-password") { token } }',
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toMatch(/password/);
  });

  it('revokes a token on logout', async () => {
    const token = await registry.login(TEST_ADMIN.email, TEST_ADMIN.password);
    const out = await registry.request<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data?.logout).toBe(true);
    expect(codeOf(await registry.request('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('lets only ADMIN create users, and a VIEWER change nothing', async () => {
    const created = await registry.request<{ createUser: { role: string } }>(
      'mutation { createUser(input: { email: "viewer@test.example", password: "viewer-password", role: VIEWER }) { role } }',
      {},
      registry.adminToken,
    );
    expect(created.data?.createUser.role).toBe('VIEWER');
    const viewer = await registry.login('viewer@test.example', 'viewer-password');
    expect(
      codeOf(await registry.request('mutation { createPerson(input: { name: "Eva Viewer" }) { id } }', {}, viewer)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await registry.request(
          'mutation { createUser(input: { email: "x@test.example", password: "xxxxxxxxxxxx", role: ADMIN }) { id } }',
          {},
          viewer,
        ),
      ),
    ).toBe('FORBIDDEN');
    const persons = await registry.request<{ persons: { totalCount: number } }>(
      '{ persons(search: "Eva Viewer") { totalCount } }',
      {},
      registry.adminToken,
    );
    expect(persons.data?.persons.totalCount).toBe(0);
  });

  it('adds and ends a membership, and lists it by date', async () => {
    const person = await registry.request<{ createPerson: { id: string } }>(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: 'Greta Testsson', email: 'greta@test.example', employerRegionId: regionId } },
      registry.adminToken,
    );
    const personId = person.data!.createPerson.id;
    const added = await registry.request<{
      addMembership: { id: string; representedRegion: { code: string }; endDate: string | null };
    }>(
      `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id endDate representedRegion { code } } }`,
      { input: { groupId: npoId, personId, role: 'MEMBER', representedRegionId: regionId, startDate: '2024-01-01' } },
      registry.adminToken,
    );
    expect(added.data?.addMembership).toMatchObject({ endDate: null, representedRegion: { code: '25' } });
    const membershipId = added.data!.addMembership.id;

    const ended = await registry.request<{ endMembership: { endDate: string } }>(
      'mutation { endMembership(id: "' + membershipId + '", endDate: "2024-12-31") { endDate } }',
      {},
      registry.adminToken,
    );
    expect(ended.data?.endMembership.endDate).toBe('2024-12-31');

    const members = (asOf: string) =>
      registry.request<{ group: { memberships: { person: { name: string } }[] } }>(
        'query ($id: ID!, $asOf: Date) { group(id: $id) { memberships(asOf: $asOf) { person { name } } } }',
        { id: npoId, asOf },
        registry.adminToken,
      );
    expect((await members('2024-12-31')).data?.group.memberships.map((m) => m.person.name)).toEqual(['Greta Testsson']);
    expect((await members('2025-01-01')).data?.group.memberships).toEqual([]);
  });

  it('answers bad input with BAD_USER_INPUT and a plain message, changing nothing', async () => {
    const before = await registry.request<{ persons: { totalCount: number } }>(
      '{ persons { totalCount } }',
      {},
      registry.adminToken,
    );
    const cases = [
      [
        'an impossible date',
        'mutation { addMembership(input: { groupId: "x", personId: "y", role: MEMBER, startDate: "2023-02-30" }) { id } }',
      ],
      ['a malformed e-mail', 'mutation { createPerson(input: { name: "A", email: "not-an-email" }) { id } }'],
      ['an oversized name', `mutation { createPerson(input: { name: "${'x'.repeat(201)}" }) { id } }`],
      ['an unknown field', '{ groups { nodes { nonsense } } }'],
      ['a page larger than 100', '{ groups(first: 1000) { totalCount } }'],
    ] as const;
    for (const [label, query] of cases) {
      const result = await registry.request(query, {}, registry.adminToken);
      expect(codeOf(result), label).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message.length, label).toBeGreaterThan(10);
    }
    const after = await registry.request<{ persons: { totalCount: number } }>(
      '{ persons { totalCount } }',
      {},
      registry.adminToken,
    );
    expect(after.data?.persons.totalCount).toBe(before.data?.persons.totalCount);
  });

  it('answers NOT_FOUND for ids that name nothing and null for a missing group', async () => {
    const missing = await registry.request<{ group: null }>(
      '{ group(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      registry.adminToken,
    );
    expect(missing.data?.group).toBeNull();
    const end = await registry.request(
      'mutation { endMembership(id: "nope", endDate: "2024-01-01") { id } }',
      {},
      registry.adminToken,
    );
    expect(codeOf(end)).toBe('NOT_FOUND');
  });
});
