import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPLEXITY, MAX_DEPTH, ROOT_FIELD_COST } from '../../api/src/app/query-limits.js';
import { Session } from '../../api/src/modules/auth/session.entity.js';
import { UserRole } from '../../api/src/modules/auth/user-role.js';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/**
 * Hostile and malformed requests, each answered with the contract's code (or HTTP status where the request never
 * became a GraphQL operation) while not one row of the register changes.
 */
let registry: TestRegistry;
const tokens: Record<string, string> = {};
let groupId: string;
let personId: string;
let regionId: string;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
  const admin = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };
  regionId = (await registry.services.geography.regions()).find((r) => r.code === '25')!.id;
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
});
afterAll(() => registry.stop());

interface Hostile {
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

const nested = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level++)
    selection = level % 2 ? `memberships { ${selection} }` : `group { ${selection} }`;
  return `{ groups(first: 1) { nodes { ${selection} } } }`;
};
const createPerson = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
  variables: { input },
});
const addMembership = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
  variables: {
    input: {
      groupId: () => groupId,
      personId: () => personId,
      role: 'MEMBER',
      representedRegionId: () => regionId,
      startDate: '2025-01-01',
      ...input,
    },
  },
});

const BAD = (reason?: string, status?: number) => ({
  code: 'BAD_USER_INPUT',
  ...(reason ? { reason } : {}),
  ...(status ? { status } : {}),
});
const NOT_SIGNED_IN = { code: 'UNAUTHENTICATED', status: 401 };
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const fanOut = `{ groups(first: 100) { nodes { memberships(includeEnded: true) { person { memberships { group {
  memberships(includeEnded: true) { person { memberships { group { name } } } } } } } } } } }`;
