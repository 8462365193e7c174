import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../api/src/common/user-role.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { describeRoleMatrix, person, registry, startMatrixRegistry, tokens } from './support/access-matrix.js';
import { personMergeCases } from './support/access-cases/person-merges.js';

/** Duplicate persons over HTTP: who may merge and see suggestions, and what bad input gets. */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

describeRoleMatrix(personMergeCases);

const MERGE = 'mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { id kept { id } } }';
const SUGGESTIONS = 'query ($first: Int) { duplicatePersons(first: $first) { score reasons persons { id name } } }';

describe('duplicate persons over HTTP', () => {
  it('shows suggestions to coordinators and admins only', async () => {
    for (const role of Object.values(UserRole)) {
      const result = await registry.request(SUGGESTIONS, { first: 10 }, tokens.get(role));
      if (role === UserRole.ADMIN || role === UserRole.COORDINATOR) expect(result.errors).toBeUndefined();
      else expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad input with the contract codes and changes nothing', async () => {
    const [a, b] = [await person(), await person()];
    const token = tokens.get(UserRole.COORDINATOR);
    const fingerprint = await databaseFingerprint(registry.db);
    const refused = async (variables: Record<string, unknown>, query = MERGE) =>
      (await registry.request(query, variables, token)).errors?.[0]?.extensions;

    expect(await refused({ input: { keepId: a.id, mergeId: a.id } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SAME_PERSON',
    });
    expect(await refused({ input: { keepId: a.id, mergeId: 'not-an-id' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ input: { keepId: a.id, mergeId: b.id, keepVersion: 99 } })).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    expect(await refused({ first: 101 }, SUGGESTIONS)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGE_SIZE',
    });
    expect(await refused({ first: 0 }, SUGGESTIONS)).toMatchObject({ reason: 'INVALID_PAGE_SIZE' });
    const missing = await registry.request(MERGE, { input: { keepId: a.id } }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });

  it('merges once: the second attempt finds the record merged', async () => {
    const [a, b] = [await person(), await person()];
    const token = tokens.get(UserRole.ADMIN);
    const first = await registry.request(MERGE, { input: { keepId: a.id, mergeId: b.id } }, token);
    expect(first.errors).toBeUndefined();
    const again = await registry.request(MERGE, { input: { keepId: b.id, mergeId: a.id } }, token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERSON_MERGED' });
    const read = await registry.request<{ person: { formerRecords: { id: string; mergedInto: { id: string } }[] } }>(
      `{ person(id: "${a.id}") { formerRecords { id mergedInto { id } } } }`,
      {},
      token,
    );
    expect(read.data?.person.formerRecords).toEqual([{ id: b.id, mergedInto: { id: a.id } }]);
  });
});
