/**
 * A meeting's record: its roll call ("närvaro"), checked against the group's members on the meeting day, and its
 * agenda ("dagordning") with the topics each item takes up. Both replace what was recorded before, under the
 * meeting's version, so that of two people saving the same meeting at once the second is told to reload.
 */
import { type EntityManager, In, IsNull } from 'typeorm';
import type { Clock, IsoDate } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import type { Group } from '../groups/group.entity.js';
import { GroupStatus } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { Membership } from '../memberships/membership.entity.js';
import { byRoleThenStart } from '../memberships/membership-reads.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { AgendaItem, Attendance, Meeting, MeetingStatus, Topic } from './meeting.entity.js';
import type { RecordRollCallInput, RollCallEntryInput, SetAgendaInput } from './meeting.types.js';
import { holdsVotingSeat, isDeputy } from '../memberships/member-role.js';

/** Where a refusal of one roll-call entry points: the entry's field, or a field of the whole input. */
type FieldOf = (index: number, key: keyof RollCallEntryInput) => string;

const entryField: FieldOf = (index, key) => `entries.${index}.${key}`;

export class MeetingRecords {
  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {}

  /** The meeting, locked for the rest of the transaction, at the version the caller edited. */
  async lockedMeeting(
    em: EntityManager,
    id: string,
    expectedVersion: number | null | undefined,
    field: string,
  ): Promise<Meeting> {
    await this.tx.lock(em, 'meetings', id);
    const meeting = isId(id) ? await em.getRepository(Meeting).findOneBy({ id }) : null;
    if (!meeting) throw notFound('Meeting', id, field);
    requireVersion(meeting, expectedVersion, 'meeting');
    return meeting;
  }

  refuseClosed(group: Group, field: string): void {
    if (group.status === GroupStatus.CLOSED) {
      throw badInput(`${group.type} ${group.name} is closed; its meetings are no longer recorded.`, {
        reason: 'GROUP_CLOSED',
        field,
      });
    }
  }

  /** A meeting is held, or found to lack a quorum, only once its day has come. */
  refuseFutureOutcome(date: IsoDate, status: MeetingStatus, field: string): void {
    if (date > this.clock.today() && (status === MeetingStatus.HELD || status === MeetingStatus.CANCELLED_NO_QUORUM)) {
      throw badInput(`The meeting on ${date} has not been held yet.`, {
        reason: 'MEETING_NOT_HELD',
        field,
        params: { date },
      });
    }
  }

  /** A roll call is taken at a meeting whose day has come and that was not cancelled in advance. */
  private refuseRollCall(meeting: Meeting): void {
    if (meeting.date > this.clock.today() || meeting.status === MeetingStatus.CANCELLED) {
      throw badInput(
        meeting.status === MeetingStatus.CANCELLED
          ? 'The meeting was cancelled in advance; it has no roll call.'
          : `The meeting on ${meeting.date} has not been held yet.`,
        { reason: 'MEETING_NOT_HELD', field: 'meetingId', params: { date: meeting.date } },
      );
    }
  }

  /**
   * The roll calls of meetings with each row's membership, chair first as the group's member list shows them. A row
   * whose membership was since archived as made in error counts nowhere, so it is left out.
   */
  async rollCallsOf(meetingIds: readonly string[], em: EntityManager): Promise<Attendance[]> {
    const rows = await em.getRepository(Attendance).find({
      where: { meetingId: In(meetingIds.filter(isId)), membership: { archivedAt: IsNull() } },
      relations: { membership: true },
    });
    return rows.sort((a, b) => byRoleThenStart(a.membership!, b.membership!));
  }

  agendasOf(meetingIds: readonly string[], em: EntityManager): Promise<AgendaItem[]> {
    return em
      .getRepository(AgendaItem)
      .find({ where: { meetingId: In(meetingIds.filter(isId)) }, order: { meetingId: 'ASC', position: 'ASC' } });
  }

