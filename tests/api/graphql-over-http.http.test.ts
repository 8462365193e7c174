import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/**
 * The GraphQL-over-HTTP specification's audits, as the graphql-http package writes them, sent to the real server:
 * every MUST holds, so that any conforming client or tool can talk to the register.
 */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
});
afterAll(() => registry.stop());

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http, sent as a signed-in client (the register answers only `login` before)', async () => {
    const signedIn: typeof fetch = (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${registry.adminToken}` },
      });
    const audits = serverAudits({ url: () => `${registry.url}/graphql`, fetchFn: signedIn });
    const musts = audits.filter((audit) => audit.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(13);
    const failures: string[] = [];
    for (const audit of musts) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
