import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../api/src/test-support/registry.js';
import { raceArena, tally, within } from './support/races.js';

/**
 * Concurrent requests over HTTP for seats, terms, candidates, e-mail addresses and sign-ins, each race with exactly one
 * allowed outcome. On PostgreSQL two API instances share one database and the requests alternate between them, as a
 * larger deployment runs; on SQLite one instance. The races of concurrent edits are in races-versions.http.test.ts.
 */
const databases = await testDatabases();

describe.each(databases)('races on %s', (kind) => {
  const arena = raceArena(kind, 'memberships');
  const { send, fire, ok, count, person, healthy } = arena;
  let norra: string;
  let region: string;
  let npo: string;

  beforeAll(async () => {
    await arena.start();
    ({ norra, region, npo } = arena.ids);
  }, 120_000);
  afterAll(() => arena.stop());

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
    expect(answers[0].errors).toBeUndefined();
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
