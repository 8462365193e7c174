import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/** The demo's one person under two spellings: suggested, merged, and every seat and history entry kept. */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo' });
});
afterAll(() => registry.stop());

const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
  const result = await registry.request<T>(query, variables, registry.adminToken);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

interface Suggestion {
  score: number;
  reasons: string[];
  persons: { id: string; name: string; version: number; memberships: { id: string }[] }[];
}

describe('the demo duplicates', () => {
  it('suggests Sara Nylund and Sara Bylund, merges them, and keeps every seat, history entry and figure', async () => {
    const { duplicatePersons } = await gql<{ duplicatePersons: Suggestion[] }>(
      '{ duplicatePersons(first: 100) { score reasons persons { id name version memberships { id } } } }',
    );
    const sara = duplicatePersons.find((s) => s.persons.some((p) => p.name === 'Sara Nylund'))!;
    expect(sara.persons.map((p) => p.name).sort()).toEqual(['Sara Bylund', 'Sara Nylund']);
    expect(sara.reasons).toEqual(['Liknande namn', 'Samma arbetsgivare', 'Uppdrag i samma grupp']);
    expect(duplicatePersons[0]!.score).toBe(sara.score);

    const [kept, merged] = sara.persons;
    const historyOf = async (id: string) =>
      (
        await gql<{ auditEvents: { nodes: { id: string }[] } }>(
          `{ auditEvents(entityType: PERSON, entityId: "${id}", first: 100) { nodes { id } } }`,
        )
      ).auditEvents.nodes.map((e) => e.id);
    const before = [...(await historyOf(kept!.id)), ...(await historyOf(merged!.id))];
    const norra = (await registry.services.geography.healthcareRegions()).find((hr) => hr.code === 'NORRA')!.id;
    const report = `{ representation(healthcareRegionId: "${norra}", asOf: "2024-12-31", tiers: [HEALTHCARE_REGION]) { totalSeats shares { region { code } seats } } }`;
    const figures = await gql(report);

    const { mergePersons } = await gql<{ mergePersons: { movedMemberships: number; kept: { title: string } } }>(
      'mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { movedMemberships kept { title } } }',
      { input: { keepId: kept!.id, mergeId: merged!.id, keepVersion: kept!.version, mergeVersion: merged!.version } },
    );
    expect(mergePersons.movedMemberships).toBe(merged!.memberships.length);
    expect(mergePersons.kept.title).toBe('Diabetessjuksköterska');

    const after = await historyOf(kept!.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(await gql(report)).toEqual(figures);

    const { personRegisterExtract } = await gql<{
      personRegisterExtract: {
        person: { name: string };
        memberships: { id: string }[];
        formerRecords: { person: { name: string }; mergedAt: string; history: { operation: string }[] }[];
      };
    }>(
      `{ personRegisterExtract(personId: "${kept!.id}") { person { name } memberships { id } formerRecords { person { name } mergedAt history { operation } } } }`,
    );
    expect(personRegisterExtract.memberships).toHaveLength(2);
    expect(personRegisterExtract.formerRecords.map((r) => r.person.name)).toEqual([merged!.name]);
    expect(personRegisterExtract.formerRecords[0]!.history.map((e) => e.operation)).toContain('createPerson');

    const { persons } = await gql<{ persons: { nodes: { name: string }[] } }>(
      '{ persons(search: "Sara", includeArchived: true, first: 100) { nodes { name } } }',
    );
    expect(persons.nodes.map((p) => p.name)).not.toContain(merged!.name);
  });
});
