import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistrySchema } from '../../api/src/app/schema.js';
import { describeRoleMatrix, registry, startMatrixRegistry } from './support/access-matrix.js';
import { dialogueAndUserCases } from './support/access-cases/dialogues-users.js';
import { nominationCases } from './support/access-cases/nominations.js';
import { meetingCases } from './support/access-cases/meetings.js';
import { registerCases } from './support/access-cases/register.js';
import { lineageCases } from './support/access-cases/lineage.js';
import { compositionCases } from './support/access-cases/composition.js';
import { organisationCases } from './support/access-cases/organisations.js';
import { personMergeCases } from './support/access-cases/person-merges.js';
import { populationCases } from './support/access-cases/populations.js';

/**
 * The role matrix (who may do what): every mutation, sent over HTTP by a user of every role. Allowed → done, with its audit
 * event; not allowed → FORBIDDEN, and not one row of the register changed. Here the register's own records (groups,
 * persons, memberships, goals, seats, imports) and the check that the cases of all access-*.http tests cover the schema.
 */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

/** Open to every signed-in user (or to nobody signed in): nothing in them changes the register. */
const SESSION_MUTATIONS = ['login', 'logout'];

const cases = [
  ...registerCases,
  ...nominationCases,
  ...dialogueAndUserCases,
  ...meetingCases,
  ...lineageCases,
  ...compositionCases,
  ...organisationCases,
  ...personMergeCases,
  ...populationCases,
];

describe('the role matrix over HTTP', () => {
  it('covers every mutation of the schema', async () => {
    const schema = await buildRegistrySchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields()).filter((m) => !SESSION_MUTATIONS.includes(m));
    expect(cases.map((c) => c.mutation).sort()).toEqual(mutations.sort());
  });

  describeRoleMatrix(registerCases);
});
