import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupType } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { MeetingKind, MeetingStatus } from '../meetings/meeting.entity.js';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { ExportList, SpreadsheetFormat } from './exports.types.js';
import { GROUP_COLUMNS, MEMBER_COLUMNS } from './exports.service.js';

describe('exports', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    env = await openTestServices({ clock: { today: () => '2025-06-30' } });
    make = factories(env.services);
  });
  afterAll(() => env.close());

  it('writes one row per membership, in the words and names a coordinator uses', async () => {
    const norrbotten = await make.region('25');
    const npo = await make.npo('Exporterat område');
    const nag = await make.group(GroupType.NAG, { parentId: npo.id });
    const person = await env.services.persons.create(coordinator, {
      name: 'Edit Export',
      email: 'edit@region.example',
      employerRegionId: norrbotten.id,
    });
    await make.membership(nag, person, {
      role: MemberRole.CHAIR,
      representedRegionId: norrbotten.id,
      startDate: '2024-01-01',
      endDate: '2026-12-31',
    });
    const table = await env.services.exports.table({
      list: ExportList.MEMBERS,
      format: SpreadsheetFormat.CSV,
      groupId: nag.id,
      asOf: '2025-01-01',
    });
    expect(table.columns).toEqual(MEMBER_COLUMNS);
    expect(table.rows).toEqual([
      [
        'NAG',
        nag.name,
        '',
        'Edit Export',
        'edit@region.example',
        'Region Norrbotten',
        'Ordförande',
        'Region Norrbotten',
        '2024-01-01',
        '2026-12-31',
        '',
      ],
    ]);
    expect(
      (
        await env.services.exports.table({
          list: ExportList.MEMBERS,
          format: SpreadsheetFormat.CSV,
          groupId: nag.id,
          asOf: '2027-01-01',
        })
      ).rows,
    ).toEqual([]);
  });

  it('lists programme areas before their working groups, so that an import of the file finds every parent', async () => {
    const table = await env.services.exports.table({ list: ExportList.GROUPS, format: SpreadsheetFormat.XLSX });
    expect(table.columns).toEqual(GROUP_COLUMNS);
    const position = (type: string) => table.rows.findIndex((row) => row[0] === type);
    expect(position('NPO')).toBeLessThan(position('NAG'));
    const nag = table.rows.find((row) => row[0] === 'NAG')!;
    expect(nag[4]).toBe('NPO Exporterat område');
  });

  it('writes a year of meetings, one row each, and attendance, one row per person and body', async () => {
    const norra = await make.healthcareRegion('NORRA');
    const [norrbotten, vasterbotten] = [await make.region('25'), await make.region('24')];
    const rsg = await make.group(GroupType.RSG, { healthcareRegionId: norra.id });
    const member = await make.person({ name: 'Mona Möte' });
    const absent = await make.person({ name: 'Frans Frånvaro' });
    const deputy = await make.person({ name: 'Erik Ersättare' });
    await make.membership(rsg, member, { representedRegionId: norrbotten.id });
    await make.membership(rsg, absent, { representedRegionId: vasterbotten.id });
    await make.membership(rsg, deputy, { representedRegionId: vasterbotten.id, role: MemberRole.DEPUTY });
    const topic = await env.services.meetings.createTopic(coordinator, { key: 'nara-vard', name: 'Nära vård' });
    const meeting = await env.services.meetings.createMeeting(coordinator, {
      groupId: rsg.id,
      date: '2025-03-01',
      kind: MeetingKind.EXTRA,
    });
    await env.services.meetings.recordRollCall(coordinator, {
      meetingId: meeting.id,
      entries: [
        { personId: member.id, present: true },
        { personId: deputy.id, present: true, servingForPersonId: absent.id },
      ],
    });
    await env.services.meetings.setAgenda(coordinator, {
      meetingId: meeting.id,
      items: [{ title: 'Nära vård', topicIds: [topic.id] }],
    });
    await env.services.meetings.createMeeting(coordinator, {
      groupId: rsg.id,
      date: '2025-04-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.CANCELLED,
    });
    const input = { format: SpreadsheetFormat.CSV, year: 2025, healthcareRegionId: norra.id, groupId: rsg.id };

    const meetings = await env.services.exports.table({ ...input, list: ExportList.MEETINGS });
    expect(meetings.columns).toEqual([
      'Grupp',
      'Datum',
      'Typ',
      'Status',
      'Beslutsför',
      'Närvarande/platser',
      'Delvis frånvaro',
      'Ämnen',
    ]);
    expect(meetings.rows).toEqual([
      [`RSG ${rsg.name}`, '2025-03-01', 'Extra', 'Hållet', 'Ja', '2/2', 'Ja', 'Nära vård'],
      [`RSG ${rsg.name}`, '2025-04-01', 'Planerat', 'Inställt i förväg', '', '0/2', '', ''],
    ]);

    const attendance = await env.services.exports.table({ ...input, list: ExportList.ATTENDANCE });
    expect(attendance.columns).toEqual(['Namn', 'Grupp', 'Region', 'Förväntade', 'Närvarande', 'Andel (%)']);
    expect(attendance.rows).toEqual([
      ['Frans Frånvaro', `RSG ${rsg.name}`, 'Region Västerbotten', 1, 0, 0],
      ['Mona Möte', `RSG ${rsg.name}`, 'Region Norrbotten', 1, 1, 100],
    ]);
    await expect(
      env.services.exports.table({ ...input, list: ExportList.ATTENDANCE, healthcareRegionId: null }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'healthcareRegionId' },
    });
  });

  it('refuses a report without its healthcare region', async () => {
    await expect(
      env.services.exports.table({ list: ExportList.REPRESENTATION, format: SpreadsheetFormat.CSV }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'healthcareRegionId' } });
  });
});
