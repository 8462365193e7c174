import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator } from '../../test-support/factories.js';
import { meetingsFixture } from '../../test-support/meetings.js';
import { testDatabases } from '../../test-support/registry.js';
import { MemberRole, Participation } from '../memberships/member-role.js';
import { MeetingKind, MeetingStatus } from './meeting.entity.js';

/** Roll calls, who holds a voting seat, when a meeting is quorate, and what a year's meetings count to. */
describe.each(await testDatabases())('meetings: roll calls, quorum and the year on %s', (database) => {
  const { t, body, present, held, quorumOf } = meetingsFixture(database);

  it('records the whole roll call: members not listed are absent, and the meeting is held', async () => {
    const b = await body();
    const meeting = await t.env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-03-01',
      kind: MeetingKind.PLANNED,
    });
    expect(meeting.status).toBe(MeetingStatus.SCHEDULED);
    const recorded = await t.env.services.meetings.recordRollCall(coordinator, {
      meetingId: meeting.id,
      entries: present(b.chair, b.jamtland),
      othersPresent: ['Anna Berg, NRF (sekreterare)'],
      expectedVersion: meeting.version,
    });
    expect(recorded.status).toBe(MeetingStatus.HELD);
    expect(recorded.version).toBe(meeting.version + 1);
    expect(recorded.othersPresent).toEqual(['Anna Berg, NRF (sekreterare)']);
    const rows = await t.env.services.meetings.rollCallsOf([meeting.id]);
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
    const listener = await t.f.person();
    await t.env.services.memberships.add(coordinator, {
      groupId: b.group.id,
      personId: listener.id,
      role: MemberRole.MEMBER,
      participation: Participation.ATTENDING,
      representedRegionId: t.region['23'],
      startDate: '2024-01-01',
    });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland, listener));
    expect(await quorumOf(meeting)).toMatchObject({ votingSeats: 5, filled: 3 });
    const row = (await t.env.services.meetings.rollCallsOf([meeting.id])).find((r) => r.personId === listener.id);
    expect(row).toMatchObject({ present: true, votingSeat: false });
    await expectRefusal(
      () =>
        t.env.services.meetings.recordRollCall(coordinator, {
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
    const group = await t.env.services.meetings.setQuorumRule(coordinator, {
      groupId: b.group.id,
      minPresent: 4,
      everyRegionPresent: false,
    });
    expect(group.id).toBe(b.group.id);
    const [rule] = await t.env.services.meetings.rulesOfGroups([b.group.id]);
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
    await t.env.services.meetings.setQuorumRule(coordinator, {
      groupId: b.group.id,
      minShare: 0.6,
      everyRegionPresent: false,
      expectedVersion: rule!.version,
    });
    const [shareRule] = await t.env.services.meetings.rulesOfGroups([b.group.id]);
    expect(shareRule!.description).toBe('Minst 60 procent av de röstberättigade platserna');
    expect(await quorumOf(threePresent)).toMatchObject({ quorate: true, filled: 3 });
  });

  it('counts a deputy serving for an absent member as filling that seat and making the region present', async () => {
    const b = await body();
    await t.env.services.meetings.setQuorumRule(coordinator, {
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
    expect(unserved).toMatchObject({ quorate: false, filled: 3, regionIdsMissing: [t.region['24']] });
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
    const noQuorum = await t.env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-06-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED_NO_QUORUM,
    });
    const inAdvance = await t.env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-09-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED,
    });
    await t.env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-12-15',
      kind: MeetingKind.PLANNED,
    });
    await t.env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2025-02-01',
      kind: MeetingKind.PLANNED,
    });

    expect(await quorumOf(noQuorum)).toMatchObject({ counts: true, quorate: false, votingSeats: 5, filled: 0 });
    expect(await quorumOf(inAdvance)).toMatchObject({ counts: false, quorate: false });
    const year = await t.env.services.meetings.yearOf(b.group.id, 2024);
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
    const empty = await t.env.services.meetings.yearOf(b.group.id, 2023);
    expect(empty).toMatchObject({ counted: 0, quorateShare: null });
    expect((await t.env.services.meetings.meetingsOf(b.group.id, 2024)).map((m) => m.date)).toEqual([
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
      '2024-06-01',
      '2024-09-01',
      '2024-12-15',
    ]);
  });
});
