import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestRegistry,
  TEST_POSTGRES_URL,
  testDatabases,
  type GraphQLResponse,
  type TestRegistry,
} from '../../api/src/test-support/registry.js';

/**
 * Concurrent requests over HTTP, each race with exactly one allowed outcome. On PostgreSQL two API instances share one
 * database and the requests alternate between them, as a larger deployment runs; on SQLite one instance.
 */
const databases = await testDatabases();

type Answer = GraphQLResponse<Record<string, any>>;

/** OK answers, and the refusals by `code reason`. */
function tally(answers: Answer[]) {
  const refusals: string[] = [];
  let ok = 0;
  for (const answer of answers) {
    const error = answer.errors?.[0];
    if (error) refusals.push(`${error.extensions?.code} ${error.extensions?.reason}`);
    else ok++;
  }
  return { ok, refusals: refusals.sort() };
}

/** Rejects instead of hanging when the requests do not finish in time: a starved pool never answers. */
function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)),
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

describe.each(databases)('races on %s', (kind) => {
  const database = `ks_races_${process.pid}`;
  let admin: DataSource | null = null;
  let a: TestRegistry;
  let b: TestRegistry;
  let tokens: [string, string];
  let norra: string;
  let region: string;
  let npo: string;

  /** The i-th request goes to the two instances in turn. */
  const send = (i: number, query: string, variables: Record<string, unknown> = {}): Promise<Answer> =>
    (i % 2 ? b : a).request(query, variables, tokens[i % 2]);
  const fire = (n: number, query: string, variables: (i: number) => Record<string, unknown>) =>
    within(
      20_000,
      Promise.all(Array.from({ length: n }, (_, i) => send(i, query, variables(i)))),
      `${n} × ${query.slice(0, 40)}`,
    );
  const ok = async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const answer = await send(0, query, variables);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data!)[0] as T;
  };
  const count = async (sql: string): Promise<number> => Number(Object.values((await a.db.query(sql))[0] as object)[0]);

  beforeAll(async () => {
    if (kind === 'postgres') {
      admin = new DataSource({ type: 'postgres', url: TEST_POSTGRES_URL });
      await admin.initialize();
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.query(`CREATE DATABASE ${database}`);
      const url = TEST_POSTGRES_URL.replace(/\/[^/]+$/, `/${database}`);
      a = await startTestRegistry({ databaseUrl: url });
      b = await startTestRegistry({ databaseUrl: url });
    } else {
      a = b = await startTestRegistry();
    }
    tokens = [a.adminToken, b.adminToken];
    const regions = await ok<{ id: string; code: string; regions: { id: string; code: string }[] }[]>(
      '{ healthcareRegions { id code regions { id code } } }',
    );
    const hr = regions.find((r) => r.code === 'NORRA')!;
    norra = hr.id;
    region = hr.regions.find((r) => r.code === '25')!.id;
    npo = (await ok<{ id: string }>('mutation { createGroup(input: { name: "Kapplöpning NPO", type: NPO }) { id } }'))
      .id;
  }, 120_000);

  afterAll(async () => {
    if (b !== a) await b?.stop();
    await a?.stop();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.destroy();
    }
  });

  const person = async (name: string): Promise<string> =>
    (await ok<{ id: string }>('mutation ($name: String!) { createPerson(input: { name: $name }) { id } }', { name }))
      .id;
  const events = (entityId: string, operation: string) =>
    count(`SELECT COUNT(*) AS n FROM audit_events WHERE "entityId" = '${entityId}' AND operation = '${operation}'`);

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

  it('setGroupSeats: one allocation row per owner after ten settings at once', async () => {
    const others = (await ok<{ id: string; code: string }[]>('{ healthcareRegions { id code } }')).filter(
      (hr) => hr.id !== norra,
    );
    const answers = await fire(
      10,
      'mutation ($i: SetGroupSeatsInput!) { setGroupSeats(input: $i) { seats } }',
      (i) => ({
        i: {
          groupId: npo,
          allocations: [
            { healthcareRegionId: norra, seats: i + 1 },
            { healthcareRegionId: others[0]!.id, seats: 2 },
          ],
        },
      }),
    );
    expect(tally(answers)).toEqual({ ok: 10, refusals: [] });
    expect(await count(`SELECT COUNT(*) AS n FROM group_seats WHERE "groupId" = '${npo}'`)).toBe(2);
    expect(
      await count(`SELECT COUNT(DISTINCT "healthcareRegionId") AS n FROM group_seats WHERE "groupId" = '${npo}'`),
    ).toBe(2);
  });

  it('archiveGroup and ten addMembership at once leave no open term after the last day', async () => {
    const group = (
      await ok<{ id: string }>('mutation { createGroup(input: { name: "Gruppen som stängs", type: NPO }) { id } }')
    ).id;
    const persons = await Promise.all(Array.from({ length: 10 }, (_, i) => person(`Sen Ledamot ${i}`)));
    const adds = Array.from({ length: 10 }, (_, i) =>
      send(i + 1, 'mutation ($i: AddMembershipInput!) { addMembership(input: $i) { id } }', {
        i: {
          groupId: group,
          personId: persons[i],
          role: 'MEMBER',
          representedRegionId: region,
          startDate: '2030-06-01',
        },
      }),
    );
    const archive = send(0, 'mutation ($id: ID!) { archiveGroup(id: $id, lastDay: "2030-12-31") { status } }', {
      id: group,
    });
    const answers = await within(20_000, Promise.all([archive, ...adds]), 'archiveGroup + addMembership');
    expect(answers[0]!.errors).toBeUndefined();
    expect(tally(answers).refusals.filter((r) => !r.startsWith('BAD_USER_INPUT') && !r.startsWith('CONFLICT'))).toEqual(
      [],
    );
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM memberships WHERE "groupId" = '${group}' AND "archivedAt" IS NULL AND ("endDate" IS NULL OR "endDate" > '2030-12-31')`,
      ),
    ).toBe(0);
    // Every term the closing ended has its own event.
    const ended = await count(
      `SELECT COUNT(*) AS n FROM memberships WHERE "groupId" = '${group}' AND "endDate" = '2030-12-31'`,
    );
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM audit_events WHERE operation = 'archiveGroup' AND "entityType" = 'MEMBERSHIP' AND "entityId" IN (SELECT CAST(id AS VARCHAR(36)) FROM memberships WHERE "groupId" = '${group}')`,
      ),
    ).toBe(ended);
  });

  let nomination: string;
  it('withdrawCandidate: one of ten withdrawals of one candidate', async () => {
    nomination = (
      await ok<{ id: string }>('mutation ($i: OpenNominationInput!) { openNomination(input: $i) { id } }', {
        i: { groupId: npo, role: 'MEMBER', seats: 1, dueDate: '2027-01-31' },
      })
    ).id;
    const candidate = (
      await ok<{ id: string }>('mutation ($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }', {
        i: {
          nominationId: nomination,
          personId: await person('Kandidat Ett'),
          representedRegionId: region,
          managerApproved: false,
          conflictOfInterestDeclared: false,
        },
      })
    ).id;
    const answers = await fire(10, 'mutation ($id: ID!) { withdrawCandidate(id: $id) { id } }', () => ({
      id: candidate,
    }));
    expect(tally(answers)).toEqual({ ok: 1, refusals: Array(9).fill('CONFLICT CANDIDATE_NOT_WITHDRAWABLE') });
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM nomination_events WHERE "nominationId" = '${nomination}' AND action = 'CANDIDATE_WITHDRAWN'`,
      ),
    ).toBe(1);
  });

  it('createPerson: one of ten persons with one e-mail address, the others CONFLICT EMAIL_TAKEN', async () => {
    const answers = await fire(10, 'mutation ($i: CreatePersonInput!) { createPerson(input: $i) { id } }', (i) => ({
      i: { name: `Dubblett ${i}`, email: 'dubblett@race.example' },
    }));
    expect(tally(answers)).toEqual({ ok: 1, refusals: Array(9).fill('CONFLICT EMAIL_TAKEN') });
  });

  describe('transactions that read inside them do not starve the pool', () => {
    const healthy = async () => {
      for (const instance of new Set([a, b]))
        expect((await within(5000, fetch(`${instance.url}/healthz`), '/healthz')).status).toBe(200);
    };

    it('20 × proposeCandidate for one nomination', async () => {
      const persons = await Promise.all(Array.from({ length: 20 }, (_, i) => person(`Föreslagen ${i}`)));
      const answers = await fire(
        20,
        'mutation ($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }',
        (i) => ({
          i: {
            nominationId: nomination,
            personId: persons[i],
            representedRegionId: region,
            managerApproved: true,
            conflictOfInterestDeclared: true,
          },
        }),
      );
      expect(tally(answers)).toEqual({ ok: 20, refusals: [] });
      await healthy();
    });

    it('10 × openNomination with a region', async () => {
      const answers = await fire(
        10,
        'mutation ($i: OpenNominationInput!) { openNomination(input: $i) { id } }',
        () => ({
          i: { groupId: npo, role: 'MEMBER', seats: 1, dueDate: '2027-02-28', regionId: region },
        }),
      );
      expect(tally(answers)).toEqual({ ok: 10, refusals: [] });
      await healthy();
    });

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

  it('200 parallel wrong passwords for one account: only a few are checked, none is an internal error', async () => {
    const email = 'gissad@race.example';
    await ok('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email, password: 'right-password-1', role: 'VIEWER' },
    });
    const login = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const answers = await within(
      60_000,
      Promise.all(Array.from({ length: 200 }, (_, i) => send(i, login, { e: email, p: `wrong-${i}` }))),
      '200 sign-ins',
    );
    const reasons = answers.map(
      (answer) => `${answer.errors?.[0]?.extensions?.code} ${answer.errors?.[0]?.extensions?.reason}`,
    );
    expect(
      reasons.filter((r) => r !== 'UNAUTHENTICATED UNAUTHENTICATED' && r !== 'UNAUTHENTICATED TOO_MANY_ATTEMPTS'),
    ).toEqual([]);
    // A wrong password that was checked is answered UNAUTHENTICATED; one refused unchecked, TOO_MANY_ATTEMPTS.
    const checked = reasons.filter((r) => r === 'UNAUTHENTICATED UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThanOrEqual(1);
    // Five free failures and the one that starts the wait, plus one per wait that passed during the burst.
    expect(checked).toBeLessThanOrEqual(8);
    expect(await count(`SELECT failures AS n FROM sign_in_failures WHERE key = 'account:${email}'`)).toBe(checked);
  }, 90_000);
});
