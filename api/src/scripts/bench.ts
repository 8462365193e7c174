/**
 * npm run bench: loads the national data set into a fresh SQLite file and (when it answers) a fresh PostgreSQL
 * database, starts the built API on each as its own process, and drives it over loopback with a fixed number of
 * concurrent clients for a fixed time per scenario. A bare Apollo Server answering a constant is measured the same
 * way, so that the figures read as ratios. Prints a table and writes bench/results.json.
 *
 * Environment: BENCH_SECONDS (per scenario, default 8), BENCH_CONCURRENCY (default 4), BENCH_DATABASES
 * (default "sqlite,postgres"), BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/ks_bench), BENCH_IMPORT_ROWS (rows of the
 * import bench, default 50,000: the documented limit).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../app/config.js';
import { createServices } from '../app/services.js';
import { openDatabase } from '../db/data-source.js';
import { seedNational } from '../seeding/national-seed.js';
import type { ImportTiming } from './bench-import.js';
import { measureAttacks, peakRssMb, workerOf, type AttackOutcome } from './bench-attacks.js';
import { readScenarios, SCENARIO_IDS, type Scenario, type ScenarioIds } from '../test-support/scenarios.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/ks_bench';
const ADMIN = { email: 'bench@ks.example', password: 'bench-password-1' };

/** The issue's targets, per scenario: p95 in ms, throughput as a share of the baseline's. */
const TARGETS: Record<string, { p95?: number; ratio?: number }> = {
  'representation report': { p95: 25, ratio: 0.4 },
  '60-month trend': { p95: 150 },
  'group page': { p95: 30 },
};
const RSS_TARGET_MB = 300;
/** Rows of the import bench: the documented limit. */
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const IMPORT_TARGET_SECONDS = 300;
/** The Node flags of `npm start` (the api's serve script), so that the API is measured as it runs. */
const SERVE_FLAGS = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'api', 'package.json'), 'utf8')) as { scripts: { serve: string } }
).scripts.serve
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));

interface Measurement {
  scenario: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  requestsPerSecond: number;
  ratioToBaseline: number | null;
}

interface Run {
  database: string;
  seedSeconds: number | null;
  import: ImportTiming;
  baseline: Measurement;
  scenarios: Measurement[];
  peakRssMb: number;
  attacks: AttackOutcome[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** CONCURRENCY clients, each sending the next request when the last is answered, for SECONDS after a warm-up. */
async function load(
  url: string,
  body: string,
  token: string | null,
): Promise<Omit<Measurement, 'scenario' | 'ratioToBaseline'>> {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const send = async () => {
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    return response.ok && !text.includes('"errors"');
  };
  const warmUntil = performance.now() + 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < warmUntil) await send();
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        if (!(await send())) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    requestsPerSecond: Math.round(latencies.length / elapsed),
  };
}

function start(command: string[], env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`process exited: ${output}`));
      const ready = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) resolve(child);
      else setTimeout(() => void poll(), 200);
    };
    void poll();
  });
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown };
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function scenarios(url: string, token: string): Promise<Scenario[]> {
  return readScenarios(await gql<ScenarioIds>(url, SCENARIO_IDS, {}, token));
}

