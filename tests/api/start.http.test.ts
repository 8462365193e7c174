import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';

/**
 * `npm start` runs the built API with plain Node, not through the test runner's module loader: this starts that
 * build as a process, so that a module that only resolves under the test runner fails here rather than in production.
 */
let server: ChildProcess;
let dir: string;
const port = 4600 + (process.pid % 300);
const url = `http://127.0.0.1:${port}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ks-start-'));
  server = spawn(process.execPath, [join(REPO_ROOT, 'api', 'dist', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'registry.sqlite')}`,
      SEED: 'reference',
      ADMIN_EMAIL: 'start@test.example',
      ADMIN_PASSWORD: 'start-password-1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; attempt < 100; attempt++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (server.exitCode !== null) throw new Error(`the built API exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the built API did not answer /healthz: ${output}`);
}, 30_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const graphql = async (query: string, token?: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, { token?: string } | unknown[]>;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
};

describe('the built API started with Node', () => {
  it('signs in, answers queries and applies the query limits', async () => {
    const login = await graphql(
      'mutation { login(email: "start@test.example", password: "start-password-1") { token } }',
    );
    const token = (login.data?.login as { token: string }).token;
    const regions = await graphql('{ healthcareRegions { code } }', token);
    expect(regions.data?.healthcareRegions).toHaveLength(6);
    let selection = 'id';
    for (let level = 0; level < 14; level++)
      selection = level % 2 ? `memberships { ${selection} }` : `group { ${selection} }`;
    const deep = await graphql(`{ groups(first: 1) { nodes { ${selection} } } }`, token);
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
  });

  it('reads uploads in its worker thread, from the built JavaScript', async () => {
    const login = await graphql(
      'mutation { login(email: "start@test.example", password: "start-password-1") { token } }',
    );
    const token = (login.data?.login as { token: string }).token;
    const send = (body: string) =>
      fetch(`${url}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-file-name': 'personer.csv' },
        body,
      }).then(async (r) => [r.status, await r.json()] as const);
    expect(await send('Namn;E-post\nÅsa Öberg;asa@region.example\n')).toEqual([
      201,
      expect.objectContaining({ rowCount: 1, header: ['Namn', 'E-post'] }),
    ]);
    const [status, refused] = await send(`Namn\n${'a\n'.repeat(50_001)}`);
    expect([status, refused.errors[0].extensions.reason]).toEqual([400, 'FILE_TOO_MANY_ROWS']);
  });
});