  async recordRollCall(actor: Actor, input: RecordRollCallInput): Promise<Meeting> {
    requireRole(actor, REGISTER_KEEPERS, 'record roll calls');
    return this.tx.run(async (em) => {
      const meeting = await this.lockedMeeting(em, input.meetingId, input.expectedVersion, 'meetingId');
      this.refuseClosed(await this.groups.get(meeting.groupId, em), 'meetingId');
      this.refuseRollCall(meeting);
      const rows = await this.checkedRollCall(em, meeting, input.entries, entryField);
      const before = await this.rollCallValues(em, meeting);
      meeting.status = MeetingStatus.HELD;
      if (input.othersPresent) {
        meeting.othersPresent = input.othersPresent.map((name) => name.trim()).filter((name) => name.length > 0);
      }
      const saved = await this.replaceRollCall(em, meeting, rows);
      await this.recordChange(em, actor, 'recordRollCall', saved, before, await this.rollCallValues(em, saved));
      return saved;
    });
  }

  /**
   * Re-takes a stored roll call after its meeting moved to another day, against that day's members: whoever was
   * present must have been a member then (else the move is refused, field `date`); the other members are absent.
   */
  async rollCallMoved(em: EntityManager, meeting: Meeting): Promise<void> {
    const stored = await this.rollCallsOf([meeting.id], em);
    if (!stored.length) return;
    const entries = stored
      .filter((row) => row.present)
      .map((row) => ({
        personId: row.personId,
        present: row.present,
        servingForPersonId: row.servingForPersonId,
      }));
    const rows = await this.checkedRollCall(em, meeting, entries, () => 'date');
    await em.getRepository(Attendance).delete({ meetingId: meeting.id });
    await em.getRepository(Attendance).insert(rows);
  }

  async setAgenda(actor: Actor, input: SetAgendaInput): Promise<Meeting> {
    requireRole(actor, REGISTER_KEEPERS, 'set agendas');
    return this.tx.run(async (em) => {
      const meeting = await this.lockedMeeting(em, input.meetingId, input.expectedVersion, 'meetingId');
      const topicIds = [...new Set(input.items.flatMap((item) => item.topicIds ?? []))];
      const known = new Set(
        (await em.getRepository(Topic).findBy({ id: In(topicIds.filter(isId)) })).map((topic) => topic.id),
      );
      input.items.forEach((item, index) => {
        const unknown = (item.topicIds ?? []).find((id) => !known.has(id));
        if (unknown) throw notFound('Topic', unknown, `items.${index}.topicIds`);
      });
      const before = await this.agendaValues(em, meeting);
      const repo = em.getRepository(AgendaItem);
      await repo.delete({ meetingId: meeting.id });
      if (input.items.length) {
        await repo.insert(
          input.items.map((item, index) => ({
            meetingId: meeting.id,
            position: index + 1,
            title: item.title.trim(),
            topicIds: [...new Set(item.topicIds ?? [])],
            decision: item.decision?.trim() || null,
            paragraph: item.paragraph?.trim() || null,
          })),
        );
      }
      // The items live in their own table; touching the meeting makes the new agenda a new version.
      meeting.updatedAt = new Date();
      const saved = await em.getRepository(Meeting).save(meeting);
      await this.recordChange(em, actor, 'setAgenda', saved, before, await this.agendaValues(em, saved));
      return saved;
    });
  }

