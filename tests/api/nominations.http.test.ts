import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
});
afterAll(() => registry.stop());

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  registry.request<T>(query, variables, registry.adminToken);

describe('decideNomination over HTTP', () => {
  it('takes effect exactly once when 20 coordinators decide at the same moment', async () => {
    const setup = await gql<{
      groups: { nodes: { id: string }[] };
      healthcareRegions: { regions: { id: string; code: string }[] }[];
    }>('{ groups(filter: { types: [NPO] }, first: 1) { nodes { id } } healthcareRegions { regions { id code } } }');
    const groupId = setup.data!.groups.nodes[0]!.id;
    const regionId = setup.data!.healthcareRegions.flatMap((hr) => hr.regions).find((r) => r.code === '23')!.id;
    const opened = await gql<{ openNomination: { id: string; status: string } }>(
      'mutation ($groupId: ID!) { openNomination(input: { groupId: $groupId, role: MEMBER, seats: 1, dueDate: "2025-03-31" }) { id status } }',
      { groupId },
    );
    const nominationId = opened.data!.openNomination.id;
    const person = await gql<{ createPerson: { id: string } }>(
      'mutation { createPerson(input: { name: "Samtidig Kandidat" }) { id } }',
    );
    const candidate = await gql<{ proposeCandidate: { id: string } }>(
      `mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
      {
        input: {
          nominationId,
          personId: person.data!.createPerson.id,
          representedRegionId: regionId,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        },
      },
    );
    const candidateId = candidate.data!.proposeCandidate.id;

    const decisions = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql<{ decideNomination: { status: string } }>(
          'mutation ($input: DecideNominationInput!) { decideNomination(input: $input) { status } }',
          {
            input: {
              nominationId,
              appointCandidateIds: [candidateId],
              startDate: '2025-05-01',
              decisionReference: 'BG 2025-04-12 § 7',
            },
          },
        ),
      ),
    );
    const succeeded = decisions.filter((d) => d.data?.decideNomination.status === 'DECIDED');
    const refused = decisions.filter((d) => d.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(19);

    const after = await gql<{
      nomination: {
        status: string;
        candidates: { appointed: boolean }[];
        group: { memberships: { person: { name: string } }[] };
      };
    }>(
      '{ nomination(id: "' +
        nominationId +
        '") { status candidates { appointed } group { memberships(asOf: "2025-05-01") { person { name } } } } }',
    );
    expect(after.data!.nomination.status).toBe('DECIDED');
    expect(after.data!.nomination.candidates).toEqual([{ appointed: true }]);
    expect(after.data!.nomination.group.memberships.map((m) => m.person.name)).toEqual(['Samtidig Kandidat']);
  });

  it("answers the contract's nomination rules with their codes over HTTP", async () => {
    const setup = await gql<{
      groups: { nodes: { id: string }[] };
      healthcareRegions: { regions: { id: string; code: string }[] }[];
    }>('{ groups(filter: { types: [NSG] }, first: 1) { nodes { id } } healthcareRegions { regions { id code } } }');
    const regions = setup.data!.healthcareRegions.flatMap((hr) => hr.regions);
    const region = (code: string) => regions.find((r) => r.code === code)!.id;
    const nominationId = (
      await gql<{ openNomination: { id: string } }>(
        'mutation ($groupId: ID!) { openNomination(input: { groupId: $groupId, role: MEMBER, seats: 1, dueDate: "2025-03-31" }) { id } }',
        { groupId: setup.data!.groups.nodes[0]!.id },
      )
    ).data!.openNomination.id;
    const propose = async (name: string, code: string, cleared: boolean, token = registry.adminToken) => {
      const person = await registry.request<{ createPerson: { id: string } }>(
        'mutation ($name: String!) { createPerson(input: { name: $name }) { id } }',
        { name },
        registry.adminToken,
      );
      return registry.request<{ proposeCandidate: { id: string } }>(
        'mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }',
        {
          input: {
            nominationId,
            personId: person.data!.createPerson.id,
            representedRegionId: region(code),
            managerApproved: cleared,
            conflictOfInterestDeclared: cleared,
          },
        },
        token,
      );
    };
    const a = (await propose('Kandidat A', '25', true)).data!.proposeCandidate.id;
    const b = (await propose('Kandidat B', '24', true)).data!.proposeCandidate.id;
    const uncleared = (await propose('Kandidat C', '23', false)).data!.proposeCandidate.id;

    await registry.request(
      'mutation { createUser(input: { email: "rep25@test.example", password: "rep-password-25", role: REGION_REPRESENTATIVE, regionId: "' +
        region('25') +
        '" }) { id } }',
      {},
      registry.adminToken,
    );
    const representative = await registry.login('rep25@test.example', 'rep-password-25');
    expect((await propose('Kandidat D', '24', true, representative)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const decide = (ids: string[]) =>
      gql<{ decideNomination: { status: string } }>(
        'mutation ($input: DecideNominationInput!) { decideNomination(input: $input) { status } }',
        {
          input: { nominationId, appointCandidateIds: ids, startDate: '2025-05-01' },
        },
      );
    expect((await decide([a, b])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await decide([uncleared])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await decide([a])).data?.decideNomination.status).toBe('DECIDED');
    expect((await decide([a])).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await gql<{ nomination: { candidates: { appointed: boolean; person: { name: string } }[] } }>(
      '{ nomination(id: "' + nominationId + '") { candidates { appointed person { name } } } }',
    );
    expect(Object.fromEntries(after.data!.nomination.candidates.map((c) => [c.person.name, c.appointed]))).toEqual({
      'Kandidat A': true,
      'Kandidat B': false,
      'Kandidat C': false,
    });
  });
});
