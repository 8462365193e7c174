import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/** The demo's organisations, people fields and deputies (issue 16), read through the API on the seeded register. */
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo' });
}, 120_000);
afterAll(() => registry.stop());

interface Seat {
  role: string;
  person: { name: string; employerOrganisation: { name: string } | null };
  representedRegion: { code: string } | null;
  representedOrganisation: { name: string; kind: string } | null;
  standsInFor: { person: { name: string } } | null;
  deputies: { person: { name: string } }[];
}

const groupSeats = async (name: string, type: string) => {
  const result = await registry.request<{ groups: { nodes: { name: string; type: string; memberships: Seat[] }[] } }>(
    `query ($s: String, $t: [GroupType!]) { groups(filter: { search: $s, types: $t }, first: 5) { nodes { name type memberships(asOf: "2025-06-01") {
       role person { name employerOrganisation { name } } representedRegion { code }
       representedOrganisation { name kind } standsInFor { person { name } } deputies(asOf: "2025-06-01") { person { name } } } } } }`,
    { s: name, t: [type] },
    registry.adminToken,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.groups.nodes.find((g) => g.name === name)!.memberships;
};

describe('the demo register', () => {
  it('holds the organisations, with SKR employing an NAG member and a municipality holding an NAG seat', async () => {
    const result = await registry.request<{
      organisations: { name: string; employeeCount: number; seatCount: number }[];
    }>('{ organisations { name kind employeeCount seatCount(asOf: "2025-06-01") } }', {}, registry.adminToken);
    const byName = new Map(result.data!.organisations.map((o) => [o.name, o]));
    expect(byName.size).toBeGreaterThanOrEqual(10);
    expect(byName.get('Sveriges Kommuner och Regioner')).toMatchObject({ employeeCount: 1, seatCount: 1 });
    expect(byName.get('Umeå kommun')).toMatchObject({ employeeCount: 1, seatCount: 1 });

    const diabetes = await groupSeats('Diabetes', 'NAG');
    const skr = diabetes.find((m) => m.representedOrganisation?.kind === 'SKR')!;
    expect(skr).toMatchObject({ role: 'MEMBER', representedRegion: null });
    expect(skr.person.employerOrganisation?.name).toBe('Sveriges Kommuner och Regioner');
    expect(diabetes.find((m) => m.role === 'PATIENT_REPRESENTATIVE')?.representedOrganisation?.kind).toBe(
      'PATIENT_ORGANISATION',
    );
    const municipal = (await groupSeats('Hälsosamtal', 'NAG')).find(
      (m) => m.representedOrganisation?.kind === 'MUNICIPALITY',
    );
    expect(municipal?.representedOrganisation?.name).toBe('Umeå kommun');
  });

  it('ties a deputy to the member they stand in for', async () => {
    const seats = await groupSeats('Akut vård', 'NPO');
    const deputy = seats.find((m) => m.standsInFor)!;
    expect(deputy.role).toBe('DEPUTY');
    const member = seats.find((m) => m.person.name === deputy.standsInFor!.person.name)!;
    expect(member.deputies.map((d) => d.person.name)).toEqual([deputy.person.name]);
  });

  it('records genders, professions and care levels of the persons, and interests review days of seats', async () => {
    const result = await registry.request<{
      persons: { nodes: { gender: string | null; profession: string | null; careLevel: string | null }[] };
      groups: { nodes: { memberships: { interestsReviewedOn: string | null }[] }[] };
    }>(
      `{ persons(first: 100) { nodes { gender profession careLevel } }
         groups(filter: { types: [NAG, NPO] }, first: 100) { nodes { memberships(asOf: "2025-06-01") { interestsReviewedOn } } } }`,
      {},
      registry.adminToken,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.persons.nodes;
    expect(nodes.every((p) => p.gender)).toBe(true);
    expect(new Set(nodes.map((p) => p.profession).filter(Boolean)).size).toBeGreaterThan(3);
    expect(new Set(nodes.map((p) => p.careLevel).filter(Boolean)).size).toBeGreaterThan(1);
    const days = result.data!.groups.nodes.flatMap((g) => g.memberships.map((m) => m.interestsReviewedOn));
    expect(days).toContain(null);
    expect(days.some((day) => day && day < '2022-01-01')).toBe(true);
    expect(days.some((day) => day && day >= '2025-01-01')).toBe(true);
  });
});