  /**
   * The complete roll call the entries describe: one row per member of the group on the meeting day, those not
   * listed absent. Refuses an entry for a non-member or listed twice, and a deputy serving where no deputy can.
   */
  private async checkedRollCall(
    em: EntityManager,
    meeting: Meeting,
    entries: readonly RollCallEntryInput[],
    fieldOf: FieldOf,
  ): Promise<Omit<Attendance, 'id'>[]> {
    const members = new Map<string, Membership>();
    // Sorted chair first: should a person hold two terms that day, the roll call names the higher role.
    for (const m of await this.memberships.forGroups([meeting.groupId], meeting.date, em)) {
      if (!members.has(m.personId)) members.set(m.personId, m);
    }
    const listed = new Map<string, RollCallEntryInput>();
    entries.forEach((entry, index) => {
      if (!members.has(entry.personId)) {
        throw badInput(`The person was not a member of the group on ${meeting.date}.`, {
          reason: 'NOT_A_MEMBER_ON_DAY',
          field: fieldOf(index, 'personId'),
          params: { personId: entry.personId, date: meeting.date },
        });
      }
      if (listed.has(entry.personId)) {
        throw badInput('Each member appears in the roll call once.', {
          reason: 'DUPLICATE',
          field: fieldOf(index, 'personId'),
          params: { personId: entry.personId },
        });
      }
      listed.set(entry.personId, entry);
    });
    const servedFor = new Set<string>();
    entries.forEach((entry, index) => {
      const absentee = entry.servingForPersonId;
      if (!absentee) return;
      const field = fieldOf(index, 'servingForPersonId');
      if (!entry.present || !isDeputy(members.get(entry.personId)!.role)) {
        throw badInput('Only a present deputy ("ersättare") serves for a member.', {
          reason: 'NOT_A_DEPUTY',
          field,
          params: { personId: entry.personId },
        });
      }
      const member = members.get(absentee);
      if (!member || !holdsVotingSeat(member)) {
        throw badInput(`A deputy serves only for a member with a voting seat on ${meeting.date}.`, {
          reason: 'SERVES_FOR_NON_MEMBER',
          field,
          params: { personId: absentee },
        });
      }
      if (listed.get(absentee)?.present) {
        throw badInput('A deputy serves only for a member who is absent.', {
          reason: 'SERVES_FOR_PRESENT_MEMBER',
          field,
          params: { personId: absentee },
        });
      }
      if (servedFor.has(absentee)) {
        throw badInput('One deputy serves for an absent member, not two.', {
          reason: 'SERVED_TWICE',
          field,
          params: { personId: absentee },
        });
      }
      servedFor.add(absentee);
    });
    return [...members.values()].map((m) => ({
      meetingId: meeting.id,
      membershipId: m.id,
      personId: m.personId,
      present: listed.get(m.personId)?.present ?? false,
      servingForPersonId: listed.get(m.personId)?.servingForPersonId ?? null,
      votingSeat: holdsVotingSeat(m),
    }));
  }

  private async replaceRollCall(em: EntityManager, meeting: Meeting, rows: Omit<Attendance, 'id'>[]) {
    await em.getRepository(Attendance).delete({ meetingId: meeting.id });
    if (rows.length) await em.getRepository(Attendance).insert(rows);
    // The rows live in their own table; touching the meeting makes the new roll call a new version.
    meeting.updatedAt = new Date();
    return em.getRepository(Meeting).save(meeting);
  }

  private async rollCallValues(em: EntityManager, meeting: Meeting) {
    const rows = await em
      .getRepository(Attendance)
      .find({ where: { meetingId: meeting.id }, order: { personId: 'ASC' } });
    return {
      ...this.audit.snapshot(meeting),
      rollCall: rows.map((r) => ({
        personId: r.personId,
        present: r.present,
        servingForPersonId: r.servingForPersonId,
      })),
    };
  }

  private async agendaValues(em: EntityManager, meeting: Meeting) {
    const items = await this.agendasOf([meeting.id], em);
    return {
      ...this.audit.snapshot(meeting),
      agenda: items.map(({ position, title, topicIds, decision, paragraph }) => ({
        position,
        title,
        topicIds,
        decision,
        paragraph,
      })),
    };
  }

  private async recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    meeting: Meeting,
    before: object,
    after: object,
  ) {
    await this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.MEETING,
      entityId: meeting.id,
      before,
      after,
      concerns: [{ entityType: AuditEntityType.GROUP, entityId: meeting.groupId }],
    });
  }
}