async function prepare(
  database: string,
): Promise<{ url: string; seedSeconds: number; cleanup: () => Promise<void> } | null> {
  if (database === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ks-bench-'));
    const url = `sqlite:${join(dir, 'registry.sqlite')}`;
    return { url, seedSeconds: await seed(url), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = PG_URL.replace(/\/[^/]+$/, '/postgres');
  const name = PG_URL.split('/').at(-1)!;
  const admin = new DataSource({ type: 'postgres', url: adminUrl, connectTimeoutMS: 2000 });
  try {
    await admin.initialize();
  } catch {
    console.warn(`PostgreSQL does not answer at ${adminUrl}: its bench is skipped.`);
    return null;
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.destroy();
  return { url: PG_URL, seedSeconds: await seed(PG_URL), cleanup: async () => undefined };
}

async function seed(url: string): Promise<number> {
  const db = await openDatabase({ url });
  try {
    const report = await seedNational(createServices(db), `${REPO_ROOT}seed-data`);
    return Math.round(report.milliseconds / 100) / 10;
  } finally {
    await db.destroy();
  }
}

async function measureBaseline(port: number): Promise<Measurement> {
  const child = await start([join(REPO_ROOT, 'bench', 'baseline.mjs')], {}, port);
  try {
    const result = await load(`http://127.0.0.1:${port}/graphql`, JSON.stringify({ query: '{ ok }' }), null);
    return { scenario: 'baseline (bare Apollo Server)', ...result, ratioToBaseline: 1 };
  } finally {
    child.kill();
  }
}

async function benchDatabase(database: string, port: number): Promise<Run | null> {
  const prepared = await prepare(database);
  if (!prepared) return null;
  const baseline = await measureBaseline(port + 1);
  // As `npm start` runs it, under its supervisor; the bench's clients share one user, so the rate limits are off.
  const api = await start(
    [...SERVE_FLAGS, join(REPO_ROOT, 'api', 'dist', 'main.js')],
    {
      DATABASE_URL: prepared.url,
      SEED: 'none',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NODE_ENV: 'production',
      CLIENT_DIST: '',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    },
    port,
  );
  const worker = workerOf(api.pid!);
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    console.log(`  ${database}: API started, peak RSS ${peakRssMb(worker)} MB`);
    const { login } = await gql<{ login: { token: string } }>(
      url,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      ADMIN,
    );
    const measured: Measurement[] = [];
    for (const scenario of await scenarios(url, login.token)) {
      const result = await load(
        url,
        JSON.stringify({ query: scenario.query, variables: scenario.variables }),
        login.token,
      );
      measured.push({
        scenario: scenario.name,
        ...result,
        ratioToBaseline: Math.round((result.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100,
      });
      console.log(
        `  ${database}: ${scenario.name}: p95 ${result.p95} ms, ${result.requestsPerSecond} req/s, API peak RSS so far ${peakRssMb(worker)} MB`,
      );
    }
    const rss = peakRssMb(worker);
    const attacks = await measureAttacks(url, login.token, api.pid!);
    for (const a of attacks)
      console.log(
        `  ${database}: ${a.attack}: ${JSON.stringify(a.statuses)}, worker peak RSS ${a.peakRssMb} MB, ${a.survived ? 'still up' : 'RESTARTED'}`,
      );
    api.kill();
    const imported = await measureImportAlone(database);
    console.log(
      `  ${database}: import of ${imported.rows} rows: dry run ${imported.dryRunMs} ms, import ${imported.importMs} ms, peak RSS ${imported.peakRssMb} MB`,
    );
    return {
      database,
      seedSeconds: prepared.seedSeconds,
      import: imported,
      baseline,
      scenarios: measured,
      peakRssMb: rss,
      attacks,
    };
  } finally {
    api.kill();
    await prepared.cleanup();
  }
}

/**
 * The 50,000-row import in a process of its own with the API's Node flags (its 192 MB heap), so that its time and
 * peak RSS are those of the API doing it.
 */
async function measureImportAlone(database: string): Promise<ImportTiming> {
  const script = join(REPO_ROOT, 'api', 'src', 'scripts', 'bench-import.ts');
  const child = spawn(
    process.execPath,
    [...SERVE_FLAGS, '--import', 'tsx', script, database === 'postgres' ? 'postgres' : 'sqlite', String(IMPORT_ROWS)],
    {
      cwd: join(REPO_ROOT, 'api'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the import bench on ${database} exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1)!) as ImportTiming;
}

function table(runs: Run[]): string {
  const lines = [
    '| database | scenario | p50 ms | p95 ms | req/s | ratio to baseline | target | met |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const run of runs) {
    const rows = [run.baseline, ...run.scenarios];
    for (const m of rows) {
      const target = TARGETS[m.scenario];
      const wanted = [
        target?.p95 ? `p95 ≤ ${target.p95} ms` : '',
        target?.ratio ? `≥ ${target.ratio * 100} % of baseline` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const met = target
        ? (!target.p95 || m.p95 <= target.p95) &&
          (!target.ratio || (m.ratioToBaseline ?? 0) >= target.ratio) &&
          m.errors === 0
        : null;
      lines.push(
        `| ${run.database} | ${m.scenario}${m.errors ? ` (${m.errors} errors)` : ''} | ${m.p50} | ${m.p95} | ${m.requestsPerSecond} | ${m.ratioToBaseline ?? ''} | ${wanted} | ${met === null ? '' : met ? 'yes' : 'NO'} |`,
      );
    }
    lines.push(
      `| ${run.database} | API peak RSS under load | | | | | ≤ ${RSS_TARGET_MB} MB | ${run.peakRssMb <= RSS_TARGET_MB ? 'yes' : 'NO'} (${run.peakRssMb} MB) |`,
    );
    lines.push(
      `| ${run.database} | seed:national | | | | | < 60 s | ${run.seedSeconds !== null && run.seedSeconds < 60 ? 'yes' : 'NO'} (${run.seedSeconds} s) |`,
    );
    for (const a of run.attacks) {
      const answers = Object.entries(a.statuses)
        .map(([status, count]) => `${count} × ${status}`)
        .join(', ');
      lines.push(
        `| ${run.database} | attack: ${a.requests} × ${a.attack} (${answers}); worker peak RSS ${a.peakRssMb} MB | | | | | stays up, ≤ ${RSS_TARGET_MB} MB | ${a.survived && a.peakRssMb <= RSS_TARGET_MB ? 'yes' : 'NO'} |`,
      );
    }
    const seconds = (ms: number) => Math.round(ms / 100) / 10;
    const { rows: importRows, uploadMs, dryRunMs, importMs, peakRssMb: importRss } = run.import;
    const met = Math.max(dryRunMs, uploadMs + importMs) / 1000 < IMPORT_TARGET_SECONDS;
    lines.push(
      `| ${run.database} | import of ${importRows} membership rows, each with a new person: upload ${seconds(uploadMs)} s, dry run ${seconds(dryRunMs)} s, confirmed import ${seconds(importMs)} s, peak RSS ${importRss} MB | | | | | each < ${IMPORT_TARGET_SECONDS} s | ${met ? 'yes' : 'NO'} |`,
    );
  }
  return lines.join('\n');
}

const runs: Run[] = [];
let port = 4700 + (process.pid % 200) * 2;
for (const database of DATABASES) {
  console.log(`Benchmarking on ${database} (${SECONDS} s per scenario, ${CONCURRENCY} concurrent clients)…`);
  const run = await benchDatabase(database, port);
  if (run) runs.push(run);
  port += 2;
}
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
writeFileSync(
  join(REPO_ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, seconds: SECONDS, concurrency: CONCURRENCY, runs }, null, 2)}\n`,
);
console.log(`\n${table(runs)}\n\nWritten to bench/results.json.`);
