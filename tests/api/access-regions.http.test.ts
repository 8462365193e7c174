import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../api/src/common/user-role.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import {
  next,
  norrbotten,
  nomination,
  person,
  registry,
  s,
  startMatrixRegistry,
  tokens,
  vasterbotten,
} from './support/access-matrix.js';

/**
 * A region representative (of Norrbotten) and the records of another region (Västerbotten): each attempt refused
 * FORBIDDEN over HTTP, and not one row of the register changed.
 */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

describe("a region representative and another region's records", () => {
  const asRepresentative = (query: string, variables?: Record<string, unknown>) =>
    registry.request(query, variables, tokens.get(UserRole.REGION_REPRESENTATIVE));

  it.each<[string, () => Promise<{ query: string; variables?: Record<string, unknown> }>]>([
    [
      'creates no person employed elsewhere',
      async () => ({
        query: `mutation { createPerson(input: { name: "Annan", employerRegionId: "${vasterbotten}" }) { id } }`,
      }),
    ],
    [
      "edits no other region's person",
      async () => {
        const other = await s().persons.create(coordinator, {
          name: `Västerbottning ${next()}`,
          employerRegionId: vasterbotten,
        });
        return { query: `mutation { updatePerson(input: { id: "${other.id}", title: "Chef" }) { id } }` };
      },
    ],
    [
      'moves no person of theirs to another region',
      async () => ({
        query: `mutation { updatePerson(input: { id: "${(await person()).id}", employerRegionId: "${vasterbotten}" }) { id } }`,
      }),
    ],
    [
      'proposes no candidate for another region',
      async () => ({
        query: 'mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }',
        variables: {
          input: {
            nominationId: (await nomination()).id,
            personId: (await person()).id,
            representedRegionId: vasterbotten,
            managerApproved: true,
            conflictOfInterestDeclared: true,
          },
        },
      }),
    ],
    [
      "withdraws no other region's candidate",
      async () => {
        const opened = await nomination();
        const other = await s().nominations.propose(coordinator, {
          nominationId: opened.id,
          personId: (await person()).id,
          representedRegionId: vasterbotten,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        });
        return { query: `mutation { withdrawCandidate(id: "${other.id}") { id } }` };
      },
    ],
  ])('%s', async (_name, prepare) => {
    const { query, variables } = await prepare();
    const fingerprint = await databaseFingerprint(registry.db);
    const result = await asRepresentative(query, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });
});

describe('what the API tells the client about the viewer', () => {
  it("says a region speaks of 'our' seats only to that region's representative", async () => {
    const query = 'query ($id: ID!) { region(id: $id) { id viewerRepresents } }';
    const ask = async (role: UserRole, id: string) =>
      (await registry.request<{ region: { viewerRepresents: boolean } }>(query, { id }, tokens.get(role))).data?.region
        .viewerRepresents;
    expect(await ask(UserRole.REGION_REPRESENTATIVE, norrbotten)).toBe(true);
    expect(await ask(UserRole.REGION_REPRESENTATIVE, vasterbotten)).toBe(false);
    expect(await ask(UserRole.COORDINATOR, norrbotten)).toBe(false);
    expect(await ask(UserRole.ADMIN, norrbotten)).toBe(false);
  });

  it('gives the configured review period to those who may review persons, and refuses the others', async () => {
    const ask = (role: UserRole) =>
      registry.request<{ personReviewYears: number }>('{ personReviewYears }', {}, tokens.get(role));
    expect((await ask(UserRole.COORDINATOR)).data?.personReviewYears).toBe(3);
    expect((await ask(UserRole.VIEWER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
