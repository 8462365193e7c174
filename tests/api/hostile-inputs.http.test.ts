import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRegistry } from '../../api/src/test-support/registry.js';
import { itRefusesEach, startHostileRegistry } from './support/hostile.js';
import { inputRequests } from './support/hostile-requests/inputs.js';

/**
 * Hostile input values (control characters, impossible dates, oversized or empty names, smuggled keys, SQL), each
 * refused with the contract's code while not one row of the register changes; and what is merely odd is stored as given.
 */
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startHostileRegistry();
});
afterAll(() => registry.stop());

describe('hostile and malformed requests', () => {
  itRefusesEach(inputRequests);

  it('stores script and SQL fragments as given, to be rendered escaped', async () => {
    const name = `<img src=x onerror="alert(1)"> Robert'); DROP TABLE persons;--`;
    const created = await registry.request<{ createPerson: { name: string } }>(
      'mutation ($name: String!) { createPerson(input: { name: $name }) { name } }',
      { name },
      registry.adminToken,
    );
    expect(created.data?.createPerson.name).toBe(name);
  });
});
