import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../api/src/modules/memberships/member-role.js';
import { MeetingKind } from '../../api/src/modules/meetings/meeting.entity.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { testDatabases } from '../../api/src/test-support/registry.js';
import { meetingCases } from './support/access-cases/meetings.js';
import { describeRoleMatrix, next, norra, registry, startMatrixRegistry } from './support/access-matrix.js';
import { raceArena, tally } from './support/races.js';

/**
 * Meetings over HTTP: who may record them (the role matrix, and nobody without a session), a meeting read with its
 * roll call, agenda and quorum in a number of statements that does not grow with the meetings, and two people saving
 * the same meeting at once.
 */
describe('meetings over HTTP', () => {
  beforeAll(async () => {
    await startMatrixRegistry();
  });
  afterAll(() => registry.stop());

  describeRoleMatrix(meetingCases);

  it.each(meetingCases.map((c) => [c.mutation, c] as const))(
    '%s: refused to a caller without a session, nothing written',
    async (_name, testCase) => {
      const { query, variables } = await testCase.prepare();
      const fingerprint = await databaseFingerprint(registry.db);
      const result = await registry.request(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
    },
  );

  it('reads a year of meetings with roll calls, agendas and quorums in statements that do not grow with them', async () => {
    const services = registry.services;
    const regions = (await services.geography.regions()).filter((r) => r.healthcareRegionId === norra);
    const group = await services.groups.create(coordinator, {
      name: `Beredningsgrupp ${next()}`,
      type: GroupType.RSG,
      healthcareRegionId: norra,
    });
    const members: { id: string }[] = [];
    for (const region of regions) {
      const person = await services.persons.create(coordinator, { name: `Ledamot ${next()}` });
      await services.memberships.add(coordinator, {
        groupId: group.id,
        personId: person.id,
        role: MemberRole.MEMBER,
        representedRegionId: region.id,
        startDate: '2024-01-01',
      });
      members.push(person);
    }
    await services.meetings.setQuorumRule(coordinator, { groupId: group.id, minPresent: 3, everyRegionPresent: true });
    const topic = await services.meetings.createTopic(coordinator, { key: `nara-vard-${next()}`, name: 'Nära vård' });
    const addMeetings = async (months: number[]) => {
      for (const month of months) {
        const meeting = await services.meetings.createMeeting(coordinator, {
          groupId: group.id,
          date: `2024-${String(month).padStart(2, '0')}-10`,
          kind: MeetingKind.PLANNED,
        });
        await services.meetings.recordRollCall(coordinator, {
          meetingId: meeting.id,
          entries: members.slice(1).map((p) => ({ personId: p.id, present: true })),
        });
        await services.meetings.setAgenda(coordinator, {
          meetingId: meeting.id,
          items: [{ title: 'Nära vård', topicIds: [topic.id], paragraph: `§ ${month}` }],
        });
      }
    };
    const query = `query ($g: ID!, $hr: ID!) {
      meetings(groupId: $g, year: 2024) {
        id date status group { id name quorumRule { description } }
        rollCall { present votingSeat person { id name } membership { id role } servingFor { id } }
        agenda { position title paragraph topics { key name } }
        quorum { counts quorate votingSeats filled absent partialAbsence regionsMissing { name } explanation }
      }
      meetingYear(groupId: $g, year: 2024) { counted quorate partialAbsence quorateShare group { id } }
      attendance(year: 2024, healthcareRegionId: $hr, groupId: $g) {
        byBody { group { id } meetings expected present share }
        byRegion { region { name } expected present share }
        byPerson { person { id } group { id } expected present share }
      }
    }`;
    const read = async () => {
      registry.queries.reset();
      const result = await registry.request<{
        meetings: {
          group: { quorumRule: { description: string } };
          rollCall: unknown[];
          agenda: { topics: { name: string }[] }[];
          quorum: Record<string, unknown>;
        }[];
        meetingYear: Record<string, unknown>;
        attendance: { byBody: unknown[]; byRegion: { expected: number }[]; byPerson: { present: number }[] };
      }>(query, { g: group.id, hr: norra }, registry.adminToken);
      expect(result.errors).toBeUndefined();
      return { data: result.data!, statements: registry.queries.count };
    };

    await addMeetings([2, 3]);
    const few = await read();
    expect(few.data.meetings).toHaveLength(2);
    expect(few.data.meetings[0]!.rollCall).toHaveLength(regions.length);
    expect(few.data.meetings[0]!.agenda[0]!.topics).toEqual([{ key: topic.key, name: 'Nära vård' }]);
    // The first region's member was absent and nobody served for them: the region is missing.
    expect(few.data.meetings[0]!.quorum).toMatchObject({
      counts: true,
      quorate: false,
      votingSeats: regions.length,
      filled: regions.length - 1,
      regionsMissing: [{ name: regions[0]!.name }],
    });
    expect(few.data.meetingYear).toMatchObject({ counted: 2, quorate: 0, quorateShare: 0, group: { id: group.id } });
    expect(few.data.meetings[0]!.group.quorumRule.description).toBe(
      'Minst 3 av de röstberättigade platserna, varje region närvarande',
    );
    expect(few.data.attendance.byBody).toEqual([
      {
        group: { id: group.id },
        meetings: 2,
        expected: 2 * regions.length,
        present: 2 * (regions.length - 1),
        share: (regions.length - 1) / regions.length,
      },
    ]);
    expect(few.data.attendance.byRegion.map((r) => r.expected)).toEqual(regions.map(() => 2));
    expect(few.data.attendance.byPerson.map((p) => p.present).sort()).toEqual([0, ...regions.slice(1).map(() => 2)]);

    await addMeetings([4, 5, 6, 9]);
    const more = await read();
    expect(more.data.meetings).toHaveLength(6);
    expect(more.statements).toBe(few.statements);
  });

  it('counts a year over HTTP: a serving deputy fills the seat exactly at the rule, cancellations and extras count as they should', async () => {
    const services = registry.services;
    const regions = (await services.geography.regions()).filter((r) => r.healthcareRegionId === norra);
    const group = await services.groups.create(coordinator, {
      name: `Beredningsgrupp ${next()}`,
      type: GroupType.BG,
      healthcareRegionId: norra,
    });
    const seat = async (role: MemberRole, regionId: string, startDate = '2024-01-01') => {
      const person = await services.persons.create(coordinator, { name: `Ledamot ${next()}` });
      await services.memberships.add(coordinator, {
        groupId: group.id,
        personId: person.id,
        role,
        representedRegionId: regionId,
        startDate,
      });
      return person.id;
    };
    const members = [];
    for (const region of regions) members.push(await seat(MemberRole.MEMBER, region.id));
    const deputy = await seat(MemberRole.DEPUTY, regions[0]!.id);
    const lateJoiner = await seat(MemberRole.MEMBER, regions[1]!.id, '2024-09-01');
    await services.meetings.setQuorumRule(coordinator, {
      groupId: group.id,
      minPresent: regions.length,
      everyRegionPresent: true,
    });
    const gql = <T>(query: string, variables: Record<string, unknown>) =>
      registry.request<T>(query, variables, registry.adminToken);
    const create = async (date: string, kind: string, status: string) =>
      (
        await gql<{ createMeeting: { id: string } }>(
          'mutation ($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }',
          { i: { groupId: group.id, date, kind, status } },
        )
      ).data!.createMeeting.id;
    const rollCall = (meetingId: string, entries: Record<string, unknown>[]) =>
      gql<{ recordRollCall: { quorum: Record<string, unknown> } }>(
        `mutation ($i: RecordRollCallInput!) {
          recordRollCall(input: $i) { quorum { counts quorate votingSeats filled absent partialAbsence regionsMissing { id } } }
        }`,
        { i: { meetingId, entries } },
      );

    // The first region's member is away; their deputy serves, so the region is present and the rule is met exactly.
    const march = await create('2024-03-12', 'PLANNED', 'SCHEDULED');
    const served = await rollCall(march, [
      { personId: members[0], present: false },
      ...members.slice(1).map((personId) => ({ personId, present: true })),
      { personId: deputy, present: true, servingForPersonId: members[0] },
    ]);
    expect(served.errors).toBeUndefined();
    expect(served.data!.recordRollCall.quorum).toEqual({
      counts: true,
      quorate: true,
      votingSeats: regions.length,
      filled: regions.length,
      absent: 1,
      partialAbsence: true,
      regionsMissing: [],
    });

    // Someone who joins in September is no member in March: refused, and nothing changes.
    const fingerprint = await databaseFingerprint(registry.db);
    const refused = await rollCall(march, [{ personId: lateJoiner, present: true }]);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_MEMBER_ON_DAY' });
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);

    await create('2024-05-14', 'PLANNED', 'CANCELLED_NO_QUORUM');
    await create('2024-06-11', 'PLANNED', 'CANCELLED');
    const extra = await create('2024-10-01', 'EXTRA', 'SCHEDULED');
    await rollCall(
      extra,
      [...members, lateJoiner].map((personId) => ({ personId, present: true })),
    );

    const year = await gql<{
      meetingYear: Record<string, unknown>;
      attendance: { byBody: { group: { id: string }; meetings: number }[] };
    }>(
      `query ($g: ID!, $hr: ID!) {
        meetingYear(groupId: $g, year: 2024) {
          counted held quorate partialAbsence cancelledNoQuorum cancelled extra quorateShare
        }
        attendance(year: 2024, healthcareRegionId: $hr) { byBody { group { id } meetings } }
      }`,
      { g: group.id, hr: norra },
    );
    // Without a group, the statistics hold every group of the healthcare region, this one among them.
    expect(year.data!.attendance.byBody).toContainEqual({ group: { id: group.id }, meetings: 3 });
    expect(year.data!.meetingYear).toEqual({
      counted: 3,
      held: 2,
      quorate: 2,
      partialAbsence: 1,
      cancelledNoQuorum: 1,
      cancelled: 1,
      extra: 1,
      quorateShare: 2 / 3,
    });
  });
});

