/**
 * The requests that used to stop the API (an outside probe's findings), sent to a running instance by `npm run bench`:
 * how much memory the worker takes while it answers them, and whether it is still the same process afterwards.
 */
import { readFileSync } from 'node:fs';

export interface AttackOutcome {
  attack: string;
  requests: number;
  /** HTTP statuses of the answers, with how many of each. */
  statuses: Record<string, number>;
  peakRssMb: number;
  survived: boolean;
}

/** The highest resident memory of a process so far (Linux). */
export const peakRssMb = (pid: number) =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

/** The worker process under `npm start`'s supervisor (its first child), or the process itself without one. */
export function workerOf(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return children.length ? Number(children[0]) : pid;
}

const padding = 'x'.repeat(300_000);
const fanOut = `{ groups(first: 100) { nodes { memberships(includeEnded: true) { person { memberships { group {
  memberships(includeEnded: true) { person { memberships { group { name } } } } } } } } } } }`;

const ATTACKS: {
  attack: string;
  requests: number;
  signedIn: boolean;
  body: (i: number) => string;
  headers?: Record<string, string>;
}[] = [
  {
    attack: '300 kB of distinct variables, not signed in',
    requests: 300,
    signedIn: false,
    body: (i) => JSON.stringify({ query: '{ __typename }', variables: { pad: `${i}${padding}` } }),
  },
  {
    attack: '300 kB query comments, not signed in',
    requests: 300,
    signedIn: false,
    body: (i) => JSON.stringify({ query: `{ __typename } # ${i}${padding}` }),
  },
  {
    attack: '20,000 unknown directives, not signed in',
    requests: 200,
    signedIn: false,
    body: () => JSON.stringify({ query: `{ __typename ${'@a '.repeat(20_000)}}` }),
  },
  {
    attack: "a viewer's fan-out through members",
    requests: 100,
    signedIn: true,
    body: () => JSON.stringify({ query: fanOut }),
  },
  {
    attack: '300 aliased counts of persons',
    requests: 100,
    signedIn: true,
    body: () =>
      JSON.stringify({
        query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: persons(first: 100) { totalCount }`).join(' ')} }`,
      }),
  },
  {
    attack: 'a gzip body, not signed in',
    requests: 100,
    signedIn: false,
    body: () => JSON.stringify({ query: '{ __typename }' }),
    headers: { 'content-encoding': 'gzip' },
  },
];

/** Sends each attack with 8 clients at once and reads the worker's peak memory after each. */
export async function measureAttacks(url: string, token: string, supervisorPid: number): Promise<AttackOutcome[]> {
  const outcomes: AttackOutcome[] = [];
  for (const { attack, requests, signedIn, body, headers } of ATTACKS) {
    const worker = workerOf(supervisorPid);
    const statuses: Record<string, number> = {};
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests) {
          const i = next++;
          const response = await fetch(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...headers,
              ...(signedIn ? { authorization: `Bearer ${token}` } : {}),
            },
            body: body(i),
          }).catch(() => null);
          await response?.arrayBuffer();
          const status = String(response?.status ?? 'no answer');
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }),
    );
    const survived =
      workerOf(supervisorPid) === worker &&
      (await fetch(url.replace(/\/graphql$/, '/healthz')).then(
        (r) => r.ok,
        () => false,
      ));
    outcomes.push({ attack, requests, statuses, peakRssMb: peakRssMb(worker), survived });
  }
  return outcomes;
}
