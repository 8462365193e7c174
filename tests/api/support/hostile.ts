import { createHash, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { Session } from '../../../api/src/modules/auth/session.entity.js';
import { UserRole } from '../../../api/src/common/user-role.js';
import { GroupType } from '../../../api/src/modules/groups/group-type.js';
import { coordinator } from '../../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../../api/src/test-support/fingerprint.js';
import { startTestRegistry, type TestRegistry } from '../../../api/src/test-support/registry.js';

/**
 * The harness of the hostile-request tests (hostile-*.http.test.ts): the registry with its fixtures, how a hostile
 * request is sent, and the one test every request must pass: refused with the contract's code, nothing written.
 * Each test file imports this module afresh (vitest isolates files), so each has its own registry.
 */
let registry: TestRegistry;
const tokens: Record<string, string> = {};
let groupId: string;
let personId: string;
let regionId: string;
let healthcareRegionId: string;

export const fixtures = {
  groupId: () => groupId,
  personId: () => personId,
  regionId: () => regionId,
  healthcareRegionId: () => healthcareRegionId,
};

/** The registry, a viewer and a region representative, a group and a person, and three dead sessions. */
export async function startHostileRegistry(): Promise<TestRegistry> {
  registry = await startTestRegistry({ seed: 'reference' });
  const admin = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };
  const norrbotten = (await registry.services.geography.regions()).find((r) => r.code === '25')!;
  regionId = norrbotten.id;
  healthcareRegionId = norrbotten.healthcareRegionId;
  for (const role of [UserRole.VIEWER, UserRole.REGION_REPRESENTATIVE]) {
    const email = `${role.toLowerCase()}@hostile.example`;
    await registry.services.auth.createUser(admin, {
      email,
      password: 'hostile-password-1',
      role,
      regionId: role === UserRole.VIEWER ? null : regionId,
    });
    tokens[role] = await registry.login(email, 'hostile-password-1');
  }
  groupId = (await registry.services.groups.create(coordinator, { name: 'Målgrupp', type: GroupType.NPO })).id;
  personId = (await registry.services.persons.create(coordinator, { name: 'Måltavla', employerRegionId: regionId })).id;

  // A session that ran out yesterday, a revoked one, and one of a user since deactivated.
  const expired = randomBytes(32).toString('base64url');
  const me = await registry.services.auth.users(admin);
  await registry.db.getRepository(Session).insert({
    tokenHash: createHash('sha256').update(expired).digest('hex'),
    userId: me[0]!.id,
    expiresAt: new Date(Date.now() - 86_400_000),
    revokedAt: null,
  });
  tokens.expired = expired;
  tokens.revoked = await registry.login('viewer@hostile.example', 'hostile-password-1');
  await registry.request('mutation { logout }', {}, tokens.revoked);
  const leaver = await registry.services.auth.createUser(admin, {
    email: 'leaver@hostile.example',
    password: 'hostile-password-1',
    role: UserRole.COORDINATOR,
  });
  tokens.deactivated = await registry.login('leaver@hostile.example', 'hostile-password-1');
  await registry.services.auth.updateUser(admin, { id: leaver.id, active: false });
  return registry;
}

export interface Hostile {
  name: string;
  /** A GraphQL request, or a raw HTTP one for what never parses as GraphQL. */
  query?: string;
  variables?: Record<string, unknown>;
  raw?: {
    body: string | Uint8Array<ArrayBuffer>;
    contentType?: string;
    method?: string;
    headers?: Record<string, string>;
  };
  /** Sent beside `query` and `variables` in the body: an operation name, or a persisted-query extension. */
  extra?: Record<string, unknown>;
  token?: string | null;
  authorization?: string;
  /** The contract's code (and reason), with the HTTP status where the request is refused before it runs. */
  expect: { code: string; reason?: string; status?: number } | { status: number } | { empty: true };
}

export const BAD = (reason?: string, status?: number) => ({
  code: 'BAD_USER_INPUT',
  ...(reason ? { reason } : {}),
  ...(status ? { status } : {}),
});
export const NOT_SIGNED_IN = { code: 'UNAUTHENTICATED', status: 401 };

/** Variables may name fixtures made in beforeAll: they are filled in when the request is sent. */
const resolve = (value: unknown): unknown =>
  typeof value === 'function'
    ? (value as () => unknown)()
    : Array.isArray(value)
      ? value.map(resolve)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]))
        : value;

async function send(request: Hostile): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] } | null;
}> {
  const token =
    request.token === undefined
      ? registry.adminToken
      : request.token === null
        ? null
        : (tokens[request.token] ?? request.token);
  const authorization = request.authorization ?? (token ? `Bearer ${token}` : undefined);
  const method = request.raw?.method ?? 'POST';
  const url =
    method === 'GET'
      ? `${registry.url}/graphql?query=${encodeURIComponent('mutation { createPerson(input: { name: "Via GET" }) { id } }')}`
      : `${registry.url}/graphql`;
  const query = request.query?.replaceAll('PERSON', personId);
  const response = await fetch(url, {
    method,
    headers: {
      'content-type': request.raw?.contentType ?? 'application/json',
      ...request.raw?.headers,
      ...(authorization ? { authorization } : {}),
    },
    body:
      method === 'GET'
        ? undefined
        : (request.raw?.body ?? JSON.stringify({ query, variables: resolve(request.variables), ...request.extra })),
  });
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Apollo's own refusals (CSRF, GET mutations) come as plain text.
  }
  return { status: response.status, body };
}

/** One test per request: answered with the contract's code (or status), and not one row of the register changed. */
export function itRefusesEach(requests: Hostile[]) {
  it.each(requests.map((r) => [r.name, r] as const))('%s: refused, nothing written', async (_name, request) => {
    const fingerprint = await databaseFingerprint(registry.db);
    const { status, body } = await send(request);
    if (!('code' in request.expect) && 'status' in request.expect) {
      expect(status).toBe(request.expect.status);
      expect(body?.errors?.[0]?.extensions?.code ?? 'BAD_USER_INPUT').toBe('BAD_USER_INPUT');
    } else if ('empty' in request.expect) {
      expect(body?.errors).toBeUndefined();
      expect(JSON.stringify(body?.data)).toMatch(/"totalCount":0|"group":null/);
    } else {
      const { status: expectedStatus, ...extensions } = request.expect;
      expect(body?.errors?.[0]?.extensions).toMatchObject(extensions);
      expect(body?.errors?.[0]?.message).not.toMatch(/at \w+ \(|SQLITE|QueryFailedError/);
      if (expectedStatus) expect(status).toBe(expectedStatus);
    }
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });
}
