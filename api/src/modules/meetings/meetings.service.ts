import { Between, type DataSource, type EntityManager, In } from 'typeorm';
import { isActiveOn, type Clock } from '../../common/dates.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import type { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { AttendanceStatisticsReader } from './attendance-statistics.js';
import {
  type AgendaItem,
  type Attendance,
  Meeting,
  MeetingKind,
  MeetingStatus,
  QuorumRule,
  Topic,
} from './meeting.entity.js';
import { MeetingRecords } from './meeting-records.js';
import type {
  AttendanceStatistics,
  CreateMeetingInput,
  CreateTopicInput,
  MeetingQuorumValue,
  MeetingYear,
  RecordRollCallInput,
  SetAgendaInput,
  SetQuorumRuleInput,
  UpdateMeetingInput,
  UpdateTopicInput,
} from './meeting.types.js';
import { holdsVotingSeat } from '../memberships/member-role.js';
import { countSeats, explainHeld, meetsRule, type SeatRow } from './quorum.js';

/** The first and last day of a year, for `date BETWEEN`. */
const daysOf = (year: number) => Between(`${year}-01-01`, `${year}-12-31`);

/**
 * Meetings ("sammanträden") of bodies and groups: the topics agendas take up, each group's quorum rule, the meetings
 * with their roll calls and agendas, and what is computed from them (a meeting's quorum, a year's count, attendance).
 * The roll call and the agenda are written in meeting-records.ts, attendance is read in attendance-statistics.ts.
 */
export class MeetingsService {
  private readonly records: MeetingRecords;
  private readonly statistics: AttendanceStatisticsReader;

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {
    this.records = new MeetingRecords(tx, clock, groups, memberships, audit);
    this.statistics = new AttendanceStatisticsReader(db);
  }

  // Topics

  topics(): Promise<Topic[]> {
    return this.db.getRepository(Topic).find({ order: { name: 'ASC', key: 'ASC' } });
  }

  topicsByIds(ids: readonly string[]): Promise<Topic[]> {
    return this.db.getRepository(Topic).findBy({ id: In(ids.filter(isId)) });
  }

  topicByKey(key: string): Promise<Topic | null> {
    return this.db.getRepository(Topic).findOneBy({ key });
  }

  async createTopic(actor: Actor, input: CreateTopicInput): Promise<Topic> {
    requireRole(actor, REGISTER_KEEPERS, 'keep the topic list');
    return this.tx.run(async (em) => {
      const repo = em.getRepository(Topic);
      if (await repo.existsBy({ key: input.key })) {
        throw conflict(`A topic with the key "${input.key}" exists.`, { reason: 'DUPLICATE', field: 'key' });
      }
      const topic = await repo.save(repo.create({ key: input.key, name: input.name.trim() }));
      await this.audit.record(em, actor, {
        operation: 'createTopic',
        entityType: AuditEntityType.TOPIC,
        entityId: topic.id,
        after: topic,
      });
      return topic;
    });
  }

