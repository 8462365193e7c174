import { afterAll, beforeAll, describe } from 'vitest';
import type { TestRegistry } from '../../api/src/test-support/registry.js';
import { itRefusesEach, startHostileRegistry } from './support/hostile.js';
import { credentialRequests } from './support/hostile-requests/credentials.js';

/**
 * Hostile requests without valid credentials (missing, forged, oversized, expired, revoked, of a deactivated user) or
 * from a role that may not do what it asks: each refused with the contract's code, not one row of the register changed.
 */
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startHostileRegistry();
});
afterAll(() => registry.stop());

describe('hostile and malformed requests', () => {
  itRefusesEach(credentialRequests);
});
