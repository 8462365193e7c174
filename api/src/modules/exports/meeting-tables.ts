import type { GeographyService } from '../geography/geography.service.js';
import type { GroupsService } from '../groups/groups.service.js';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../meetings/meeting.entity.js';
import type { MeetingsService } from '../meetings/meetings.service.js';
import type { Table } from '../../spreadsheets/spreadsheet-writing.js';
import { percent } from './export-cells.js';

/**
 * The meetings of a healthcare region's bodies and groups in a year, and the attendance at them person by person: the
 * lists of the meetings screens, as tables for a spreadsheet.
 */
export class MeetingTables {
  constructor(
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly meetings: MeetingsService,
  ) {}

  /** One row per meeting, by group. */
  async meetingsOf(year: number, healthcareRegionId: string, groupId: string | null): Promise<Table> {
    const meetings = await this.meetings.meetingsOfHealthcareRegion(year, healthcareRegionId, groupId);
    const [groupName, topics] = await Promise.all([
      this.groupLabels(meetings.map(({ meeting }) => meeting.groupId)),
      this.meetings.topics(),
    ]);
    const topicName = new Map(topics.map((t) => [t.id, t.name]));
    const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');
    return {
      name: `moten-${year}`,
      columns: ['Grupp', 'Datum', 'Typ', 'Status', 'Beslutsför', 'Närvarande/platser', 'Delvis frånvaro', 'Ämnen'],
      // Quorum and absence are judged only for meetings that count; the others leave those cells empty.
      rows: [...meetings]
        .sort((a, b) =>
          (groupName.get(a.meeting.groupId) ?? '').localeCompare(groupName.get(b.meeting.groupId) ?? '', 'sv'),
        )
        .map(({ meeting, quorum, topicIds }) => [
          groupName.get(meeting.groupId) ?? '',
          meeting.date,
          MEETING_KIND_LABELS[meeting.kind],
          MEETING_STATUS_LABELS[meeting.status],
          quorum.counts ? yesNo(quorum.quorate) : '',
          `${quorum.filled}/${quorum.votingSeats}`,
          quorum.counts ? yesNo(quorum.partialAbsence) : '',
          topicIds.map((id) => topicName.get(id) ?? '').join(', '),
        ]),
    };
  }

  /** One row per person and group: the meetings they were expected at and present at. */
  async attendanceOf(year: number, healthcareRegionId: string, groupId: string | null): Promise<Table> {
    const statistics = await this.meetings.attendance(year, healthcareRegionId, groupId);
    const [groupName, regions] = await Promise.all([
      this.groupLabels(statistics.byPerson.map((p) => p.groupId)),
      this.geography.regions(),
    ]);
    const regionName = new Map(regions.map((r) => [r.id, r.name]));
    return {
      name: `narvaro-${year}`,
      columns: ['Namn', 'Grupp', 'Region', 'Förväntade', 'Närvarande', 'Andel (%)'],
      rows: statistics.byPerson.map((p) => [
        p.personName,
        groupName.get(p.groupId) ?? '',
        [...new Set(p.regionIds)].map((id) => regionName.get(id) ?? '').join(', '),
        p.expected,
        p.present,
        p.share === null ? '' : percent(p.share),
      ]),
    };
  }

  /** The groups by id, each as "BG Beredningsgruppen". */
  private async groupLabels(ids: string[]): Promise<Map<string, string>> {
    const groups = await this.groups.byIds([...new Set(ids)]);
    return new Map(groups.map((g) => [g.id, `${g.type} ${g.name}`]));
  }
}
