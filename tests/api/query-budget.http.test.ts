import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;

const PAGE_OF_GROUPS = `
  query ($first: Int) {
    groups(first: $first) {
      totalCount
      nodes {
        id name type tier
        parent { id name }
        children { id name }
        counterpart { id }
        healthcareRegion { id name regions { id name } }
        memberships(asOf: "2024-06-30") {
          role startDate
          person { id name employerRegion { id name } }
          representedRegion { id name healthcareRegion { id } }
        }
      }
    }
  }`;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo' });
});
afterAll(() => registry.stop());

async function statementsFor(first: number) {
  registry.queries.reset();
  const result = await registry.request<{ groups: { nodes: { memberships: unknown[] }[] } }>(PAGE_OF_GROUPS, { first }, registry.adminToken);
  expect(result.errors).toBeUndefined();
  return { statements: registry.queries.count, groups: result.data!.groups.nodes };
}

describe('query budget', () => {
  it('serves a page of 50 groups with parents, children, members and regions in a bounded number of statements', async () => {
    const page = await statementsFor(50);
    const twice = await statementsFor(100);
    expect(page.groups).toHaveLength(50);
    expect(twice.groups.length).toBeGreaterThan(80);
    expect(page.groups.reduce((n, g) => n + g.memberships.length, 0)).toBeGreaterThan(100);
    // session lookup, count, page, then one batched statement per relation and depth, whatever the page size
    expect(page.statements).toBeLessThanOrEqual(12);
    expect(twice.statements).toBe(page.statements);
  });
});
