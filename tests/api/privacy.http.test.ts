import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo' });
});
afterAll(() => registry.stop());

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  registry.request<T>(query, variables, registry.adminToken);

describe('erasure over HTTP', () => {
  it("replaces a former member's name and contact data while the report of their years keeps its numbers", async () => {
    // A person of the demo data whose every seat has ended.
    const persons = await gql<{
      persons: {
        nodes: { id: string; name: string; email: string | null; memberships: { endDate: string | null }[] }[];
      };
    }>('{ persons(first: 100) { nodes { id name email memberships { endDate } } } }');
    const today = new Date().toISOString().slice(0, 10);
    const former = persons.data!.persons.nodes.find(
      (p) => p.memberships.length > 0 && p.memberships.every((m) => m.endDate && m.endDate < today),
    )!;
    expect(former).toBeDefined();
    const norra = (await registry.services.geography.healthcareRegions()).find((hr) => hr.code === 'NORRA')!.id;
    const reportQuery = `{ representation(healthcareRegionId: "${norra}", asOf: "2023-08-31") { totalSeats shares { region { code } seats } } }`;
    const before = await gql(reportQuery);

    const erased = await gql<{ erasePerson: { name: string; email: string | null; erasedAt: string } }>(
      `mutation { erasePerson(id: "${former.id}") { name email erasedAt } }`,
    );
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.erasePerson.name).toMatch(/^Raderad person /);
    expect(erased.data!.erasePerson.email).toBeNull();
    expect(await gql(reportQuery)).toEqual(before);

    const extract = await gql<{ personRegisterExtract: { document: Record<string, unknown>; memberships: unknown[] } }>(
      `{ personRegisterExtract(personId: "${former.id}") { document memberships { id } } }`,
    );
    expect(extract.data!.personRegisterExtract.memberships.length).toBe(former.memberships.length);
    const everything = JSON.stringify(extract.data);
    expect(everything).not.toContain(former.name);
    if (former.email) expect(everything).not.toContain(former.email);
  });
});