const gzipped = new Uint8Array(gzipSync(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(5_000_000)}` })));
const deeplyNested = `${'['.repeat(100_000)}"x"${']'.repeat(100_000)}`;
const updatePerson = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
  variables: { input: { id: () => personId, ...input } },
});

const requests: Hostile[] = [
  { name: 'a query nested beyond the depth limit', query: nested(MAX_DEPTH + 2), expect: BAD('QUERY_TOO_DEEP', 400) },
  {
    name: 'a query wider than the cost limit',
    query: aliases(MAX_COMPLEXITY / ROOT_FIELD_COST + 1, 'healthcareRegions { id }'),
    expect: BAD('QUERY_TOO_COMPLEX', 400),
  },
  {
    name: "a viewer's fan-out through members and their groups",
    query: fanOut,
    token: UserRole.VIEWER,
    expect: BAD('QUERY_TOO_COMPLEX', 400),
  },
  {
    name: "a viewer's 300 aliased counts of persons",
    query: aliases(300, 'persons(first: 100) { totalCount }'),
    token: UserRole.VIEWER,
    expect: BAD('QUERY_TOO_COMPLEX', 400),
  },
  {
    name: 'a thousand aliased counts, beyond the token limit',
    query: aliases(1000, 'persons(first: 100) { totalCount }'),
    token: UserRole.VIEWER,
    expect: BAD(undefined, 400),
  },
  {
    name: '20,000 unknown directives, not signed in',
    query: `{ __typename ${'@a '.repeat(20_000)}}`,
    token: null,
    expect: BAD(undefined, 400),
  },
  {
    name: 'invalid variables weighed before they run',
    query: '{ groups(first: $n) { nodes { id } } }',
    variables: { n: 'ten' },
    expect: BAD(undefined, 400),
  },
  {
    name: 'a variable of the wrong type for a page',
    query: 'query ($n: Int) { groups(first: $n) { nodes { id } } }',
    variables: { n: 'ten' },
    expect: BAD('INVALID_VARIABLES', 400),
  },
  {
    name: 'an operation name the document lacks, not signed in',
    query: '{ __typename }',
    extra: { operationName: 'Nope' },
    token: null,
    expect: BAD(undefined, 400),
  },
  {
    name: 'two operations and no operation name',
    query: 'query A { me { id } } query B { me { email } }',
    expect: BAD(undefined, 400),
  },
  {
    name: 'a persisted query of an unknown hash',
    query: undefined,
    extra: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    token: null,
    expect: BAD(undefined),
  },
  {
    name: 'a persisted query whose hash is not its text',
    query: '{ __typename }',
    extra: { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } },
    token: null,
    expect: BAD(undefined),
  },
  {
    name: 'a search of 201 characters',
    query: `{ persons(search: "${'a'.repeat(201)}") { totalCount } }`,
    expect: BAD('SEARCH_TOO_LONG'),
  },
  {
    name: 'a search of 200,000 characters in a group filter',
    query: 'query ($s: String) { groups(filter: { search: $s }) { totalCount } }',
    variables: { s: 'g'.repeat(200_000) },
    expect: BAD('INVALID_INPUT'),
  },
  { name: 'a page of 101', query: '{ persons(first: 101) { nodes { id } } }', expect: BAD('INVALID_PAGE_SIZE') },
  {
    name: 'a cursor of 10 kB of garbage',
    query: `{ persons(after: "${'Z'.repeat(10_000)}") { nodes { id } } }`,
    expect: BAD('INVALID_CURSOR'),
  },
  {
    name: 'a gzip-compressed body that inflates to 5 MB',
    raw: { body: gzipped, headers: { 'content-encoding': 'gzip' } },
    expect: { status: 415 },
  },
  {
    name: 'a form-encoded post',
    raw: { body: 'query=%7B%20me%20%7B%20id%20%7D%20%7D', contentType: 'application/x-www-form-urlencoded' },
    expect: { status: 400 },
  },
  { name: 'an empty body', raw: { body: '' }, expect: { status: 400 } },
  { name: 'a body of JSON null', raw: { body: 'null' }, expect: { status: 400 } },
  {
    name: 'variables that are a string',
    raw: { body: JSON.stringify({ query: '{ me { id } }', variables: 'x' }) },
    expect: { status: 400 },
  },
  { name: 'a query that is a number', raw: { body: JSON.stringify({ query: 42 }) }, expect: { status: 400 } },
  {
    name: 'a name nested 100,000 lists deep',
    raw: {
      body: `{"query":"mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }","variables":{"input":{"name":${deeplyNested}}}}`,
    },
    expect: { status: 400 },
  },
  {
    name: 'a number beyond any float',
    raw: { body: '{"query":"query ($y: Int!) { dialogueQuestions(year: $y) { id } }","variables":{"y":1e309}}' },
    expect: { status: 400 },
  },
  { name: 'a date of 1,000 characters', ...addMembership({ startDate: '2'.repeat(1000) }), expect: BAD() },
  { name: 'a string where a role is expected', ...addMembership({ role: 'OVERLORD' }), expect: BAD() },
  {
    name: 'null for a required input',
    query: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    variables: { input: null },
    expect: BAD(),
  },
  { name: 'a line break in a name', ...createPerson({ name: 'Ann\nAndersson' }), expect: BAD('CONTROL_CHARACTERS') },
  { name: 'a tab in a name', ...createPerson({ name: 'Ann\tAndersson' }), expect: BAD('CONTROL_CHARACTERS') },
  {
    name: 'a C1 control (NEL) in a name',
    ...createPerson({ name: 'Ann\u0085Andersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a line separator in a name',
    ...createPerson({ name: 'Ann\u2028Andersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a right-to-left override in a name',
    ...createPerson({ name: 'Ann \u202enossredna' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a zero-width space in a name',
    ...createPerson({ name: 'Ann\u200bAndersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'an unpaired surrogate in a name',
    ...createPerson({ name: 'Ann\ud800Andersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a directional isolate in a title',
    ...updatePerson({ title: 'Överläkare \u2066x\u2069' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a byte-order mark in a search',
    query: '{ persons(search: "Ann\ufeff") { totalCount } }',
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a line break in a group name',
    query: 'mutation { createGroup(input: { name: "NPO\\nX", type: NPO }) { id } }',
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a page of a million groups',
    query: '{ groups(first: 1000000) { nodes { id } } }',
    expect: BAD('INVALID_PAGE_SIZE'),
  },
  { name: 'a negative page size', query: '{ persons(first: -5) { nodes { id } } }', expect: BAD('INVALID_PAGE_SIZE') },
  {
    name: 'a forged cursor',
    query: '{ persons(after: "eyJub3QiOiJhIGN1cnNvciJ9") { nodes { id } } }',
    expect: BAD('INVALID_CURSOR'),
  },
  {
    name: 'a body over 320 kB',
    raw: { body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(400_000)}` }) },
    expect: { status: 413 },
  },
  { name: 'a body that is not JSON', raw: { body: '{"query": "{ me { id } }"' }, expect: { status: 400 } },
  {
    name: 'a text/plain post (cross-site request forgery)',
    raw: {
      body: JSON.stringify({ query: 'mutation { createPerson(input: { name: "CSRF" }) { id } }' }),
      contentType: 'text/plain',
    },
    expect: { status: 400 },
  },
  { name: 'a mutation sent with GET', raw: { method: 'GET', body: '' }, expect: { status: 405 } },
  {
    name: 'a batch of operations',
    raw: { body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ me { id } }' }))) },
    expect: { status: 400 },
  },
  { name: 'a syntax error', query: '{ groups(first: 1) { nodes { id }', expect: BAD() },
  { name: 'an unknown field', query: '{ groups { nodes { id password } } }', expect: BAD() },
  {
    name: 'a fragment that spreads itself',
    query: '{ groups { nodes { ...G } } } fragment G on Group { parent { ...G } }',
    expect: BAD(),
  },
  {
    name: 'a prototype key smuggled into an input',
    ...createPerson({ name: 'Proto', ['__proto__']: { role: 'ADMIN' } }),
    expect: BAD(),
  },
  {
    name: 'a wrongly typed variable',
    query:
      'mutation ($seats: Int!) { openNomination(input: { groupId: "x", role: MEMBER, seats: $seats, dueDate: "2025-01-01" }) { id } }',
    variables: { seats: 'many' },
    expect: BAD(),
  },
  { name: 'a name of 10,000 characters', ...createPerson({ name: 'Å'.repeat(10_000) }), expect: BAD('INVALID_INPUT') },
  { name: 'an empty name', ...createPerson({ name: '' }), expect: BAD('INVALID_INPUT') },
  { name: 'a NUL byte in a name', ...createPerson({ name: 'Nul\u0000Person' }), expect: BAD('CONTROL_CHARACTERS') },
  {
    name: 'an e-mail address with a script in it',
    ...createPerson({ name: 'Skript', email: '<script>alert(1)</script>' }),
    expect: BAD('INVALID_INPUT'),
  },
  {
    name: 'SQL in an ID',
    query: `mutation { archivePerson(id: "1' OR '1'='1") { id } }`,
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'SQL in a search',
    query: `{ persons(search: "' OR 1=1; DROP TABLE persons; --") { totalCount } }`,
    expect: { empty: true },
  },
  { name: 'LIKE wildcards in a search', query: '{ persons(search: "%_%") { totalCount } }', expect: { empty: true } },
  {
    name: 'an ID of no record',
    query: '{ group(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: { empty: true },
  },
  {
    name: 'an end date before the start',
    ...addMembership({ startDate: '2025-06-01', endDate: '2025-01-01' }),
    expect: BAD('END_BEFORE_START'),
  },
  { name: 'the 30th of February', ...addMembership({ startDate: '2023-02-30' }), expect: BAD() },
  { name: 'a month 13', ...addMembership({ startDate: '2023-13-01' }), expect: BAD() },
  { name: 'a date in words', ...addMembership({ startDate: 'yesterday' }), expect: BAD() },
  { name: 'a date with a time', ...addMembership({ startDate: '2025-01-01T00:00:00Z' }), expect: BAD() },
  { name: 'no token', query: '{ me { id } }', token: null, expect: NOT_SIGNED_IN },
  {
    name: 'a forged token',
    query: '{ me { id } }',
    token: randomBytes(32).toString('base64url'),
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'a token of 100 kB, beyond what Node reads of headers',
    query: '{ me { id } }',
    token: 'T'.repeat(100_000),
    expect: { status: 431 },
  },
  { name: 'a token of 8 kB', query: '{ me { id } }', token: 'T'.repeat(8_000), expect: NOT_SIGNED_IN },
  { name: 'an expired token', query: '{ me { id } }', token: 'expired', expect: NOT_SIGNED_IN },
  { name: 'a token revoked by signing out', query: '{ me { id } }', token: 'revoked', expect: NOT_SIGNED_IN },
  {
    name: "a deactivated user's token",
    query: 'mutation { createPerson(input: { name: "Spöke" }) { id } }',
    token: 'deactivated',
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'basic instead of bearer credentials',
    query: '{ me { id } }',
    authorization: 'Basic YWRtaW46YWRtaW4=',
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'a query beside login, not signed in',
    query:
      'mutation { login(email: "a@b.se", password: "x") { token } createPerson(input: { name: "Smuggel" }) { id } }',
    token: null,
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'a viewer making themself an administrator',
    query:
      'mutation { createUser(input: { email: "evil@hostile.example", password: "evil-password-1", role: ADMIN }) { id } }',
    token: UserRole.VIEWER,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: "a viewer reading the users' list",
    query: '{ users { email } }',
    token: UserRole.VIEWER,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'a viewer asking for a register extract',
    query: '{ personRegisterExtract(personId: "PERSON") { document } }',
    token: UserRole.VIEWER,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'a region representative erasing a person',
    query: 'mutation { erasePerson(id: "PERSON") { id } }',
    token: UserRole.REGION_REPRESENTATIVE,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'a password of 10,000 characters',
    query: 'mutation { login(email: "admin@test.example", password: "' + 'p'.repeat(10_000) + '") { token } }',
    token: null,
    expect: { code: 'UNAUTHENTICATED' },
  },
];

/** Variables may name fixtures made in beforeAll: they are filled in when the request is sent. */
const resolve = (value: unknown): unknown =>
  typeof value === 'function'
    ? (value as () => unknown)()
    : value && typeof value === 'object' && !Array.isArray(value)
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

describe('hostile and malformed requests', () => {
  it('are at least 70', () => {
    expect(requests.length).toBeGreaterThanOrEqual(70);
  });

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

  it('stores script and SQL fragments as given, to be rendered escaped', async () => {
    const name = `<img src=x onerror="alert(1)"> Robert'); DROP TABLE persons;--`;
    const created = await registry.request<{ createPerson: { name: string } }>(
      'mutation ($name: String!) { createPerson(input: { name: $name }) { name } }',
      { name },
      registry.adminToken,
    );
    expect(created.data?.createPerson.name).toBe(name);
  });
});
