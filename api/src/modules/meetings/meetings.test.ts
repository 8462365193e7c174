import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import type { Group } from '../groups/group.entity.js';
import { GroupType } from '../groups/group-type.js';
import { MemberRole, Participation } from '../memberships/member-role.js';
import type { Person } from '../persons/person.entity.js';
import { AgendaItem, Attendance, Meeting, MeetingKind, MeetingStatus } from './meeting.entity.js';
import type { RollCallEntryInput } from './meeting.types.js';

describe.each(await testDatabases())('meetings on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let f: ReturnType<typeof factories>;
  let norra: string;
  const region: Record<string, string> = {};

  beforeAll(async () => {
    env = await openTestServices({ database, clock: { today: () => '2024-12-31' } });
    f = factories(env.services);
    norra = (await f.healthcareRegion('NORRA')).id;
    for (const code of ['25', '24', '23', '22']) region[code] = (await f.region(code)).id;
  });
  afterAll(() => env.close());

  /**
   * An RSG with five voting seats (Norrbotten twice, Västerbotten, Jämtland Härjedalen, Västernorrland), two deputies
   * for Västerbotten and an adjunct, all from 2024-01-01.
   */
  async function body() {
    const group = await f.group(GroupType.RSG, { healthcareRegionId: norra });
    const seat = async (regionCode: string | null, role = MemberRole.MEMBER) => {
      const person = await f.person();
      await f.membership(group, person, { role, representedRegionId: regionCode ? region[regionCode] : null });
      return person;
    };
    const members = {
      chair: await seat('25', MemberRole.CHAIR),
      vasterbotten: await seat('24'),
      jamtland: await seat('23'),
      vasternorrland: await seat('22'),
      norrbotten: await seat('25'),
      deputy: await seat('24', MemberRole.DEPUTY),
      secondDeputy: await seat('24', MemberRole.DEPUTY),
      adjunct: await seat(null, MemberRole.ADJUNCT),
    };
    return { group, ...members };
  }

  const present = (...persons: Person[]): RollCallEntryInput[] =>
    persons.map((p) => ({ personId: p.id, present: true }));

  async function held(group: Group, date: string, entries: RollCallEntryInput[], kind = MeetingKind.PLANNED) {
    const meeting = await env.services.meetings.createMeeting(coordinator, { groupId: group.id, date, kind });
    return env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries });
  }

  const quorumOf = async (meeting: Meeting) => (await env.services.meetings.quorumsOf([meeting]))[0]!;

  it('records the whole roll call: members not listed are absent, and the meeting is held', async () => {
    const b = await body();
    const meeting = await env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-03-01',
      kind: MeetingKind.PLANNED,
    });
    expect(meeting.status).toBe(MeetingStatus.SCHEDULED);
    const recorded = await env.services.meetings.recordRollCall(coordinator, {
      meetingId: meeting.id,
      entries: present(b.chair, b.jamtland),
      othersPresent: ['Anna Berg, NRF (sekreterare)'],
      expectedVersion: meeting.version,
    });
    expect(recorded.status).toBe(MeetingStatus.HELD);
    expect(recorded.version).toBe(meeting.version + 1);
    expect(recorded.othersPresent).toEqual(['Anna Berg, NRF (sekreterare)']);
    const rows = await env.services.meetings.rollCallsOf([meeting.id]);
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.present).map((r) => r.personId)).toEqual(
      expect.arrayContaining([b.chair.id, b.jamtland.id]),
    );
    expect(rows.filter((r) => r.present)).toHaveLength(2);
    expect(rows.filter((r) => r.votingSeat).map((r) => r.personId)).toEqual(
      expect.arrayContaining([b.chair.id, b.vasterbotten.id, b.jamtland.id, b.vasternorrland.id, b.norrbotten.id]),
    );
    expect(rows.filter((r) => r.votingSeat)).toHaveLength(5);
  });

  it('gives no voting seat to a member who only attends ("närvarorätt"), and no deputy serves for them', async () => {
    const b = await body();
    const listener = await f.person();
    await env.services.memberships.add(coordinator, {
      groupId: b.group.id,
      personId: listener.id,
      role: MemberRole.MEMBER,
      participation: Participation.ATTENDING,
      representedRegionId: region['23'],
      startDate: '2024-01-01',
    });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland, listener));
    expect(await quorumOf(meeting)).toMatchObject({ votingSeats: 5, filled: 3 });
    const row = (await env.services.meetings.rollCallsOf([meeting.id])).find((r) => r.personId === listener.id);
    expect(row).toMatchObject({ present: true, votingSeat: false });
    await expectRefusal(
      () =>
        env.services.meetings.recordRollCall(coordinator, {
          meetingId: meeting.id,
          entries: [{ personId: b.deputy.id, present: true, servingForPersonId: listener.id }],
        }),
      { code: 'BAD_USER_INPUT', reason: 'SERVES_FOR_NON_MEMBER' },
    );
  });

  it('is quorate without a rule when more than half the voting seats are filled', async () => {
    const b = await body();
    const three = await quorumOf(await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland)));
    expect(three).toMatchObject({ counts: true, quorate: true, votingSeats: 5, filled: 3, absent: 2 });
    expect(three.partialAbsence).toBe(true);
    expect(three.explanation).toBe(
      'Beslutsför: 3 av 5 röstberättigade platser besatta (utan egen regel krävs mer än hälften).',
    );
    // The adjunct and a deputy who serves for nobody fill no seat.
    const two = await quorumOf(await held(b.group, '2024-04-01', present(b.chair, b.jamtland, b.adjunct, b.deputy)));
    expect(two).toMatchObject({ quorate: false, filled: 2, absent: 3, partialAbsence: false });
  });

  it('is quorate exactly at the rule’s threshold, not below it', async () => {
    const b = await body();
    const group = await env.services.meetings.setQuorumRule(coordinator, {
      groupId: b.group.id,
      minPresent: 4,
      everyRegionPresent: false,
    });
    expect(group.id).toBe(b.group.id);
    const [rule] = await env.services.meetings.rulesOfGroups([b.group.id]);
    expect(rule!.description).toBe('Minst 4 av de röstberättigade platserna');

    const four = await quorumOf(
      await held(b.group, '2024-03-01', present(b.chair, b.vasterbotten, b.jamtland, b.vasternorrland)),
    );
    expect(four).toMatchObject({ quorate: true, filled: 4, absent: 1, partialAbsence: true });
    expect(four.explanation).toBe(
      'Beslutsför: 4 av 5 röstberättigade platser besatta (regeln kräver minst 4 av de röstberättigade platserna).',
    );
    const threePresent = await held(b.group, '2024-04-01', present(b.chair, b.vasterbotten, b.jamtland));
    expect(await quorumOf(threePresent)).toMatchObject({ quorate: false, filled: 3, partialAbsence: false });

    // A share: 60 % of five seats is three.
    await env.services.meetings.setQuorumRule(coordinator, {
      groupId: b.group.id,
      minShare: 0.6,
      everyRegionPresent: false,
      expectedVersion: rule!.version,
    });
    const [shareRule] = await env.services.meetings.rulesOfGroups([b.group.id]);
    expect(shareRule!.description).toBe('Minst 60 procent av de röstberättigade platserna');
    expect(await quorumOf(threePresent)).toMatchObject({ quorate: true, filled: 3 });
  });

  it('counts a deputy serving for an absent member as filling that seat and making the region present', async () => {
    const b = await body();
    await env.services.meetings.setQuorumRule(coordinator, {
      groupId: b.group.id,
      minPresent: 4,
      everyRegionPresent: true,
    });
    const others = present(b.chair, b.jamtland, b.vasternorrland);
    const served = await quorumOf(
      await held(b.group, '2024-03-01', [
        ...others,
        { personId: b.deputy.id, present: true, servingForPersonId: b.vasterbotten.id },
      ]),
    );
    expect(served).toMatchObject({ quorate: true, filled: 4, absent: 2, partialAbsence: true, regionIdsMissing: [] });
    const unserved = await quorumOf(
      await held(b.group, '2024-04-01', [...others, { personId: b.deputy.id, present: true }]),
    );
    expect(unserved).toMatchObject({ quorate: false, filled: 3, regionIdsMissing: [region['24']] });
    expect(unserved.explanation).toBe(
      'Inte beslutsför: 3 av 5 röstberättigade platser besatta (regeln kräver minst 4 av de röstberättigade ' +
        'platserna, varje region närvarande). 1 region saknade företrädare.',
    );
  });

  it('counts a year: cancelled for want of quorum counts and is not quorate, cancelled in advance does not count, extra held meetings count', async () => {
    const b = await body();
    const all = [b.chair, b.vasterbotten, b.jamtland, b.vasternorrland, b.norrbotten];
    await held(b.group, '2024-02-01', present(...all));
    await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland));
    await held(b.group, '2024-04-01', present(b.chair));
    await held(b.group, '2024-05-01', present(...all), MeetingKind.EXTRA);
    const noQuorum = await env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-06-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED_NO_QUORUM,
    });
    const inAdvance = await env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-09-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED,
    });
    await env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-12-15',
      kind: MeetingKind.PLANNED,
    });
    await env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2025-02-01',
      kind: MeetingKind.PLANNED,
    });

    expect(await quorumOf(noQuorum)).toMatchObject({ counts: true, quorate: false, votingSeats: 5, filled: 0 });
    expect(await quorumOf(inAdvance)).toMatchObject({ counts: false, quorate: false });
    const year = await env.services.meetings.yearOf(b.group.id, 2024);
    expect(year).toEqual({
      groupId: b.group.id,
      year: 2024,
      scheduled: 1,
      counted: 5,
      held: 4,
      quorate: 3,
      partialAbsence: 1,
      cancelledNoQuorum: 1,
      cancelled: 1,
      extra: 1,
      quorateShare: 0.6,
    });
    const empty = await env.services.meetings.yearOf(b.group.id, 2023);
    expect(empty).toMatchObject({ counted: 0, quorateShare: null });
    expect((await env.services.meetings.meetingsOf(b.group.id, 2024)).map((m) => m.date)).toEqual([
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
      '2024-06-01',
      '2024-09-01',
      '2024-12-15',
    ]);
  });

  it('expects a person who joins mid-year only at the meetings held after their start', async () => {
    const b = await body();
    const newcomer = await f.person({ name: 'Åsa Nykomling' });
    await f.membership(b.group, newcomer, { representedRegionId: region['22'], startDate: '2024-07-01' });
    await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland));
    await held(b.group, '2024-09-01', present(b.chair, b.jamtland, newcomer));
    await env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-10-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED_NO_QUORUM,
    });

    const stats = await env.services.meetings.attendance(2024, norra, b.group.id);
    expect(stats.byBody).toEqual([{ groupId: b.group.id, meetings: 3, expected: 11, present: 6, share: 6 / 11 }]);
    const personRow = (p: Person) => stats.byPerson.find((row) => row.personId === p.id);
    expect(personRow(newcomer)).toMatchObject({ expected: 1, present: 1, share: 1 });
    expect(personRow(b.vasternorrland)).toMatchObject({ expected: 2, present: 1, share: 0.5 });
    expect(personRow(b.deputy)).toBeUndefined();
    const regionRow = (code: string) => stats.byRegion.find((row) => row.regionId === region[code]);
    expect(regionRow('22')).toMatchObject({ expected: 3, present: 2 });
    expect(regionRow('25')).toMatchObject({ expected: 4, present: 2, share: 0.5 });
    expect(regionRow('24')).toMatchObject({ expected: 2, present: 0, share: 0 });
    // Other healthcare regions' statistics and meeting lists do not see the group.
    const sodra = (await f.healthcareRegion('SODRA')).id;
    expect((await env.services.meetings.attendance(2024, sodra, b.group.id)).byBody).toEqual([]);
    expect(await env.services.meetings.meetingsOfHealthcareRegion(2024, sodra, b.group.id)).toEqual([]);
    const listed = await env.services.meetings.meetingsOfHealthcareRegion(2024, norra, b.group.id);
    expect(listed.map(({ meeting }) => meeting.date)).toEqual(['2024-03-01', '2024-09-01', '2024-10-01']);
  });

  it("reckons a region's local groups among its healthcare region's, and a national group hosted elsewhere not", async () => {
    const lsg = await f.group(GroupType.LSG, { regionId: region['25'] });
    const member = await f.person();
    await f.membership(lsg, member, { representedRegionId: region['25'] });
    await held(lsg, '2024-05-01', present(member));
    const stats = await env.services.meetings.attendance(2024, norra, null);
    expect(stats.byBody.find((row) => row.groupId === lsg.id)).toEqual({
      groupId: lsg.id,
      meetings: 1,
      expected: 1,
      present: 1,
      share: 1,
    });
    const sodra = (await f.healthcareRegion('SODRA')).id;
    const npo = await env.services.groups.create(coordinator, {
      name: 'Värdat NPO',
      type: GroupType.NPO,
      healthcareRegionId: sodra,
    });
    await f.membership(npo, member, { representedRegionId: region['25'] });
    await held(npo, '2024-05-02', present(member));
    const again = await env.services.meetings.attendance(2024, norra, null);
    expect(again.byBody.map((row) => row.groupId)).not.toContain(npo.id);
  });

  it('counts a roll-call row nowhere once its membership is archived as made in error', async () => {
    const b = await body();
    const mistake = await f.person();
    const term = await f.membership(b.group, mistake, { representedRegionId: region['23'] });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland, mistake));
    expect(await quorumOf(meeting)).toMatchObject({ votingSeats: 6, filled: 4 });
    await env.services.memberships.archive(coordinator, term.id);
    expect(await quorumOf(meeting)).toMatchObject({ votingSeats: 5, filled: 3 });
    expect((await env.services.meetings.rollCallsOf([meeting.id])).map((r) => r.personId)).not.toContain(mistake.id);
    const stats = await env.services.meetings.attendance(2024, norra, b.group.id);
    expect(stats.byPerson.map((row) => row.personId)).not.toContain(mistake.id);
    expect(stats.byBody[0]).toMatchObject({ expected: 5, present: 3 });
  });

  it('keeps agendas with topics, and lists a year’s meetings with their quorum and topics', async () => {
    const b = await body();
    const naraVard = await env.services.meetings.createTopic(coordinator, {
      key: `nara-vard-${database}`,
      name: 'Nära vård',
    });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland));
    const saved = await env.services.meetings.setAgenda(coordinator, {
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      items: [
        { title: 'Mötets öppnande', paragraph: '§ 1' },
        { title: 'Nära vård i regionerna', topicIds: [naraVard.id, naraVard.id], decision: 'Lägesbilden noteras.' },
      ],
    });
    expect(saved.version).toBe(meeting.version + 1);
    const items = await env.services.meetings.agendasOf([meeting.id]);
    expect(items.map((i) => [i.position, i.title, i.topicIds, i.paragraph, i.decision])).toEqual([
      [1, 'Mötets öppnande', [], '§ 1', null],
      [2, 'Nära vård i regionerna', [naraVard.id], null, 'Lägesbilden noteras.'],
    ]);
    const [listed] = await env.services.meetings.meetingsOfYear([b.group.id], 2024);
    expect(listed!.meeting.id).toBe(meeting.id);
    expect(listed!.topicIds).toEqual([naraVard.id]);
    expect(listed!.quorum.quorate).toBe(true);
    expect((await env.services.meetings.topicByKey(`nara-vard-${database}`))?.id).toBe(naraVard.id);
    const renamed = await env.services.meetings.updateTopic(coordinator, {
      id: naraVard.id,
      name: 'Nära vård och hälsa',
      expectedVersion: naraVard.version,
    });
    expect(renamed.name).toBe('Nära vård och hälsa');
  });

  describe('refusals, each changing nothing', () => {
    const stored = async () => ({
      meetings: await env.services.db.getRepository(Meeting).count(),
      attendance: await env.services.db.getRepository(Attendance).count(),
      agenda: await env.services.db.getRepository(AgendaItem).count(),
    });

    it('refuses roll calls that do not fit the members of the day', async () => {
      const b = await body();
      const outsider = await f.person();
      const newcomer = await f.person();
      await f.membership(b.group, newcomer, { representedRegionId: region['22'], startDate: '2024-07-01' });
      const meeting = await held(b.group, '2024-03-01', present(b.chair));
      const roll = (entries: RollCallEntryInput[]) =>
        env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries });
      const refused = async (entries: RollCallEntryInput[], reason: string, field: string) => {
        const error = await expectRefusal(() => roll(entries), { code: 'BAD_USER_INPUT', reason }, stored);
        expect(error.extensions.field).toBe(field);
      };
      const rowsBefore = await env.services.meetings.rollCallsOf([meeting.id]);

      await refused([{ personId: outsider.id, present: true }], 'NOT_A_MEMBER_ON_DAY', 'entries.0.personId');
      await refused(
        [...present(b.chair), { personId: newcomer.id, present: true }],
        'NOT_A_MEMBER_ON_DAY',
        'entries.1.personId',
      );
      await refused([...present(b.chair, b.jamtland), ...present(b.chair)], 'DUPLICATE', 'entries.2.personId');
      await refused(
        [{ personId: b.norrbotten.id, present: true, servingForPersonId: b.vasterbotten.id }],
        'NOT_A_DEPUTY',
        'entries.0.servingForPersonId',
      );
      await refused(
        [{ personId: b.deputy.id, present: false, servingForPersonId: b.vasterbotten.id }],
        'NOT_A_DEPUTY',
        'entries.0.servingForPersonId',
      );
      await refused(
        [{ personId: b.deputy.id, present: true, servingForPersonId: b.adjunct.id }],
        'SERVES_FOR_NON_MEMBER',
        'entries.0.servingForPersonId',
      );
      await refused(
        [{ personId: b.deputy.id, present: true, servingForPersonId: outsider.id }],
        'SERVES_FOR_NON_MEMBER',
        'entries.0.servingForPersonId',
      );
      await refused(
        [...present(b.vasterbotten), { personId: b.deputy.id, present: true, servingForPersonId: b.vasterbotten.id }],
        'SERVES_FOR_PRESENT_MEMBER',
        'entries.1.servingForPersonId',
      );
      await refused(
        [
          { personId: b.deputy.id, present: true, servingForPersonId: b.vasterbotten.id },
          { personId: b.secondDeputy.id, present: true, servingForPersonId: b.vasterbotten.id },
        ],
        'SERVED_TWICE',
        'entries.1.servingForPersonId',
      );
      await expectRefusal(
        () =>
          env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries: [], expectedVersion: 1 }),
        { code: 'CONFLICT', reason: 'STALE_VERSION' },
        stored,
      );
      await expectRefusal(
        () => env.services.meetings.recordRollCall(viewer, { meetingId: meeting.id, entries: [] }),
        { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' },
        stored,
      );
      expect(await env.services.meetings.rollCallsOf([meeting.id])).toEqual(rowsBefore);
      expect((await env.services.meetings.find(meeting.id))!.version).toBe(meeting.version);
    });

    it('refuses roll calls of meetings not held, and outcomes recorded ahead of the day', async () => {
      const b = await body();
      const create = (date: string, status?: MeetingStatus) =>
        env.services.meetings.createMeeting(coordinator, {
          groupId: b.group.id,
          date,
          kind: MeetingKind.PLANNED,
          status,
        });
      const ahead = await create('2025-01-15');
      const cancelled = await create('2024-05-01', MeetingStatus.CANCELLED);
      for (const meeting of [ahead, cancelled]) {
        await expectRefusal(
          () => env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries: present(b.chair) }),
          { code: 'BAD_USER_INPUT', reason: 'MEETING_NOT_HELD' },
          stored,
        );
      }
      for (const status of [MeetingStatus.HELD, MeetingStatus.CANCELLED_NO_QUORUM]) {
        await expectRefusal(
          () => create('2025-01-15', status),
          { code: 'BAD_USER_INPUT', reason: 'MEETING_NOT_HELD' },
          stored,
        );
        await expectRefusal(
          () => env.services.meetings.updateMeeting(coordinator, { id: ahead.id, status }),
          { code: 'BAD_USER_INPUT', reason: 'MEETING_NOT_HELD' },
          stored,
        );
      }
      const heldMeeting = await held(b.group, '2024-03-01', present(b.chair));
      await expectRefusal(
        () => env.services.meetings.updateMeeting(coordinator, { id: heldMeeting.id, date: '2025-03-01' }),
        { code: 'BAD_USER_INPUT', reason: 'MEETING_NOT_HELD' },
        stored,
      );
    });

    it('refuses to move a meeting to a day whose members the roll call does not fit', async () => {
      const b = await body();
      const leaver = await f.person();
      await f.membership(b.group, leaver, { representedRegionId: region['23'], endDate: '2024-04-30' });
      const meeting = await held(b.group, '2024-03-01', present(b.chair, leaver));
      const error = await expectRefusal(
        () => env.services.meetings.updateMeeting(coordinator, { id: meeting.id, date: '2024-06-01' }),
        { code: 'BAD_USER_INPUT', reason: 'NOT_A_MEMBER_ON_DAY' },
        stored,
      );
      expect(error.extensions.field).toBe('date');
      expect((await env.services.meetings.find(meeting.id))!.date).toBe('2024-03-01');
      // A day on which everyone present was a member keeps who was present; that day's other members are absent.
      const newcomer = await f.person();
      await f.membership(b.group, newcomer, { representedRegionId: region['22'], startDate: '2024-03-05' });
      const moved = await env.services.meetings.updateMeeting(coordinator, { id: meeting.id, date: '2024-03-08' });
      expect(moved.date).toBe('2024-03-08');
      const rows = await env.services.meetings.rollCallsOf([meeting.id]);
      expect(
        rows
          .filter((r) => r.present)
          .map((r) => r.personId)
          .sort(),
      ).toEqual([b.chair.id, leaver.id].sort());
      expect(rows.find((r) => r.personId === newcomer.id)).toMatchObject({ present: false, votingSeat: true });
    });

    it('refuses meetings and roll calls of a closed group', async () => {
      const b = await body();
      const meeting = await held(b.group, '2024-03-01', present(b.chair));
      await env.services.groupClosing.closeGroup(coordinator, b.group.id, '2024-06-30');
      await expectRefusal(
        () =>
          env.services.meetings.createMeeting(coordinator, {
            groupId: b.group.id,
            date: '2024-05-01',
            kind: MeetingKind.PLANNED,
          }),
        { code: 'BAD_USER_INPUT', reason: 'GROUP_CLOSED' },
        stored,
      );
      await expectRefusal(
        () => env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries: present(b.chair) }),
        { code: 'BAD_USER_INPUT', reason: 'GROUP_CLOSED' },
        stored,
      );
    });

    it('refuses agendas with unknown topics, duplicate topic keys, and quorum rules no meeting could meet', async () => {
      const b = await body();
      const meeting = await held(b.group, '2024-03-01', present(b.chair));
      await env.services.meetings.setAgenda(coordinator, { meetingId: meeting.id, items: [{ title: 'Kvar' }] });
      const error = await expectRefusal(
        () =>
          env.services.meetings.setAgenda(coordinator, {
            meetingId: meeting.id,
            items: [{ title: 'Ny' }, { title: 'Okänd', topicIds: ['7d1f3c4e-0000-4000-8000-000000000000'] }],
          }),
        { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
        stored,
      );
      expect(error.extensions.field).toBe('items.1.topicIds');
      expect((await env.services.meetings.agendasOf([meeting.id])).map((i) => i.title)).toEqual(['Kvar']);

      await env.services.meetings.createTopic(coordinator, { key: `vardforlopp-${database}`, name: 'Vårdförlopp' });
      await expectRefusal(
        () => env.services.meetings.createTopic(coordinator, { key: `vardforlopp-${database}`, name: 'Igen' }),
        { code: 'CONFLICT', reason: 'DUPLICATE' },
        async () => (await env.services.meetings.topics()).length,
      );

      const rules = async () => (await env.services.meetings.rulesOfGroups([b.group.id])).length;
      await expectRefusal(
        () => env.services.meetings.setQuorumRule(coordinator, { groupId: b.group.id, everyRegionPresent: true }),
        { code: 'BAD_USER_INPUT', reason: 'QUORUM_RULE_EMPTY' },
        rules,
      );
      const unreachable = await expectRefusal(
        () =>
          env.services.meetings.setQuorumRule(coordinator, {
            groupId: b.group.id,
            minPresent: 6,
            everyRegionPresent: false,
          }),
        { code: 'BAD_USER_INPUT', reason: 'QUORUM_UNREACHABLE' },
        rules,
      );
      expect(unreachable.extensions.params).toEqual({ votingSeats: 5 });
      await expectRefusal(
        () =>
          env.services.meetings.setQuorumRule(viewer, {
            groupId: b.group.id,
            minPresent: 3,
            everyRegionPresent: false,
          }),
        { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' },
        rules,
      );
    });
  });
});
