import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRegistry } from '../../api/src/test-support/registry.js';
import { itRefusesEach, startHostileRegistry } from './support/hostile.js';
import { bodyRequests } from './support/hostile-requests/bodies.js';
import { credentialRequests } from './support/hostile-requests/credentials.js';
import { inputRequests } from './support/hostile-requests/inputs.js';
import { queryRequests } from './support/hostile-requests/queries.js';

/**
 * Hostile and malformed requests, each answered with the contract's code (or HTTP status where the request never
 * became a GraphQL operation) while not one row of the register changes. Here the queries that ask too much or make no
 * sense; the bodies, input values and credentials are in hostile-bodies, hostile-inputs and hostile-credentials.
 */
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startHostileRegistry();
});
afterAll(() => registry.stop());

const requests = [...queryRequests, ...bodyRequests, ...inputRequests, ...credentialRequests];

describe('hostile and malformed requests', () => {
  it('are at least 70', () => {
    expect(requests.length).toBeGreaterThanOrEqual(70);
  });

  itRefusesEach(queryRequests);
});