describe.each(await testDatabases())('meeting races on %s', (kind) => {
  const arena = raceArena(kind, 'meetings');
  const { fire, ok, count, person, events } = arena;
  let meetingId: string;
  let version: number;
  let memberId: string;

  beforeAll(async () => {
    await arena.start();
    memberId = await person('Rut Ropad');
    await ok('mutation ($i: AddMembershipInput!) { addMembership(input: $i) { id } }', {
      i: {
        groupId: arena.ids.npo,
        personId: memberId,
        role: 'MEMBER',
        representedRegionId: arena.ids.region,
        startDate: '2025-01-01',
      },
    });
  }, 120_000);
  afterAll(() => arena.stop());

  async function newMeeting() {
    const meeting = await ok<{ id: string; version: number }>(
      `mutation { createMeeting(input: { groupId: "${arena.ids.npo}", date: "2025-03-01", kind: PLANNED }) { id version } }`,
    );
    ({ id: meetingId, version } = meeting);
  }

  it('recordRollCall: of two roll calls from one version one is saved, the other is told to reload', async () => {
    await newMeeting();
    const answers = await fire(
      2,
      'mutation ($i: RecordRollCallInput!) { recordRollCall(input: $i) { id version } }',
      (i) => ({ i: { meetingId, expectedVersion: version, entries: [{ personId: memberId, present: i === 0 }] } }),
    );
    expect(tally(answers)).toEqual({ ok: 1, refusals: ['CONFLICT STALE_VERSION'] });
    expect(await count(`SELECT COUNT(*) AS n FROM meeting_attendance WHERE "meetingId" = '${meetingId}'`)).toBe(1);
    expect(await events(meetingId, 'recordRollCall')).toBe(1);
    const current = await ok<{ version: number }>('query ($id: ID!) { meeting(id: $id) { version } }', {
      id: meetingId,
    });
    expect(current.version).toBe(version + 1);
  });

  it('setAgenda: of two agendas from one version one is saved, the other is told to reload', async () => {
    await newMeeting();
    const answers = await fire(2, 'mutation ($i: SetAgendaInput!) { setAgenda(input: $i) { id version } }', (i) => ({
      i: {
        meetingId,
        expectedVersion: version,
        items: Array.from({ length: i + 1 }, (_, n) => ({ title: `Punkt ${n + 1}` })),
      },
    }));
    expect(tally(answers)).toEqual({ ok: 1, refusals: ['CONFLICT STALE_VERSION'] });
    const winner = answers.findIndex((a) => !a.errors);
    expect(await count(`SELECT COUNT(*) AS n FROM agenda_items WHERE "meetingId" = '${meetingId}'`)).toBe(winner + 1);
    expect(await events(meetingId, 'setAgenda')).toBe(1);
  });
});
