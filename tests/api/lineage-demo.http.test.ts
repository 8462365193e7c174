import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/** The demo's lineage: RCC Norr merged into RPO Cancersjukdomar on 2025-01-01, its terms carried over unbroken. */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo' });
});
afterAll(() => registry.stop());

interface Term {
  startDate: string;
  endDate: string | null;
  group: { name: string };
  continuedBy: { startDate: string; group: { name: string } } | null;
}

describe('the demo lineage', () => {
  it('shows RCC Norr as RPO Cancersjukdomar’s predecessor, closed, with every open term carried over', async () => {
    const result = await registry.request<{
      groups: {
        nodes: {
          name: string;
          type: string;
          status: string;
          lineageGroupIds: string[];
          predecessors: { kind: string; takesEffectOn: string; predecessor: { name: string; status: string } }[];
          successors: { successor: { name: string } }[];
          memberships: (Term & { person: { memberships: Term[] } })[];
        }[];
      };
    }>(
      `{ groups(filter: { search: "Cancersjukdomar", types: [RPO] }, first: 2) { nodes {
          name type status lineageGroupIds
          predecessors { kind takesEffectOn predecessor { name status } }
          successors { successor { name } }
          memberships(asOf: "2025-06-30") { startDate endDate group { name } continuedBy { startDate group { name } }
            person { memberships { startDate endDate group { name } continuedBy { startDate group { name } } } } }
      } } }`,
      {},
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    const rpo = result.data!.groups.nodes.find((g) => g.type === 'RPO')!;
    expect(rpo.predecessors).toEqual([
      { kind: 'MERGER', takesEffectOn: '2025-01-01', predecessor: { name: 'RCC Norr', status: 'CLOSED' } },
    ]);
    expect(rpo.lineageGroupIds).toHaveLength(2);
    // Four members and the secretary came from RCC Norr; each person's history runs on without a gap.
    const carried = rpo.memberships.filter((m) =>
      m.person.memberships.some((t) => t.group.name === 'RCC Norr' && t.continuedBy),
    );
    expect(carried).toHaveLength(5);
    for (const term of carried) {
      const before = term.person.memberships.find((t) => t.group.name === 'RCC Norr')!;
      expect(before).toMatchObject({ endDate: '2024-12-31', continuedBy: { startDate: '2025-01-01' } });
      expect(term.startDate).toBe('2025-01-01');
    }
  });

  it('gives the accessibility suite a person whose term continues (the first Per Eklund)', async () => {
    const result = await registry.request<{
      persons: { nodes: { memberships: { continuedBy: { id: string } | null }[] }[] };
    }>(
      '{ persons(first: 1, search: "Per Eklund") { nodes { memberships { continuedBy { id } } } } }',
      {},
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.persons.nodes[0]!.memberships.some((m) => m.continuedBy)).toBe(true);
  });
});
