import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import { FeedbackRecipient, FeedbackRecord } from './feedback-record.entity.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let norraId: string;
let groupId: string;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  norraId = (await f.healthcareRegion('NORRA')).id;
  groupId = (await f.group(GroupType.RSG, { healthcareRegionId: norraId })).id;
});
afterAll(() => env.close());

const count = () => env.db.getRepository(FeedbackRecord).count();
const record = (fields: Partial<Parameters<typeof env.services.feedback.create>[1]> = {}) =>
  env.services.feedback.create(coordinator, {
    healthcareRegionId: norraId,
    givenOn: '2024-04-15',
    recipient: FeedbackRecipient.SKR,
    subject: 'Utvärdering av förbundets uppdrag',
    ...fields,
  });

describe('feedback records', () => {
  it('records feedback to SKR and to a group, and lists a year of them by date', async () => {
    const toGroup = await record({
      givenOn: '2023-10-17',
      recipient: FeedbackRecipient.GROUP,
      recipientGroupId: groupId,
      reference: '  NRF 2023/88 ',
    });
    const toSkr = await record({ givenOn: '2023-04-15' });
    expect(toGroup.reference).toBe('NRF 2023/88');
    expect(toSkr.recipientGroupId).toBeNull();
    const year = await env.services.feedback.ofYear(norraId, 2023);
    expect(year.map((r) => r.id)).toEqual([toSkr.id, toGroup.id]);
    expect(await env.services.feedback.ofYear(norraId, 2022)).toEqual([]);
  });

  it('names a group exactly when the recipient is a group, and changes nothing when refused', async () => {
    await expectRefusal(
      () => record({ recipient: FeedbackRecipient.GROUP }),
      { code: 'BAD_USER_INPUT', reason: 'RECIPIENT_GROUP_REQUIRED' },
      count,
    );
    await expectRefusal(
      () => record({ recipientGroupId: groupId }),
      { code: 'BAD_USER_INPUT', reason: 'RECIPIENT_GROUP_NOT_ALLOWED' },
      count,
    );
    await expectRefusal(
      () => record({ recipient: FeedbackRecipient.GROUP, recipientGroupId: norraId }),
      { code: 'NOT_FOUND' },
      count,
    );
    await expectRefusal(() => record({ subject: '   ' }), { code: 'BAD_USER_INPUT', reason: 'REQUIRED' }, count);
    await expectRefusal(() => record({ healthcareRegionId: groupId }), { code: 'NOT_FOUND' }, count);
    await expectRefusal(
      () =>
        env.services.feedback.create(viewer, {
          healthcareRegionId: norraId,
          givenOn: '2024-01-01',
          recipient: FeedbackRecipient.SKR,
          subject: 'x',
        }),
      { code: 'FORBIDDEN' },
      count,
    );
  });

  it('edits a record: turning it into feedback to SKR lets go of the group; deletes it', async () => {
    const created = await record({ recipient: FeedbackRecipient.GROUP, recipientGroupId: groupId });
    const toSkr = await env.services.feedback.update(coordinator, {
      id: created.id,
      recipient: FeedbackRecipient.SKR,
      expectedVersion: created.version,
    });
    expect(toSkr.recipientGroupId).toBeNull();
    await expectRefusal(
      () => env.services.feedback.update(coordinator, { id: created.id, recipient: FeedbackRecipient.GROUP }),
      { code: 'BAD_USER_INPUT', reason: 'RECIPIENT_GROUP_REQUIRED' },
    );
    await expectRefusal(
      () => env.services.feedback.update(coordinator, { id: created.id, subject: 'Ny', expectedVersion: 1 }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    const cleared = await env.services.feedback.update(coordinator, { id: created.id, reference: null });
    expect(cleared.reference).toBeNull();
    expect(await env.services.feedback.remove(coordinator, created.id)).toBe(true);
    expect(await env.services.feedback.find(created.id)).toBeNull();
    await expectRefusal(() => env.services.feedback.remove(coordinator, created.id), { code: 'NOT_FOUND' });
  });
});
