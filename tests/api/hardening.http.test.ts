import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPLEXITY, MAX_DEPTH, ROOT_FIELD_COST } from '../../api/src/app/query-limits.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
});
afterAll(() => registry.stop());

const extensionsOf = (result: { errors?: { extensions?: { code?: string; reason?: string } }[] }) =>
  result.errors?.[0]?.extensions;

describe('query limits', () => {
  it('refuses a query nested deeper than the limit before running it', async () => {
    // group → memberships → group → memberships … walks the register without end
    let selection = 'id';
    for (let level = 0; level < MAX_DEPTH; level++)
      selection = level % 2 ? `memberships { ${selection} }` : `group { ${selection} }`;
    registry.queries.reset();
    const result = await registry.request(`{ groups(first: 1) { nodes { ${selection} } } }`, {}, registry.adminToken);
    expect(extensionsOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    // only the sign-in lookup ran (TypeORM loads a session with its user in two statements): no resolver did
    expect(registry.queries.count).toBeLessThanOrEqual(2);
  });

  it('refuses a query costing more than the limit, each root field weighing as SQL', async () => {
    const aliases = Array.from(
      { length: MAX_COMPLEXITY / ROOT_FIELD_COST + 1 },
      (_, i) => `a${i}: healthcareRegions { id }`,
    ).join(' ');
    const result = await registry.request(`{ ${aliases} }`, {}, registry.adminToken);
    expect(extensionsOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  });

  it('still answers introspection, whose nesting is not counted', async () => {
    const result = await registry.request<{ __schema: { types: unknown[] } }>(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }',
      {},
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.length).toBeGreaterThan(50);
  });
});
