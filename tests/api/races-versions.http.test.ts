import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../api/src/test-support/registry.js';
import { raceArena, tally, within } from './support/races.js';

/**
 * Concurrent edits over HTTP, each race with exactly one allowed outcome: of ten edits from one version one wins, a
 * group's dialogue of a year is logged once, and a goal number of a healthcare region is given once. On PostgreSQL two
 * API instances share one database and the requests alternate between them, as a larger deployment runs; on SQLite
 * one instance. The races for seats, terms, candidates, e-mail addresses and sign-ins are in
 * races-memberships.http.test.ts.
 */
const databases = await testDatabases();

describe.each(databases)('races on %s', (kind) => {
  const arena = raceArena(kind, 'versions');
  const { fire, send, ok, count, person, events, healthy } = arena;
  let norra: string;
  let region: string;
  let npo: string;

  beforeAll(async () => {
    await arena.start();
    ({ norra, region, npo } = arena.ids);
  }, 120_000);
  afterAll(() => arena.stop());

  /** Ten edits from one version: one wins, nine are told someone else was first, and the history has one event. */
  async function oneEditWins(
    operation: string,
    entityId: string,
    version: number,
    input: (i: number) => Record<string, unknown>,
    read: string | (() => Promise<number>),
  ) {
    const answers = await fire(
      10,
      `mutation ($i: ${operation[0]!.toUpperCase()}${operation.slice(1)}Input!) { ${operation}(input: $i) { id } }`,
      (i) => ({
        i: { id: entityId, expectedVersion: version, ...input(i) },
      }),
    );
    expect(tally(answers)).toEqual({ ok: 1, refusals: Array(9).fill('CONFLICT STALE_VERSION') });
    const current =
      typeof read === 'string' ? (await ok<{ version: number }>(read, { id: entityId })).version : await read();
    expect(current).toBe(version + 1);
    expect(await events(entityId, operation)).toBe(1);
  }

  it('updatePerson: one of ten edits from one version', async () => {
    const id = await person('Kalle Kapplöpning');
    await oneEditWins(
      'updatePerson',
      id,
      1,
      (i) => ({ title: `Titel ${i}` }),
      'query ($id: ID!) { person(id: $id) { version } }',
    );
  });

  it('updateMembership: one of ten edits from one version', async () => {
    const personId = await person('Maja Medlem');
    const m = await ok<{ id: string; version: number }>(
      'mutation ($i: AddMembershipInput!) { addMembership(input: $i) { id version } }',
      {
        i: { groupId: npo, personId, role: 'MEMBER', representedRegionId: region, startDate: '2025-01-01' },
      },
    );
    const read = async () =>
      (
        await ok<{ memberships: { id: string; version: number }[] }>(
          'query ($id: ID!) { person(id: $id) { memberships { id version } } }',
          { id: personId },
        )
      ).memberships[0]!.version;
    await oneEditWins('updateMembership', m.id, m.version, (i) => ({ note: `Anteckning ${i}` }), read);
  });

  it('updateGroup: one of ten edits from one version', async () => {
    const g = await ok<{ id: string; version: number }>(
      'mutation { createGroup(input: { name: "Gruppen som ändras", type: NSG }) { id version } }',
    );
    await oneEditWins(
      'updateGroup',
      g.id,
      g.version,
      (i) => ({ mandate: `Uppdrag ${i}` }),
      'query ($id: ID!) { group(id: $id) { version } }',
    );
  });

  let goal: string;
  it('updateShareGoal: one of ten edits from one version', async () => {
    const g = await ok<{ id: string; version: number }>(
      'mutation ($i: CreateShareGoalInput!) { createShareGoal(input: $i) { id version } }',
      {
        i: {
          name: 'Målet',
          kind: 'POPULATION_PARITY',
          healthcareRegionId: norra,
          regionIds: [region],
          baselineDate: '2024-01-01',
          targetDate: '2026-12-31',
          tolerancePoints: 2,
        },
      },
    );
    goal = g.id;
    await oneEditWins(
      'updateShareGoal',
      g.id,
      g.version,
      (i) => ({ name: `Målet ${i}` }),
      'query ($id: ID!) { shareGoal(id: $id) { version } }',
    );
  });

  let rpo: string;
  let dialogue: string;
  it('updateDialogue: one of ten edits from one version', async () => {
    rpo = (
      await ok<{ id: string }>(
        'mutation ($hr: ID!) { createGroup(input: { name: "Kapplöpning RPO", type: RPO, healthcareRegionId: $hr }) { id } }',
        { hr: norra },
      )
    ).id;
    const d = await ok<{ id: string; version: number }>(
      'mutation ($i: LogDialogueInput!) { logDialogue(input: $i) { id version } }',
      {
        i: { groupId: rpo, heldOn: '2025-03-01', notes: 'Första' },
      },
    );
    dialogue = d.id;
    await oneEditWins(
      'updateDialogue',
      d.id,
      d.version,
      (i) => ({ notes: `Anteckning ${i}` }),
      'query ($id: ID!) { dialogue(id: $id) { version } }',
    );
  });

  it('logDialogue: one dialogue of a group and year of ten logged at once', async () => {
    const answers = await fire(10, 'mutation ($i: LogDialogueInput!) { logDialogue(input: $i) { id } }', (i) => ({
      i: { groupId: rpo, heldOn: '2024-05-02', notes: `Dialog ${i}` },
    }));
    expect(tally(answers)).toEqual({ ok: 1, refusals: Array(9).fill('CONFLICT DIALOGUE_EXISTS') });
    expect(await count(`SELECT COUNT(*) AS n FROM dialogues WHERE "groupId" = '${rpo}' AND year = 2024`)).toBe(1);
  });

  it('createShareGoal and createOperationalGoal: of ten goals given one number at once, one gets it', async () => {
    const shareGoal = {
      query: 'mutation ($i: CreateShareGoalInput!) { createShareGoal(input: $i) { id } }',
      input: (i: number) => ({
        name: `Mål ${i}`,
        kind: 'POPULATION_PARITY',
        regionIds: [region],
        baselineDate: '2024-01-01',
        targetDate: '2026-12-31',
        tolerancePoints: 2,
      }),
    };
    const operationalGoal = {
      query: 'mutation ($i: CreateOperationalGoalInput!) { createOperationalGoal(input: $i) { id } }',
      input: (i: number) => ({ name: `Mål ${i}`, kind: 'FEEDBACK_GIVEN', feedbackToSkr: true }),
    };
    // Both kinds on both instances: the first five share goals, the others operational goals.
    const answers = await within(
      20_000,
      Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const kind = i < 5 ? shareGoal : operationalGoal;
          return send(i, kind.query, { i: { number: 40, healthcareRegionId: norra, ...kind.input(i) } });
        }),
      ),
      'ten goals numbered 40',
    );
    expect(tally(answers)).toEqual({ ok: 1, refusals: Array(9).fill('CONFLICT GOAL_NUMBER_TAKEN') });
    const numbered = (table: string) => count(`SELECT COUNT(*) AS n FROM ${table} WHERE "number" = 40`);
    expect((await numbered('share_goals')) + (await numbered('operational_goals'))).toBe(1);
  });

  describe('transactions that read inside them do not starve the pool', () => {
    it('20 × updateDialogue', async () => {
      const answers = await fire(
        20,
        'mutation ($i: UpdateDialogueInput!) { updateDialogue(input: $i) { id } }',
        (i) => ({ i: { id: dialogue, notes: `Igen ${i}` } }),
      );
      expect(tally(answers)).toEqual({ ok: 20, refusals: [] });
      await healthy();
    });

    it('10 × updateShareGoal', async () => {
      const answers = await fire(
        10,
        'mutation ($i: UpdateShareGoalInput!) { updateShareGoal(input: $i) { id } }',
        (i) => ({ i: { id: goal, name: `Mål ${i}` } }),
      );
      expect(tally(answers)).toEqual({ ok: 10, refusals: [] });
      await healthy();
    });
  });
});