  async updateTopic(actor: Actor, input: UpdateTopicInput): Promise<Topic> {
    requireRole(actor, REGISTER_KEEPERS, 'keep the topic list');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'topics', input.id);
      const topic = isId(input.id) ? await em.getRepository(Topic).findOneBy({ id: input.id }) : null;
      if (!topic) throw notFound('Topic', input.id, 'id');
      requireVersion(topic, input.expectedVersion, 'topic');
      const before = this.audit.snapshot(topic);
      topic.name = input.name.trim();
      const saved = await em.getRepository(Topic).save(topic);
      await this.audit.record(em, actor, {
        operation: 'updateTopic',
        entityType: AuditEntityType.TOPIC,
        entityId: topic.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  // Quorum rules

  rulesOfGroups(groupIds: readonly string[], em: EntityManager = this.db.manager): Promise<QuorumRule[]> {
    return em.getRepository(QuorumRule).findBy({ groupId: In(groupIds.filter(isId)) });
  }

  /** Sets a group's quorum rule; refused when it names no amount, or asks for more seats than the group has today. */
  async setQuorumRule(actor: Actor, input: SetQuorumRuleInput): Promise<Group> {
    requireRole(actor, REGISTER_KEEPERS, 'set quorum rules');
    if (input.minPresent == null && input.minShare == null) {
      throw badInput('A quorum rule names at least minPresent or minShare.', {
        reason: 'QUORUM_RULE_EMPTY',
        field: 'minPresent',
      });
    }
    return this.tx.run(async (em) => {
      // The group's lock orders two settings of its rule, and the insert of its first one.
      await this.tx.lock(em, 'groups', input.groupId);
      const group = await this.groups.get(input.groupId, em, 'groupId');
      const repo = em.getRepository(QuorumRule);
      const existing = await repo.findOneBy({ groupId: group.id });
      if (existing) requireVersion(existing, input.expectedVersion, 'quorum rule');
      const today = this.clock.today();
      const votingSeats = (await this.memberships.forGroups([group.id], today, em)).filter(holdsVotingSeat).length;
      if (input.minPresent != null && input.minPresent > votingSeats) {
        throw badInput(
          `${group.type} ${group.name} has ${votingSeats} voting seats today; no meeting could meet the rule.`,
          {
            reason: 'QUORUM_UNREACHABLE',
            field: 'minPresent',
            params: { votingSeats },
          },
        );
      }
      const before = existing ? this.audit.snapshot(existing) : null;
      const rule = existing ?? repo.create({ groupId: group.id });
      Object.assign(rule, {
        minPresent: input.minPresent ?? null,
        minShare: input.minShare ?? null,
        everyRegionPresent: input.everyRegionPresent,
      });
      const saved = await repo.save(rule);
      await this.audit.record(em, actor, {
        operation: 'setQuorumRule',
        entityType: AuditEntityType.GROUP,
        entityId: group.id,
        before,
        after: saved,
      });
      return group;
    });
  }

  // Meetings

  meetingsOf(groupId: string, year: number): Promise<Meeting[]> {
    if (!isId(groupId)) return Promise.resolve([]);
    return this.db
      .getRepository(Meeting)
      .find({ where: { groupId, date: daysOf(year) }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  async find(id: string): Promise<Meeting | null> {
    return isId(id) ? this.db.getRepository(Meeting).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<Meeting[]> {
    return this.db.getRepository(Meeting).findBy({ id: In(ids.filter(isId)) });
  }

  rollCallsOf(meetingIds: readonly string[]): Promise<Attendance[]> {
    return this.records.rollCallsOf(meetingIds, this.db.manager);
  }

  agendasOf(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.records.agendasOf(meetingIds, this.db.manager);
  }

  async createMeeting(actor: Actor, input: CreateMeetingInput): Promise<Meeting> {
    requireRole(actor, REGISTER_KEEPERS, 'record meetings');
    const status = input.status ?? MeetingStatus.SCHEDULED;
    this.records.refuseFutureOutcome(input.date, status, 'status');
    return this.tx.run(async (em) => {
      // Locked so that the group is not closed between the check and the insert.
      await this.tx.lock(em, 'groups', input.groupId);
      const group = await this.groups.get(input.groupId, em, 'groupId');
      this.records.refuseClosed(group, 'groupId');
      const repo = em.getRepository(Meeting);
      const meeting = await repo.save(
        repo.create({
          groupId: group.id,
          date: input.date,
          kind: input.kind,
          status,
          note: input.note?.trim() || null,
          othersPresent: [],
        }),
      );
      await this.recordMeeting(em, actor, 'createMeeting', null, meeting);
      return meeting;
    });
  }

  /** Changes a meeting's day, kind, status or note; a roll call already taken must still fit the new day. */
  async updateMeeting(actor: Actor, input: UpdateMeetingInput): Promise<Meeting> {
    requireRole(actor, REGISTER_KEEPERS, 'record meetings');
    return this.tx.run(async (em) => {
      const meeting = await this.records.lockedMeeting(em, input.id, input.expectedVersion, 'id');
      const before = this.audit.snapshot(meeting);
      const date = input.date ?? meeting.date;
      const status = input.status ?? meeting.status;
      this.records.refuseFutureOutcome(date, status, input.status ? 'status' : 'date');
      const moved = date !== meeting.date;
      Object.assign(meeting, { date, status, kind: input.kind ?? meeting.kind });
      if (input.note !== undefined) meeting.note = input.note?.trim() || null;
      if (moved) await this.records.rollCallMoved(em, meeting);
      const saved = await em.getRepository(Meeting).save(meeting);
      await this.recordMeeting(em, actor, 'updateMeeting', before, saved);
      return saved;
    });
  }

  recordRollCall(actor: Actor, input: RecordRollCallInput): Promise<Meeting> {
    return this.records.recordRollCall(actor, input);
  }

  setAgenda(actor: Actor, input: SetAgendaInput): Promise<Meeting> {
    return this.records.setAgenda(actor, input);
  }

  // What is computed from meetings

  async quorumsOfMeetingIds(ids: readonly string[]): Promise<MeetingQuorumValue[]> {
    return this.quorumsOf(await this.byIds(ids));
  }

  /**
   * Each meeting's quorum, in three statements however many meetings: their roll calls, their groups' rules, and the
   * terms of groups whose meetings have no roll call yet (the seats of the day, nobody present).
   */
  async quorumsOf(meetings: readonly Meeting[]): Promise<MeetingQuorumValue[]> {
    if (!meetings.length) return [];
    const groupIds = [...new Set(meetings.map((m) => m.groupId))];
    const [rollCalls, rules] = await Promise.all([
      this.rollCallsOf(meetings.map((m) => m.id)),
      this.rulesOfGroups(groupIds),
    ]);
    const withoutRollCall = new Set(
      meetings.filter((m) => !rollCalls.some((row) => row.meetingId === m.id)).map((m) => m.groupId),
    );
    const terms = await this.memberships.forGroups([...withoutRollCall], null);
    return meetings.map((meeting) => {
      const taken = rollCalls.filter((row) => row.meetingId === meeting.id);
      const rows: SeatRow[] = taken.length
        ? taken.map((row) => ({
            personId: row.personId,
            regionId: row.membership?.representedRegionId ?? null,
            votingSeat: row.votingSeat,
            present: row.present,
            servingForPersonId: row.servingForPersonId,
          }))
        : terms
            .filter((m) => m.groupId === meeting.groupId && isActiveOn(m.startDate, m.endDate, meeting.date))
            .map((m) => ({
              personId: m.personId,
              regionId: m.representedRegionId,
              votingSeat: holdsVotingSeat(m),
              present: false,
              servingForPersonId: null,
            }));
      const rule = rules.find((r) => r.groupId === meeting.groupId) ?? null;
      const seats = countSeats(rows);
      const held = meeting.status === MeetingStatus.HELD;
      const quorate = held && meetsRule(seats, rule);
      return {
        meetingId: meeting.id,
        counts: held || meeting.status === MeetingStatus.CANCELLED_NO_QUORUM,
        quorate,
        ...seats,
        partialAbsence: quorate && seats.absent > 0,
        explanation:
          meeting.status === MeetingStatus.HELD
            ? explainHeld(seats, rule, quorate)
            : STATUS_EXPLANATIONS[meeting.status],
      };
    });
  }

  /** Meetings of several groups in a year by date, each with its quorum and the topics its agenda takes up. */
  async meetingsOfYear(
    groupIds: string[],
    year: number,
  ): Promise<Array<{ meeting: Meeting; quorum: MeetingQuorumValue; topicIds: string[] }>> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return [];
    const meetings = await this.db
      .getRepository(Meeting)
      .find({ where: { groupId: In(ids), date: daysOf(year) }, order: { date: 'ASC', createdAt: 'ASC' } });
    const [quorums, agendas] = await Promise.all([this.quorumsOf(meetings), this.agendasOf(meetings.map((m) => m.id))]);
    return meetings.map((meeting, index) => ({
      meeting,
      quorum: quorums[index]!,
      topicIds: [...new Set(agendas.filter((item) => item.meetingId === meeting.id).flatMap((item) => item.topicIds))],
    }));
  }

  /** A group's meetings of a year counted: what counts as planned, what was quorate, what was cancelled. */
  async yearOf(groupId: string, year: number): Promise<MeetingYear> {
    const group = await this.groups.get(groupId, undefined, 'groupId');
    const meetings = await this.meetingsOfYear([group.id], year);
    const having = (test: (m: (typeof meetings)[number]) => boolean) => meetings.filter(test).length;
    const counted = having(({ quorum }) => quorum.counts);
    const quorate = having(({ quorum }) => quorum.quorate);
    return {
      groupId: group.id,
      year,
      scheduled: having(({ meeting }) => meeting.status === MeetingStatus.SCHEDULED),
      counted,
      held: having(({ meeting }) => meeting.status === MeetingStatus.HELD),
      quorate,
      partialAbsence: having(({ quorum }) => quorum.partialAbsence),
      cancelledNoQuorum: having(({ meeting }) => meeting.status === MeetingStatus.CANCELLED_NO_QUORUM),
      cancelled: having(({ meeting }) => meeting.status === MeetingStatus.CANCELLED),
      extra: having(({ meeting, quorum }) => quorum.counts && meeting.kind === MeetingKind.EXTRA),
      quorateShare: counted ? quorate / counted : null,
    };
  }

  /** The meetings of a year of the healthcare region's bodies and groups (or of one of them), as meetingsOfYear. */
  async meetingsOfHealthcareRegion(year: number, healthcareRegionId: string, groupId: string | null) {
    return this.meetingsOfYear(await this.statistics.groupsWithMeetings(year, healthcareRegionId, groupId), year);
  }

  /** Without a group (omitted or null), every group of the healthcare region. */
  attendance(year: number, healthcareRegionId: string, groupId?: string | null): Promise<AttendanceStatistics> {
    return this.statistics.attendance(year, healthcareRegionId, groupId ?? null);
  }

  private async recordMeeting(
    em: EntityManager,
    actor: Actor,
    operation: string,
    before: object | null,
    meeting: Meeting,
  ) {
    await this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.MEETING,
      entityId: meeting.id,
      before,
      after: meeting,
      concerns: [{ entityType: AuditEntityType.GROUP, entityId: meeting.groupId }],
    });
  }
}

/** Why a meeting that was not held has the quorum it has. */
const STATUS_EXPLANATIONS: Record<Exclude<MeetingStatus, MeetingStatus.HELD>, string> = {
  SCHEDULED: 'Mötet är inte hållet ännu.',
  CANCELLED_NO_QUORUM: 'Inställt i brist på beslutsförhet: räknas bland årets möten som inte beslutsfört.',
  CANCELLED: 'Inställt i förväg: räknas inte bland årets möten.',
};

declare module '../../common/context.js' {
  interface RegistryServices {
    meetings: MeetingsService;
  }
}
