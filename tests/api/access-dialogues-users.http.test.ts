import { afterAll, beforeAll, describe } from 'vitest';
import { describeRoleMatrix, registry, startMatrixRegistry } from './support/access-matrix.js';
import { dialogueAndUserCases } from './support/access-cases/dialogues-users.js';

/**
 * The role matrix (who may do what) for the dialogues (questions, logging, actions) and the users' administration: each
 * mutation sent over HTTP by a user of every role. Allowed → done, with its audit event; not allowed → FORBIDDEN, and
 * not one row of the register changed.
 */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

describe('the role matrix over HTTP', () => {
  describeRoleMatrix(dialogueAndUserCases);
});
