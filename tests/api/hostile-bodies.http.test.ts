import { afterAll, beforeAll, describe } from 'vitest';
import type { TestRegistry } from '../../api/src/test-support/registry.js';
import { itRefusesEach, startHostileRegistry } from './support/hostile.js';
import { bodyRequests } from './support/hostile-requests/bodies.js';

/**
 * Hostile and malformed requests that never become a GraphQL operation (encodings, content types, sizes, methods,
 * batches), each answered with its HTTP status while not one row of the register changes.
 */
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startHostileRegistry();
});
afterAll(() => registry.stop());

describe('hostile and malformed requests', () => {
  itRefusesEach(bodyRequests);
});
