import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinator, factories } from '../test-support/factories.js';
import { openTestServices, testDatabases } from '../test-support/registry.js';
import { FeedbackRecipient } from '../modules/feedback/feedback-record.entity.js';
import { ShareGoalKind } from '../modules/goals/share-goal.entity.js';
import type { DomainError } from './errors.js';

/** Two edits made to the same version at the same moment: one is saved, the other refused, whatever the database. */
describe.each(await testDatabases())('versioned edits on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let healthcareRegionId: string;
  let regionId: string;

  beforeAll(async () => {
    env = await openTestServices({ database });
    const f = factories(env.services);
    healthcareRegionId = (await f.healthcareRegion('NORRA')).id;
    regionId = (await f.region('25')).id;
  });
  afterAll(() => env.close());

  /** Runs both edits at once and returns the names that were saved and the reasons of the refusals. */
  async function race<T>(edits: [() => Promise<T>, () => Promise<T>]) {
    const outcomes = await Promise.allSettled(edits.map((edit) => edit()));
    return {
      saved: outcomes.filter((o) => o.status === 'fulfilled').length,
      refusals: outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as DomainError).extensions.reason] : [])),
    };
  }

  it('let one of two concurrent edits of a share goal through and refuse the other as STALE_VERSION', async () => {
    const goal = await env.services.goals.create(coordinator, {
      name: 'Jämnare fördelning',
      kind: ShareGoalKind.INCREASE_SHARE,
      healthcareRegionId,
      baselineDate: '2023-08-31',
      targetDate: '2024-12-31',
      regionIds: [regionId],
    });
    const edit = (name: string) => () =>
      env.services.goals.update(coordinator, { id: goal.id, name, expectedVersion: goal.version });
    expect(await race([edit('Första'), edit('Andra')])).toEqual({ saved: 1, refusals: ['STALE_VERSION'] });
    const [stored] = (await env.services.goals.list()).filter((g) => g.id === goal.id);
    expect(['Första', 'Andra']).toContain(stored!.name);
    expect(stored!.version).toBe(goal.version + 1);
  });

  it('let one of two concurrent edits of a feedback record through', async () => {
    const record = await env.services.feedback.create(coordinator, {
      healthcareRegionId,
      givenOn: '2024-05-01',
      recipient: FeedbackRecipient.SKR,
      subject: 'Återkoppling om vårdförlopp',
      reference: null,
    });
    const edit = (subject: string) => () =>
      env.services.feedback.update(coordinator, { id: record.id, subject, expectedVersion: record.version });
    expect(await race([edit('Första'), edit('Andra')])).toEqual({ saved: 1, refusals: ['STALE_VERSION'] });
  });
});
