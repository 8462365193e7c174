import { Brackets, type DataSource, type EntityManager, In } from 'typeorm';
import { type ConnectionData, type PageArgs, paginate, searchKey } from '../../common/connection.js';
import { addYears, type Clock } from '../../common/dates.js';
import { conflict } from '../../common/errors.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { Dialogue } from '../dialogues/dialogue.entity.js';
import { eraseFromImports } from '../imports/import-erasure.js';
import { Group } from '../groups/group.entity.js';
import { Attendance, Meeting } from '../meetings/meeting.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Candidate, Nomination, NominationEvent } from '../nominations/nomination.entity.js';
import { Person } from '../persons/person.entity.js';
import type { PersonsService } from '../persons/persons.service.js';

export interface PersonRegisterExtractData {
  generatedAt: Date;
  person: Person;
  memberships: Membership[];
  candidacies: Candidate[];
  dialogues: Dialogue[];
  attendance: Attendance[];
  history: AuditEvent[];
  /** The duplicate records merged into the person, with when and their own history. */
  formerRecords: { person: Person; mergedAt: Date | null; history: AuditEvent[] }[];
  /** Everything above as one JSON document, with group names spelled out, for the person to keep. */
  document: Record<string, unknown>;
}

/** The label an erased person's name becomes: neutral, yet telling erased records apart in lists. */
export const erasedLabel = (personId: string) => `Raderad person ${personId.slice(0, 8)}`;

/**
 * The register's duties towards the persons in it under the GDPR: a register extract ("registerutdrag") of all
 * data held about a person, erasure that keeps the statistics, and a list of persons whose data may no longer
 * be needed.
 */
