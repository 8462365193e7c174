/**
 * Attendance at the year's held meetings of a healthcare region's bodies and groups, summed in SQL: a roll-call row
 * with a voting seat is one expected attendance, present or not. Roll calls list only the members of the meeting
 * day, so someone who joined mid-year is expected only at the meetings after their start.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { isId } from '../../common/ids.js';
import { Region } from '../geography/region.entity.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Person } from '../persons/person.entity.js';
import { Attendance, Meeting, MeetingStatus } from './meeting.entity.js';
import type { AttendanceStatistics, BodyAttendance, PersonAttendance, RegionAttendance } from './meeting.types.js';

interface PersonRow {
  personId: string;
  groupId: string;
  regionId: string | null;
  personName: string;
  groupName: string;
  regionName: string | null;
  expected: number | string;
  present: number | string | null;
}

const shareOf = (present: number, expected: number) => (expected ? present / expected : null);
const bySwedish = (a: string, b: string) => a.localeCompare(b, 'sv');

export class AttendanceStatisticsReader {
  constructor(private readonly db: DataSource) {}

  async attendance(year: number, healthcareRegionId: string, groupId: string | null): Promise<AttendanceStatistics> {
    if (!isId(healthcareRegionId) || (groupId !== null && !isId(groupId))) {
      return { year, byBody: [], byRegion: [], byPerson: [] };
    }
    const [counted, rows] = await Promise.all([
      this.countedMeetings(year, healthcareRegionId, groupId),
      this.personRows(year, healthcareRegionId, groupId),
    ]);
    const people = new Map<string, PersonAttendance & { groupName: string }>();
    const regions = new Map<string, RegionAttendance & { regionName: string }>();
    const bodies = new Map<string, { expected: number; present: number }>();
    for (const row of rows) {
      const expected = Number(row.expected);
      const present = Number(row.present ?? 0);
      // A person whose term changed region within the year has a row per region; their own line sums them.
      const person = people.get(`${row.personId}/${row.groupId}`) ?? {
        personId: row.personId,
        groupId: row.groupId,
        personName: row.personName,
        groupName: row.groupName,
        regionIds: [],
        expected: 0,
        present: 0,
        share: null,
      };
      if (row.regionId) person.regionIds.push(row.regionId);
      person.expected += expected;
      person.present += present;
      people.set(`${row.personId}/${row.groupId}`, person);
      const body = bodies.get(row.groupId) ?? { expected: 0, present: 0 };
      body.expected += expected;
      body.present += present;
      bodies.set(row.groupId, body);
      if (row.regionId) {
        const region = regions.get(row.regionId) ?? {
          regionId: row.regionId,
          regionName: row.regionName ?? '',
          expected: 0,
          present: 0,
          share: null,
        };
        region.expected += expected;
        region.present += present;
        regions.set(row.regionId, region);
      }
    }
    const byBody: BodyAttendance[] = counted.map(({ groupId: id, meetings }) => {
      const { expected, present } = bodies.get(id) ?? { expected: 0, present: 0 };
      return { groupId: id, meetings, expected, present, share: shareOf(present, expected) };
    });
    return {
      year,
      byBody,
      byRegion: [...regions.values()]
        .sort((a, b) => bySwedish(a.regionName, b.regionName))
        .map(({ regionId, expected, present }) => ({ regionId, expected, present, share: shareOf(present, expected) })),
      byPerson: [...people.values()]
        .sort((a, b) => bySwedish(a.groupName, b.groupName) || bySwedish(a.personName, b.personName))
        .map(({ personId, groupId: id, personName, regionIds, expected, present }) => ({
          personId,
          groupId: id,
          personName,
          regionIds,
          expected,
          present,
          share: shareOf(present, expected),
        })),
    };
  }

  /** The region's groups (or the one named) with meetings in the year, whatever their status. */
  async groupsWithMeetings(year: number, healthcareRegionId: string, groupId: string | null): Promise<string[]> {
    if (!isId(healthcareRegionId) || (groupId !== null && !isId(groupId))) return [];
    const query = this.db
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoin(Group, 'g', 'g.id = mt.groupId')
      .select('DISTINCT mt.groupId', 'groupId');
    const rows = await this.ofYearAndRegion(query, year, healthcareRegionId, groupId).getRawMany<{ groupId: string }>();
    return rows.map((row) => row.groupId);
  }

  /** The region's groups with counted meetings (held or cancelled for want of quorum) in the year, by name. */
  private async countedMeetings(year: number, healthcareRegionId: string, groupId: string | null) {
    const query = this.db
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoin(Group, 'g', 'g.id = mt.groupId')
      .select('mt.groupId', 'groupId')
      .addSelect('MIN(g.name)', 'groupName')
      .addSelect('COUNT(*)', 'meetings')
      .where('mt.status IN (:...counted)', {
        counted: [MeetingStatus.HELD, MeetingStatus.CANCELLED_NO_QUORUM],
      });
    const rows = await this.ofYearAndRegion(query, year, healthcareRegionId, groupId)
      .groupBy('mt.groupId')
      .getRawMany<{ groupId: string; groupName: string; meetings: number | string }>();
    return rows
      .sort((a, b) => bySwedish(a.groupName, b.groupName))
      .map((row) => ({ groupId: row.groupId, meetings: Number(row.meetings) }));
  }

  /** Expected and present per person, group and represented region, at held meetings with a voting seat. */
  private personRows(year: number, healthcareRegionId: string, groupId: string | null): Promise<PersonRow[]> {
    const query = this.db
      .getRepository(Attendance)
      .createQueryBuilder('a')
      .innerJoin(Meeting, 'mt', 'mt.id = a.meetingId')
      .innerJoin(Group, 'g', 'g.id = mt.groupId')
      .innerJoin(Membership, 'ms', 'ms.id = a.membershipId')
      .innerJoin(Person, 'p', 'p.id = a.personId')
      .leftJoin(Region, 'r', 'r.id = ms.representedRegionId')
      .select('a.personId', 'personId')
      .addSelect('mt.groupId', 'groupId')
      .addSelect('ms.representedRegionId', 'regionId')
      .addSelect('MIN(p.name)', 'personName')
      .addSelect('MIN(g.name)', 'groupName')
      .addSelect('MIN(r.name)', 'regionName')
      .addSelect('COUNT(*)', 'expected')
      .addSelect('SUM(CASE WHEN a.present THEN 1 ELSE 0 END)', 'present')
      .where('mt.status = :held', { held: MeetingStatus.HELD })
      // A membership archived as made in error counts nowhere, its roll-call rows included.
      .andWhere('ms.archivedAt IS NULL')
      .andWhere('a.votingSeat = :voting', { voting: true });
    return this.ofYearAndRegion(query, year, healthcareRegionId, groupId)
      .groupBy('a.personId')
      .addGroupBy('mt.groupId')
      .addGroupBy('ms.representedRegionId')
      .getRawMany<PersonRow>();
  }

  /**
   * Meetings (alias mt) of the year, of groups (alias g) of the healthcare region: owned or hosted by it, or local
   * groups of its regions; of one group when one is named.
   */
  private ofYearAndRegion<T extends object>(
    query: SelectQueryBuilder<T>,
    year: number,
    healthcareRegionId: string,
    groupId: string | null,
  ): SelectQueryBuilder<T> {
    query
      .leftJoin(Region, 'owner', 'owner.id = g.regionId')
      .andWhere('mt.date BETWEEN :from AND :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .andWhere('(g.healthcareRegionId = :hr OR owner.healthcareRegionId = :hr)', { hr: healthcareRegionId });
    if (groupId) query.andWhere('mt.groupId = :groupId', { groupId });
    return query;
  }
}
