import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { GroupStatus } from '../groups/group-type.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
});
afterAll(() => env.close());

describe('closing a group', () => {
  it('ends each of its N active terms with its own event, which the persons’ histories show', async () => {
    const npo = await f.npo();
    const region = (await f.region('25')).id;
    const persons = [await f.person(), await f.person(), await f.person()];
    const terms: Awaited<ReturnType<typeof f.membership>>[] = [];
    for (const person of persons) {
      terms.push(await f.membership(npo, person, { representedRegionId: region, startDate: '2020-01-01' }));
    }
    const closed = await env.services.groupClosing.closeGroup(coordinator, npo.id, '2030-12-31');
    expect(closed.status).toBe(GroupStatus.CLOSED);

    const events = await env.db
      .getRepository(AuditEvent)
      .findBy({ operation: 'archiveGroup', entityType: AuditEntityType.MEMBERSHIP });
    const ending = events.filter((e) => terms.some((t) => t.id === e.entityId));
    expect(ending).toHaveLength(terms.length);
    for (const event of ending) expect(JSON.parse(event.after!)).toMatchObject({ endDate: '2030-12-31' });

    const history = await env.services.audit.history(coordinator, AuditEntityType.PERSON, persons[0]!.id, {
      first: 50,
    });
    const termEnding = history.nodes.find((e) => e.entityId === terms[0]!.id && e.operation === 'archiveGroup');
    expect(termEnding).toBeDefined();
    expect(env.services.audit.changes(termEnding!)).toContainEqual(
      expect.objectContaining({ field: 'endDate', after: '2030-12-31' }),
    );
  });
});