export class PrivacyService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly persons: PersonsService,
    private readonly audit: AuditTrail,
    private readonly reviewYears: number,
  ) {}

  async extract(actor: Actor, personId: string): Promise<PersonRegisterExtractData> {
    requireRole(actor, REGISTER_KEEPERS, 'produce register extracts');
    const person = await this.persons.get(personId, undefined, 'personId');
    const [memberships, candidacies, dialogues, attendance, history] = await Promise.all([
      this.db
        .getRepository(Membership)
        .find({ where: { personId: person.id }, order: { startDate: 'ASC', id: 'ASC' } }),
      this.db.getRepository(Candidate).find({ where: { personId: person.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.db
        .getRepository(Dialogue)
        .createQueryBuilder('d')
        .where('d.participantIds LIKE :pattern', { pattern: `%"${person.id}"%` })
        .orderBy('d.heldOn', 'ASC')
        .getMany(),
      this.db
        .getRepository(Attendance)
        .createQueryBuilder('a')
        .innerJoin(Meeting, 'm', 'm.id = a.meetingId')
        .where('a.personId = :id', { id: person.id })
        .orderBy('m.date', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany(),
      this.audit.eventsConcerning(AuditEntityType.PERSON, person.id),
    ]);
    const formerRecords = await this.formerRecords(person);
    const meetings = new Map(
      (await this.db.getRepository(Meeting).findBy({ id: In(attendance.map((a) => a.meetingId)) })).map((m) => [
        m.id,
        m,
      ]),
    );
    const nominations = await this.db
      .getRepository(Nomination)
      .findBy({ id: In(candidacies.map((c) => c.nominationId)) });
    const groupIds = [
      ...memberships.map((m) => m.groupId),
      ...nominations.map((n) => n.groupId),
      ...dialogues.map((d) => d.groupId),
      ...[...meetings.values()].map((m) => m.groupId),
    ];
    const groups = new Map(
      (await this.db.getRepository(Group).findBy({ id: In(groupIds) })).map((g) => [g.id, `${g.type} ${g.name}`]),
    );
    const nominationGroup = new Map(nominations.map((n) => [n.id, groups.get(n.groupId) ?? n.groupId]));
    const generatedAt = new Date();
    const document = {
      title: 'Registerutdrag ur kunskapsstyrningsregistret',
      generatedAt: generatedAt.toISOString(),
      person: this.audit.snapshot(person),
      memberships: memberships.map((m) => ({ group: groups.get(m.groupId), ...this.audit.snapshot(m) })),
      candidacies: candidacies.map((c) => ({ group: nominationGroup.get(c.nominationId), ...this.audit.snapshot(c) })),
      dialogues: dialogues.map((d) => ({ group: groups.get(d.groupId), heldOn: d.heldOn, year: d.year })),
      attendance: attendance.map((a) => {
        const meeting = meetings.get(a.meetingId)!;
        return {
          group: groups.get(meeting.groupId),
          meetingDate: meeting.date,
          present: a.present,
          servingForPersonId: a.servingForPersonId,
        };
      }),
      history: history.map((e) => this.historyEntry(e)),
      formerRecords: formerRecords.map((f) => ({
        name: f.person.name,
        email: f.person.email,
        mergedAt: f.mergedAt?.toISOString() ?? null,
        person: this.audit.snapshot(f.person),
        history: f.history.map((e) => this.historyEntry(e)),
      })),
    };
    // That an extract was made is part of the person's history, and of the history of the user who made it.
    await this.tx.run((em) =>
      this.audit.recordAccess(em, actor, {
        operation: 'personRegisterExtract',
        entityType: AuditEntityType.PERSON,
        entityId: person.id,
        concerns: [{ entityType: AuditEntityType.USER, entityId: actor.userId }],
        read: {
          memberships: memberships.length,
          candidacies: candidacies.length,
          dialogues: dialogues.length,
          attendance: attendance.length,
          historyEvents: history.length,
          formerRecords: formerRecords.length,
        },
      }),
    );
    return { generatedAt, person, memberships, candidacies, dialogues, attendance, history, formerRecords, document };
  }

  private historyEntry(e: AuditEvent) {
    return { at: e.at, by: e.actorLabel, operation: e.operation, changes: this.audit.changes(e) };
  }

  /** The records merged into the person (see person-merges), each with when it was merged and its own history. */
  private async formerRecords(person: Person): Promise<PersonRegisterExtractData['formerRecords']> {
    const records = await this.db
      .getRepository(Person)
      .find({ where: { mergedIntoId: person.id }, order: { archivedAt: 'ASC', id: 'ASC' } });
    return Promise.all(
      records.map(async (record) => {
        const history = await this.audit.eventsConcerning(AuditEntityType.PERSON, record.id);
        const merge = history.filter((e) => e.operation === 'mergePersons' && e.entityId === record.id).at(-1);
        return { person: record, mergedAt: merge ? new Date(merge.at) : null, history };
      }),
    );
  }

  /**
   * Erases a person's personal data: name, e-mail, title and gender, the free text of their candidacies, the
   * same values in the history, and the uploaded rows and file names of imports that name them; the same for every
   * record merged into the person. Their seats and the decisions stay, so every count and share keeps its number.
   * A person who holds a seat now or later is refused: end the terms first.
   */
  async erase(actor: Actor, personId: string): Promise<Person> {
    requireRole(actor, REGISTER_KEEPERS, 'erase persons');
    return this.tx.run(async (em) => {
      // Locked like an edit, so that an edit made at the same moment cannot write an erased name back.
      await this.tx.lock(em, 'persons', personId);
      const person = await this.persons.get(personId, em, 'personId');
      if (person.erasedAt) throw conflict("The person's data is already erased.", { reason: 'PERSON_ERASED' });
      const today = this.clock.today();
      const seated = await em
        .getRepository(Membership)
        .createQueryBuilder('m')
        .where('m.personId = :id AND m.archivedAt IS NULL', { id: person.id })
        .andWhere(new Brackets((w) => w.where('m.endDate IS NULL').orWhere('m.endDate >= :today', { today })))
        .getCount();
      if (seated) {
        throw conflict(`${person.name} holds a seat today or later; end the terms before erasing the person.`, {
          reason: 'PERSON_HAS_SEAT',
          params: { seats: seated },
        });
      }
      // Records merged into the person are the same person's data: they are erased with it.
      const formerRecords = await em.getRepository(Person).findBy({ mergedIntoId: person.id });
      for (const record of [person, ...formerRecords.filter((r) => !r.erasedAt)]) await this.eraseRecord(em, record);
      // The event holds only the erased state: recording the values before would copy what was just erased.
      await this.audit.record(em, actor, {
        operation: 'erasePerson',
        entityType: AuditEntityType.PERSON,
        entityId: person.id,
        after: person,
        concerns: formerRecords.map((r) => ({ entityType: AuditEntityType.PERSON, entityId: r.id })),
      });
      return person;
    });
  }

  /** Replaces one record's personal data with its neutral label, in the record, its candidacies, imports and history. */
  private async eraseRecord(em: EntityManager, person: Person): Promise<void> {
    const label = erasedLabel(person.id);
    const candidacies = await em.getRepository(Candidate).findBy({ personId: person.id });
    if (candidacies.length) {
      await em
        .getRepository(Candidate)
        .update({ personId: person.id }, { motivation: null, competence: null, title: null });
      // The nomination log names candidates in its text; those mentions become the label.
      await em
        .getRepository(NominationEvent)
        .update({ nominationId: In(candidacies.map((c) => c.nominationId)), detail: person.name }, { detail: label });
    }
    await eraseFromImports(em, await this.namesOf(em, person), label);
    await this.audit.erasePersonalData(em, person.id, label);
    Object.assign(person, {
      name: label,
      searchKey: searchKey(label),
      email: null,
      emailKey: null,
      title: null,
      gender: null,
      archivedAt: person.archivedAt ?? new Date(),
      erasedAt: new Date(),
    });
    await em.getRepository(Person).save(person);
  }

  /** Every name and e-mail address the person has had, from the person's own events in the audit trail. */
  private async namesOf(em: EntityManager, person: Person): Promise<string[]> {
    const events = await em
      .getRepository(AuditEvent)
      .findBy({ entityType: AuditEntityType.PERSON, entityId: person.id });
    const names = [person.name, person.email ?? ''];
    for (const event of events) {
      for (const stored of [event.before, event.after]) {
        const values = stored ? (JSON.parse(stored) as { name?: unknown; email?: unknown }) : {};
        for (const value of [values.name, values.email]) if (typeof value === 'string') names.push(value);
      }
    }
    return names;
  }

  /**
   * Persons with no seat and no candidacy for `years` (default the configured review period): their data may no
   * longer be needed, so a coordinator reviews whether to erase them.
   */
  /** The configured review period: years without a seat or candidacy before a person is listed for review. */
  defaultReviewYears(actor: Actor): number {
    requireRole(actor, REGISTER_KEEPERS, 'review persons for erasure');
    return this.reviewYears;
  }

  async forReview(actor: Actor, years: number | null | undefined, page: PageArgs): Promise<ConnectionData<Person>> {
    requireRole(actor, REGISTER_KEEPERS, 'review persons for erasure');
    const cutoff = addYears(this.clock.today(), -(years ?? this.reviewYears));
    const query = this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.erasedAt IS NULL AND p.mergedIntoId IS NULL')
      .andWhere('p.createdAt < :cutoff', { cutoff })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM memberships m WHERE m."personId" = p.id AND m."archivedAt" IS NULL
          AND (m."endDate" IS NULL OR m."endDate" >= :cutoff))`,
      )
      .andWhere(`NOT EXISTS (SELECT 1 FROM candidates c WHERE c."personId" = p.id AND c."createdAt" >= :cutoff)`);
    return paginate(query, 'searchKey', (p) => p.searchKey, page);
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    privacy: PrivacyService;
  }
}
