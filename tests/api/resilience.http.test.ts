import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';

/**
 * The built API as `npm start` runs it (under its supervisor, heap capped), fed the requests that used to end the
 * process: it must keep answering, its memory bounded, and come back by itself when its worker dies anyway.
 */
let supervisor: ChildProcess;
let dir: string;
let output = '';
const port = 4300 + (process.pid % 300);
const url = `http://127.0.0.1:${port}`;

const healthy = () =>
  fetch(`${url}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
const workerPid = () =>
  Number(readFileSync(`/proc/${supervisor.pid}/task/${supervisor.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
const rssMegabytes = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function waitUntilHealthy(): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await healthy()) return;
    if (supervisor.exitCode !== null) throw new Error(`the built API exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the built API did not answer /healthz: ${output}`);
}

const post = (body: string, token?: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

/** Sends `count` requests, `parallel` at a time; returns their HTTP statuses. */
async function flood(count: number, parallel: number, body: (i: number) => string, token?: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += parallel) {
    const wave = Array.from({ length: Math.min(parallel, count - i) }, (_, j) =>
      post(body(i + j), token).then(async (r) => (await r.arrayBuffer(), r.status)),
    );
    statuses.push(...(await Promise.all(wave)));
  }
  return statuses;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ks-resilience-'));
  supervisor = spawn(process.execPath, ['--max-old-space-size=192', join(REPO_ROOT, 'api', 'dist', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'registry.sqlite')}`,
      SEED: 'reference',
      ADMIN_EMAIL: 'resilience@test.example',
      ADMIN_PASSWORD: 'resilience-password-1',
      NODE_ENV: 'production',
      // The limits themselves are tested elsewhere: here the memory must stay bounded without their help.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  supervisor.stdout?.on('data', (chunk) => (output += chunk));
  supervisor.stderr?.on('data', (chunk) => (output += chunk));
  await waitUntilHealthy();
}, 60_000);

afterAll(() => {
  supervisor?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('the API under requests that used to stop it', () => {
  it('answers 150 anonymous requests carrying 300 kB of distinct variables, its heap and RSS bounded', async () => {
    const pid = workerPid();
    const before = rssMegabytes(pid);
    const padding = 'x'.repeat(300_000);
    const statuses = await flood(150, 5, (i) =>
      JSON.stringify({ query: '{ __typename }', variables: { pad: `${i}${padding}` } }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const comments = await flood(100, 5, (i) => JSON.stringify({ query: `{ __typename } # ${i}${padding}` }));
    expect(comments.every((s) => s === 200)).toBe(true);
    expect(workerPid()).toBe(pid);
    // 75 MB of variables and 30 MB of query text went through; kept, they would have grown the process by as much.
    const after = rssMegabytes(pid);
    expect(after - before, `RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`).toBeLessThan(60);
    expect(await healthy()).toBe(true);
  }, 120_000);

  it("refuses a viewer's fan-out through members before it runs, and stays up", async () => {
    const login = await post(
      JSON.stringify({
        query: 'mutation { login(email: "resilience@test.example", password: "resilience-password-1") { token } }',
      }),
    );
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const fanOut = `{ groups(first: 100) { nodes { memberships(includeEnded: true) { person { memberships { group {
      memberships(includeEnded: true) { person { memberships { group { name } } } } } } } } } } }`;
    const statuses = await flood(20, 4, () => JSON.stringify({ query: fanOut }), token);
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect(await healthy()).toBe(true);
  }, 60_000);

  it('is started again by its supervisor when its worker is killed, and says so in the log', async () => {
    const pid = workerPid();
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitUntilHealthy();
    expect(workerPid()).not.toBe(pid);
    expect(output).toMatch(new RegExp(`worker ${pid} exited \\(signal SIGKILL\\)`));
    // Liveness answers without the database; readiness with it.
    expect((await fetch(`${url}/healthz/live`)).status).toBe(200);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
  }, 60_000);
});
