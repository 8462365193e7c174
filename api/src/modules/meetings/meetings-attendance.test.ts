import { describe, expect, it } from 'vitest';
import { coordinator } from '../../test-support/factories.js';
import { meetingsFixture } from '../../test-support/meetings.js';
import { testDatabases } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import type { Person } from '../persons/person.entity.js';
import { MeetingKind, MeetingStatus } from './meeting.entity.js';

/** Attendance statistics by body, region and person, and agendas with their topics. */
describe.each(await testDatabases())('meetings: attendance and agendas on %s', (database) => {
  const { t, body, present, held, quorumOf } = meetingsFixture(database);

  it('expects a person who joins mid-year only at the meetings held after their start', async () => {
    const b = await body();
    const newcomer = await t.f.person({ name: 'Åsa Nykomling' });
    await t.f.membership(b.group, newcomer, { representedRegionId: t.region['22'], startDate: '2024-07-01' });
    await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland));
    await held(b.group, '2024-09-01', present(b.chair, b.jamtland, newcomer));
    await t.env.services.meetings.createMeeting(coordinator, {
      groupId: b.group.id,
      date: '2024-10-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED_NO_QUORUM,
    });

    const stats = await t.env.services.meetings.attendance(2024, t.norra, b.group.id);
    expect(stats.byBody).toEqual([{ groupId: b.group.id, meetings: 3, expected: 11, present: 6, share: 6 / 11 }]);
    const personRow = (p: Person) => stats.byPerson.find((row) => row.personId === p.id);
    expect(personRow(newcomer)).toMatchObject({ expected: 1, present: 1, share: 1 });
    expect(personRow(b.vasternorrland)).toMatchObject({ expected: 2, present: 1, share: 0.5 });
    expect(personRow(b.deputy)).toBeUndefined();
    const regionRow = (code: string) => stats.byRegion.find((row) => row.regionId === t.region[code]);
    expect(regionRow('22')).toMatchObject({ expected: 3, present: 2 });
    expect(regionRow('25')).toMatchObject({ expected: 4, present: 2, share: 0.5 });
    expect(regionRow('24')).toMatchObject({ expected: 2, present: 0, share: 0 });
    // Other healthcare regions' statistics and meeting lists do not see the group.
    const sodra = (await t.f.healthcareRegion('SODRA')).id;
    expect((await t.env.services.meetings.attendance(2024, sodra, b.group.id)).byBody).toEqual([]);
    expect(await t.env.services.meetings.meetingsOfHealthcareRegion(2024, sodra, b.group.id)).toEqual([]);
    const listed = await t.env.services.meetings.meetingsOfHealthcareRegion(2024, t.norra, b.group.id);
    expect(listed.map(({ meeting }) => meeting.date)).toEqual(['2024-03-01', '2024-09-01', '2024-10-01']);
  });

  it("reckons a region's local groups among its healthcare region's, and a national group hosted elsewhere not", async () => {
    const lsg = await t.f.group(GroupType.LSG, { regionId: t.region['25'] });
    const member = await t.f.person();
    await t.f.membership(lsg, member, { representedRegionId: t.region['25'] });
    await held(lsg, '2024-05-01', present(member));
    const stats = await t.env.services.meetings.attendance(2024, t.norra, null);
    expect(stats.byBody.find((row) => row.groupId === lsg.id)).toEqual({
      groupId: lsg.id,
      meetings: 1,
      expected: 1,
      present: 1,
      share: 1,
    });
    const sodra = (await t.f.healthcareRegion('SODRA')).id;
    const npo = await t.env.services.groups.create(coordinator, {
      name: 'Värdat NPO',
      type: GroupType.NPO,
      healthcareRegionId: sodra,
    });
    await t.f.membership(npo, member, { representedRegionId: t.region['25'] });
    await held(npo, '2024-05-02', present(member));
    const again = await t.env.services.meetings.attendance(2024, t.norra, null);
    expect(again.byBody.map((row) => row.groupId)).not.toContain(npo.id);
  });

  it('counts a roll-call row nowhere once its membership is archived as made in error', async () => {
    const b = await body();
    const mistake = await t.f.person();
    const term = await t.f.membership(b.group, mistake, { representedRegionId: t.region['23'] });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland, mistake));
    expect(await quorumOf(meeting)).toMatchObject({ votingSeats: 6, filled: 4 });
    await t.env.services.memberships.archive(coordinator, term.id);
    expect(await quorumOf(meeting)).toMatchObject({ votingSeats: 5, filled: 3 });
    expect((await t.env.services.meetings.rollCallsOf([meeting.id])).map((r) => r.personId)).not.toContain(mistake.id);
    const stats = await t.env.services.meetings.attendance(2024, t.norra, b.group.id);
    expect(stats.byPerson.map((row) => row.personId)).not.toContain(mistake.id);
    expect(stats.byBody[0]).toMatchObject({ expected: 5, present: 3 });
  });

  it('keeps agendas with topics, and lists a year’s meetings with their quorum and topics', async () => {
    const b = await body();
    const naraVard = await t.env.services.meetings.createTopic(coordinator, {
      key: `nara-vard-${database}`,
      name: 'Nära vård',
    });
    const meeting = await held(b.group, '2024-03-01', present(b.chair, b.jamtland, b.vasternorrland));
    const saved = await t.env.services.meetings.setAgenda(coordinator, {
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      items: [
        { title: 'Mötets öppnande', paragraph: '§ 1' },
        { title: 'Nära vård i regionerna', topicIds: [naraVard.id, naraVard.id], decision: 'Lägesbilden noteras.' },
      ],
    });
    expect(saved.version).toBe(meeting.version + 1);
    const items = await t.env.services.meetings.agendasOf([meeting.id]);
    expect(items.map((i) => [i.position, i.title, i.topicIds, i.paragraph, i.decision])).toEqual([
      [1, 'Mötets öppnande', [], '§ 1', null],
      [2, 'Nära vård i regionerna', [naraVard.id], null, 'Lägesbilden noteras.'],
    ]);
    const [listed] = await t.env.services.meetings.meetingsOfYear([b.group.id], 2024);
    expect(listed!.meeting.id).toBe(meeting.id);
    expect(listed!.topicIds).toEqual([naraVard.id]);
    expect(listed!.quorum.quorate).toBe(true);
    expect((await t.env.services.meetings.topicByKey(`nara-vard-${database}`))?.id).toBe(naraVard.id);
    const renamed = await t.env.services.meetings.updateTopic(coordinator, {
      id: naraVard.id,
      name: 'Nära vård och hälsa',
      expectedVersion: naraVard.version,
    });
    expect(renamed.name).toBe('Nära vård och hälsa');
  });
});
