import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type Registry } from '../../api/src/app/registry.js';
import { REPO_ROOT } from '../../api/src/app/config.js';
import { Session } from '../../api/src/modules/auth/session.entity.js';
import { SignInFailure } from '../../api/src/modules/auth/sign-in-failure.entity.js';
import { UserRole } from '../../api/src/common/user-role.js';
import { startTestRegistry, TEST_ADMIN, type TestRegistry } from '../../api/src/test-support/registry.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let registry: TestRegistry;
const admin = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
});
afterAll(() => registry.stop());

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const attempt = (email: string, password: string) =>
  registry.request<{ login: { token: string } }>(LOGIN, { email, password });

describe('sessions and users', () => {
  it('slows down failed sign-ins per account: after five wrong passwords even the right one must wait', async () => {
    await registry.services.auth.createUser(admin, {
      email: 'gissad@auth.example',
      password: 'right-password-1',
      role: UserRole.VIEWER,
    });
    for (let i = 0; i < 5; i++) {
      expect((await attempt('gissad@auth.example', `wrong-${i}`)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await attempt('gissad@auth.example', 'wrong-5')).errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const blocked = await attempt('gissad@auth.example', 'right-password-1');
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.errors?.[0]?.message).toMatch(/Try again in \d+ seconds/);
    // Another account from the same address is not held up by this one's count.
    expect((await attempt(TEST_ADMIN.email, TEST_ADMIN.password)).data?.login.token).toBeTruthy();

    // Once the wait is over the right password works again and clears the count.
    await registry.db
      .getRepository(SignInFailure)
      .update({ key: 'account:gissad@auth.example' }, { blockedUntil: new Date(Date.now() - 1000) });
    expect((await attempt('gissad@auth.example', 'right-password-1')).data?.login.token).toBeTruthy();
    expect(await registry.db.getRepository(SignInFailure).countBy({ key: 'account:gissad@auth.example' })).toBe(0);
  });

  it('slows down an address that tries many accounts', async () => {
    for (let i = 0; i < 30; i++) await attempt(`nobody${i}@auth.example`, 'wrong');
    const blocked = await attempt(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    await registry.db.getRepository(SignInFailure).clear();
  });

  it('ends the sessions of a deactivated user at once, and lets an administrator change roles', async () => {
    const user = await registry.services.auth.createUser(admin, {
      email: 'slutar@auth.example',
      password: 'leaving-password-1',
      role: UserRole.COORDINATOR,
    });
    const token = await registry.login('slutar@auth.example', 'leaving-password-1');
    expect((await registry.request('{ me { id } }', {}, token)).errors).toBeUndefined();

    const changed = await registry.request<{ updateUser: { role: string; region: { code: string } | null } }>(
      `mutation ($id: ID!, $region: ID!) { updateUser(input: { id: $id, role: REGION_REPRESENTATIVE, regionId: $region }) { role region { code } } }`,
      { id: user.id, region: (await registry.services.geography.regions()).find((r) => r.code === '23')!.id },
      registry.adminToken,
    );
    expect(changed.data?.updateUser).toEqual({ role: 'REGION_REPRESENTATIVE', region: { code: '23' } });
    const me = await registry.request<{ me: { role: string } }>('{ me { role } }', {}, token);
    expect(me.data?.me.role).toBe('REGION_REPRESENTATIVE');

    await registry.request(
      `mutation { updateUser(input: { id: "${user.id}", active: false }) { active } }`,
      {},
      registry.adminToken,
    );
    expect((await registry.request('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await attempt('slutar@auth.example', 'leaving-password-1')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps at least one active administrator', async () => {
    const [me] = (await registry.services.auth.users(admin)).filter((u) => u.email === TEST_ADMIN.email);
    const result = await registry.request(
      `mutation { updateUser(input: { id: "${me!.id}", role: VIEWER }) { id } }`,
      {},
      registry.adminToken,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
  });

  it('ends the old sessions when an administrator sets a new password', async () => {
    const user = await registry.services.auth.createUser(admin, {
      email: 'glomsk@auth.example',
      password: 'forgotten-password-1',
      role: UserRole.VIEWER,
    });
    const token = await registry.login('glomsk@auth.example', 'forgotten-password-1');
    await registry.request(
      `mutation { setUserPassword(input: { id: "${user.id}", password: "brand-new-password-1" }) { id } }`,
      {},
      registry.adminToken,
    );
    expect((await registry.request('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await registry.login('glomsk@auth.example', 'brand-new-password-1')).toBeTruthy();
  });

  it("removes a user's ended sessions (revoked or expired) when they sign in again, and keeps the live ones", async () => {
    const user = await registry.services.auth.createUser(admin, {
      email: 'atervandare@auth.example',
      password: 'returning-password-1',
      role: UserRole.VIEWER,
    });
    const loggedOut = await registry.login('atervandare@auth.example', 'returning-password-1');
    await registry.request('mutation { logout }', {}, loggedOut);
    const live = await registry.login('atervandare@auth.example', 'returning-password-1');
    const sessions = registry.services.db.getRepository(Session);
    expect(await sessions.countBy({ userId: user.id })).toBe(1); // the logged-out one went as this one began
    await sessions.insert({
      tokenHash: 'e'.repeat(64),
      userId: user.id,
      expiresAt: new Date(Date.now() - 60_000),
      revokedAt: null,
    });
    await registry.login('atervandare@auth.example', 'returning-password-1');
    expect(await sessions.countBy({ userId: user.id })).toBe(2);
    expect(await sessions.countBy({ tokenHash: 'e'.repeat(64) })).toBe(0);
    expect((await registry.request<{ me: { id: string } }>('{ me { id } }', {}, live)).data?.me.id).toBe(user.id);
  });

  it('answers a made-up token of any shape as not signed in', async () => {
    for (const token of ['x', 'A'.repeat(43), 'ä'.repeat(43), 'A'.repeat(4000)]) {
      expect((await registry.request('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });
});

describe('in production', () => {
  let production: Registry;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ks-prod-'));
    production = await startRegistry(
      {
        port: 0,
        databaseUrl: `sqlite:${join(dir, 'registry.sqlite')}`,
        seed: 'reference',
        admin: TEST_ADMIN,
        sessionHours: 1,
        personReviewYears: 3,
        homeHealthcareRegion: 'NORRA',
        clientDist: `${REPO_ROOT}client/dist`,
        production: true,
        trustProxy: null,
        rateLimits: { anonymousPerMinute: 120, signedInPerMinute: 1200 },
      },
      { seedDir: `${REPO_ROOT}seed-data` },
    );
  });
  afterAll(async () => {
    await production.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (body: unknown, token?: string) => {
    const response = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  };

  it('turns introspection and stack traces off', async () => {
    const login = await post({ query: LOGIN, variables: TEST_ADMIN });
    const token = (login.data?.login as { token: string }).token;
    const introspection = await post({ query: '{ __schema { types { name } } }' }, token);
    expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const refused = await post({ query: 'mutation { archivePerson(id: "nope") { id } }' }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('names no field, type or argument in its refusals, so that the schema cannot be guessed without introspection', async () => {
    const login = await post({ query: LOGIN, variables: TEST_ADMIN });
    const token = (login.data?.login as { token: string }).token;
    for (const [query, signedIn] of [
      ['{ usr { id } }', true],
      ['mutation { creatUser(input: {}) { id } }', false],
      ['mutation { login(email: "a@b.se", pasword: "x") { tokn } }', false],
      ['{ persons(serch: "a") { totalCount } }', true],
    ] as const) {
      const result = await post({ query }, signedIn ? token : undefined);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.map((e) => e.message).join(' '), query).not.toMatch(/Did you mean/);
    }
  });

  it('limits the requests a minute of a client that has not signed in, answering 429 in GraphQL shape', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) {
      const response = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
        expect(
          ((await response.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason,
        ).toBe('RATE_LIMITED');
      } else await response.arrayBuffer();
    }
    // Earlier tests of this block signed in and asked a few questions from the same address.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    // A signed-in user is counted on their own account, not on the address that has run out.
    const token = await production.services.auth.login(TEST_ADMIN.email, TEST_ADMIN.password).then((r) => r.token);
    expect((await post({ query: '{ me { email } }' }, token)).data?.me).toEqual({ email: TEST_ADMIN.email });
  });

  it('serves the client with security headers', async () => {
    const response = await fetch(`${production.url}/`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // An intranet host may serve plain HTTP: the browser must not be sent to https for the scripts.
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
