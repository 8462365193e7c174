import { describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, viewer } from '../../test-support/factories.js';
import { meetingsFixture } from '../../test-support/meetings.js';
import { testDatabases } from '../../test-support/registry.js';
import { AgendaItem, Attendance, Meeting, MeetingKind, MeetingStatus } from './meeting.entity.js';
import type { RollCallEntryInput } from './meeting.types.js';

/** Refusals of roll calls, meetings, agendas, topics and quorum rules, each changing nothing. */
describe.each(await testDatabases())('meetings: refusals on %s', (database) => {
  const { t, body, present, held } = meetingsFixture(database);

  const stored = async () => ({
    meetings: await t.env.services.db.getRepository(Meeting).count(),
    attendance: await t.env.services.db.getRepository(Attendance).count(),
    agenda: await t.env.services.db.getRepository(AgendaItem).count(),
  });

  it('refuses roll calls that do not fit the members of the day', async () => {
    const b = await body();
    const outsider = await t.f.person();
    const newcomer = await t.f.person();
    await t.f.membership(b.group, newcomer, { representedRegionId: t.region['22'], startDate: '2024-07-01' });
    const meeting = await held(b.group, '2024-03-01', present(b.chair));
    const roll = (entries: RollCallEntryInput[]) =>
      t.env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries });
    const refused = async (entries: RollCallEntryInput[], reason: string, field: string) => {
      const error = await expectRefusal(() => roll(entries), { code: 'BAD_USER_INPUT', reason }, stored);
      expect(error.extensions.field).toBe(field);
    };
    const rowsBefore = await t.env.services.meetings.rollCallsOf([meeting.id]);

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
        t.env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries: [], expectedVersion: 1 }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
      stored,
    );
    await expectRefusal(
      () => t.env.services.meetings.recordRollCall(viewer, { meetingId: meeting.id, entries: [] }),
      { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' },
      stored,
    );
    expect(await t.env.services.meetings.rollCallsOf([meeting.id])).toEqual(rowsBefore);
    expect((await t.env.services.meetings.find(meeting.id))!.version).toBe(meeting.version);
  });

  it('refuses roll calls of meetings not held, and outcomes recorded ahead of the day', async () => {
    const b = await body();
    const create = (date: string, status?: MeetingStatus) =>
      t.env.services.meetings.createMeeting(coordinator, {
        groupId: b.group.id,
        date,
        kind: MeetingKind.PLANNED,
        status,
      });
    const ahead = await create('2025-01-15');
    const cancelled = await create('2024-05-01', MeetingStatus.CANCELLED);
    for (const meeting of [ahead, cancelled]) {
      await expectRefusal(
        () => t.env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries: present(b.chair) }),
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
        () => t.env.services.meetings.updateMeeting(coordinator, { id: ahead.id, status }),
        { code: 'BAD_USER_INPUT', reason: 'MEETING_NOT_HELD' },
        stored,
      );
    }
    const heldMeeting = await held(b.group, '2024-03-01', present(b.chair));
    await expectRefusal(
      () => t.env.services.meetings.updateMeeting(coordinator, { id: heldMeeting.id, date: '2025-03-01' }),
      { code: 'BAD_USER_INPUT', reason: 'MEETING_NOT_HELD' },
      stored,
    );
  });

  it('refuses to move a meeting to a day whose members the roll call does not fit', async () => {
    const b = await body();
    const leaver = await t.f.person();
    await t.f.membership(b.group, leaver, { representedRegionId: t.region['23'], endDate: '2024-04-30' });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, leaver));
    const error = await expectRefusal(
      () => t.env.services.meetings.updateMeeting(coordinator, { id: meeting.id, date: '2024-06-01' }),
      { code: 'BAD_USER_INPUT', reason: 'NOT_A_MEMBER_ON_DAY' },
      stored,
    );
    expect(error.extensions.field).toBe('date');
    expect((await t.env.services.meetings.find(meeting.id))!.date).toBe('2024-03-01');
    // A day on which everyone present was a member keeps who was present; that day's other members are absent.
    const newcomer = await t.f.person();
    await t.f.membership(b.group, newcomer, { representedRegionId: t.region['22'], startDate: '2024-03-05' });
    const moved = await t.env.services.meetings.updateMeeting(coordinator, { id: meeting.id, date: '2024-03-08' });
    expect(moved.date).toBe('2024-03-08');
    const rows = await t.env.services.meetings.rollCallsOf([meeting.id]);
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
    await t.env.services.groupClosing.closeGroup(coordinator, b.group.id, '2024-06-30');
    await expectRefusal(
      () =>
        t.env.services.meetings.createMeeting(coordinator, {
          groupId: b.group.id,
          date: '2024-05-01',
          kind: MeetingKind.PLANNED,
        }),
      { code: 'BAD_USER_INPUT', reason: 'GROUP_CLOSED' },
      stored,
    );
    await expectRefusal(
      () => t.env.services.meetings.recordRollCall(coordinator, { meetingId: meeting.id, entries: present(b.chair) }),
      { code: 'BAD_USER_INPUT', reason: 'GROUP_CLOSED' },
      stored,
    );
  });

  it('refuses agendas with unknown topics, duplicate topic keys, and quorum rules no meeting could meet', async () => {
    const b = await body();
    const meeting = await held(b.group, '2024-03-01', present(b.chair));
    await t.env.services.meetings.setAgenda(coordinator, { meetingId: meeting.id, items: [{ title: 'Kvar' }] });
    const error = await expectRefusal(
      () =>
        t.env.services.meetings.setAgenda(coordinator, {
          meetingId: meeting.id,
          items: [{ title: 'Ny' }, { title: 'Okänd', topicIds: ['7d1f3c4e-0000-4000-8000-000000000000'] }],
        }),
      { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
      stored,
    );
    expect(error.extensions.field).toBe('items.1.topicIds');
    expect((await t.env.services.meetings.agendasOf([meeting.id])).map((i) => i.title)).toEqual(['Kvar']);

    await t.env.services.meetings.createTopic(coordinator, { key: `vardforlopp-${database}`, name: 'Vårdförlopp' });
    await expectRefusal(
      () => t.env.services.meetings.createTopic(coordinator, { key: `vardforlopp-${database}`, name: 'Igen' }),
      { code: 'CONFLICT', reason: 'DUPLICATE' },
      async () => (await t.env.services.meetings.topics()).length,
    );

    const rules = async () => (await t.env.services.meetings.rulesOfGroups([b.group.id])).length;
    await expectRefusal(
      () => t.env.services.meetings.setQuorumRule(coordinator, { groupId: b.group.id, everyRegionPresent: true }),
      { code: 'BAD_USER_INPUT', reason: 'QUORUM_RULE_EMPTY' },
      rules,
    );
    const minPresent = (actor: Actor, seats: number) => () =>
      t.env.services.meetings.setQuorumRule(actor, {
        groupId: b.group.id,
        minPresent: seats,
        everyRegionPresent: false,
      });
    const unreachable = await expectRefusal(
      minPresent(coordinator, 6),
      { code: 'BAD_USER_INPUT', reason: 'QUORUM_UNREACHABLE' },
      rules,
    );
    expect(unreachable.extensions.params).toEqual({ votingSeats: 5 });
    await expectRefusal(minPresent(viewer, 3), { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }, rules);
  });
});
