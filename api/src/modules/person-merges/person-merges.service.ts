import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { badInput, conflict } from '../../common/errors.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType, AuditEvent, AuditSubject } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { Dialogue } from '../dialogues/dialogue.entity.js';
import { Group } from '../groups/group.entity.js';
import { Attendance } from '../meetings/meeting.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Candidate, NominationEvent } from '../nominations/nomination.entity.js';
import { Person } from '../persons/person.entity.js';
import type { PersonsService } from '../persons/persons.service.js';
import { type DuplicateSuggestionData, suggestDuplicates } from './duplicate-suggestions.js';
import type { MergePersonsInput } from './person-merge.types.js';

export interface PersonMergeData {
  id: string;
  kept: Person;
  merged: Person;
  mergedAt: Date;
  movedMemberships: number;
  movedCandidacies: number;
}

/** The fields a kept record takes from the merged one where it has none itself. */
const FILLED_FIELDS = ['email', 'title', 'gender', 'profession', 'careLevel'] as const;

/** Rows per INSERT of copied history subjects: below SQLite's limit of bound variables. */
const SUBJECTS_PER_INSERT = 300;

/** The largest number of suggestions one request may ask for. */
const MAX_SUGGESTIONS = 100;

/**
 * Duplicate persons: suggestions of records that may be one person, and the merge that moves everything one record
 * holds to the other. The merged record stays, archived and pointing at the kept one (`mergedIntoId`), so that the
 * history and the register extract can still name it.
 */
export class PersonMergesService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
    private readonly persons: PersonsService,
  ) {}

  /** Pairs of records that may be one person, best first: a fixed number of statements however large the register. */
  async suggestions(actor: Actor, first: number | null | undefined): Promise<DuplicateSuggestionData[]> {
    requireRole(actor, REGISTER_KEEPERS, 'see duplicate persons');
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
      throw badInput(`first must be a whole number from 1 to ${MAX_SUGGESTIONS}.`, {
        reason: 'INVALID_PAGE_SIZE',
        field: 'first',
        params: { max: MAX_SUGGESTIONS },
      });
    }
    const persons = await this.db.getRepository(Person).findBy({ mergedIntoId: IsNull(), erasedAt: IsNull() });
    const seats: { personId: string; groupId: string }[] = await this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .select(['m.personId AS "personId"', 'm.groupId AS "groupId"'])
      .distinct(true)
      .where('m.archivedAt IS NULL')
      .getRawMany();
    return suggestDuplicates(persons, seats).slice(0, limit);
  }

  /** The records merged into these persons, oldest merge first: one statement per batch of persons. */
  formerRecordsOf(personIds: readonly string[]): Promise<Person[]> {
    return this.db
      .getRepository(Person)
      .find({ where: { mergedIntoId: In([...personIds]) }, order: { archivedAt: 'ASC', id: 'ASC' } });
  }

  /** When each of these former records was merged, from the merge's event on it. */
  async mergedAt(personIds: readonly string[]): Promise<Map<string, Date>> {
    if (!personIds.length) return new Map();
    const events = await this.db.getRepository(AuditEvent).find({
      where: { entityType: AuditEntityType.PERSON, entityId: In([...personIds]), operation: 'mergePersons' },
      order: { at: 'ASC' },
    });
    return new Map(events.map((e) => [e.entityId, new Date(e.at)]));
  }

  async merge(actor: Actor, input: MergePersonsInput): Promise<PersonMergeData> {
    requireRole(actor, REGISTER_KEEPERS, 'merge persons');
    if (input.keepId === input.mergeId) {
      throw badInput('A person cannot be merged with themself.', { reason: 'SAME_PERSON', field: 'mergeId' });
    }
    return this.tx.run(async (em) => {
      // Both rows, in one order whichever way round the merge goes: A→B and B→A at once cannot deadlock, and the
      // second finds the first's work done.
      for (const id of [input.keepId, input.mergeId].sort()) await this.tx.lock(em, 'persons', id);
      const kept = await this.persons.get(input.keepId, em, 'keepId');
      const merged = await this.persons.get(input.mergeId, em, 'mergeId');
      for (const [person, field] of [
        [kept, 'keepId'],
        [merged, 'mergeId'],
      ] as const) {
        if (person.mergedIntoId) {
          throw conflict(`${person.name} has already been merged into another record.`, {
            reason: 'PERSON_MERGED',
            field,
          });
        }
        if (person.erasedAt) {
          throw conflict("The person's data has been erased; the record can no longer be merged.", {
            reason: 'PERSON_ERASED',
            field,
          });
        }
      }
      requireVersion(kept, input.keepVersion, 'person');
      requireVersion(merged, input.mergeVersion, 'person');
      await this.refuseOverlap(em, kept, merged);
      return this.mergeWithin(em, actor, kept, merged);
    });
  }

  /** MERGE_OVERLAP when a term of the merged record overlaps one of the kept person's in the same group. */
  private async refuseOverlap(em: EntityManager, kept: Person, merged: Person): Promise<void> {
    const overlap = await em
      .getRepository(Membership)
      .createQueryBuilder('a')
      .innerJoin(Membership, 'b', 'b.groupId = a.groupId AND b.personId = :kept AND b.archivedAt IS NULL', {
        kept: kept.id,
      })
      .innerJoin(Group, 'g', 'g.id = a.groupId')
      .select(['g.name AS "group"', 'a.groupId AS "groupId"'])
      .where('a.personId = :merged AND a.archivedAt IS NULL', { merged: merged.id })
      .andWhere('(a.endDate IS NULL OR a.endDate >= b.startDate)')
      .andWhere('(b.endDate IS NULL OR b.endDate >= a.startDate)')
      .orderBy('g.name', 'ASC')
      .limit(1)
      .getRawOne<{ group: string; groupId: string }>();
    if (overlap) {
      throw conflict(`${kept.name} and ${merged.name} have overlapping terms in "${overlap.group}".`, {
        reason: 'MERGE_OVERLAP',
        params: { group: overlap.group, groupId: overlap.groupId },
      });
    }
  }

  private async mergeWithin(em: EntityManager, actor: Actor, kept: Person, merged: Person): Promise<PersonMergeData> {
    const mergedAt = new Date();
    const movedMemberships = await em.getRepository(Membership).countBy({ personId: merged.id });
    if (movedMemberships) {
      await em.getRepository(Membership).update({ personId: merged.id }, { personId: kept.id });
    }
    const candidacies = await this.moveCandidacies(em, actor, kept, merged);
    await em.getRepository(NominationEvent).update({ personId: merged.id }, { personId: kept.id });
    await em.getRepository(Attendance).update({ personId: merged.id }, { personId: kept.id });
    await em.getRepository(Attendance).update({ servingForPersonId: merged.id }, { servingForPersonId: kept.id });
    const dialogues = await this.moveDialogueParticipation(em, kept, merged);
    // Records merged into this one earlier become former records of the kept person too.
    const earlier = await em.getRepository(Person).countBy({ mergedIntoId: merged.id });
    if (earlier) await em.getRepository(Person).update({ mergedIntoId: merged.id }, { mergedIntoId: kept.id });
    const history = await this.shareHistory(em, kept, merged);

    const keptBefore = this.audit.snapshot(kept);
    const mergedBefore = this.audit.snapshot(merged);
    const emailKey = merged.emailKey;
    Object.assign(merged, { mergedIntoId: kept.id, archivedAt: merged.archivedAt ?? mergedAt, emailKey: null });
    // The merged record lets go of its address first: the kept one may take it, and the address is unique.
    await em.getRepository(Person).save(merged);
    for (const field of FILLED_FIELDS) {
      if (kept[field] === null && merged[field] !== null) Object.assign(kept, { [field]: merged[field] });
    }
    if (!kept.emailKey && emailKey) kept.emailKey = emailKey;
    if (!kept.employerRegionId && !kept.employerOrganisationId) {
      kept.employerRegionId = merged.employerRegionId;
      kept.employerOrganisationId = merged.employerOrganisationId;
    }
    await em.getRepository(Person).save(kept);

    const moved = {
      memberships: movedMemberships,
      candidacies: candidacies.moved,
      candidaciesWithdrawn: candidacies.withdrawn,
      dialogues,
      formerRecords: earlier + 1,
      historyEvents: history,
    };
    const event = await this.audit.record(em, actor, {
      operation: 'mergePersons',
      entityType: AuditEntityType.PERSON,
      entityId: kept.id,
      before: keptBefore,
      after: { ...this.audit.snapshot(kept), mergedFrom: merged.id, moved },
      concerns: [{ entityType: AuditEntityType.PERSON, entityId: merged.id }],
    });
    await this.audit.record(em, actor, {
      operation: 'mergePersons',
      entityType: AuditEntityType.PERSON,
      entityId: merged.id,
      before: mergedBefore,
      after: merged,
      concerns: [{ entityType: AuditEntityType.PERSON, entityId: kept.id }],
    });
    return {
      id: event.id,
      kept,
      merged,
      mergedAt,
      movedMemberships,
      movedCandidacies: candidacies.moved,
    };
  }

  /**
   * Moves the merged record's candidacies. Where both were active candidates in one nomination, one is kept (the
   * appointed one, else the kept person's) and the other withdrawn, with an event on it.
   */
  private async moveCandidacies(em: EntityManager, actor: Actor, kept: Person, merged: Person) {
    const rows = await em.getRepository(Candidate).findBy({ personId: In([kept.id, merged.id]) });
    const active = rows.filter((c) => !c.withdrawnAt);
    let withdrawn = 0;
    for (const candidacy of active.filter((c) => c.personId === merged.id)) {
      const twin = active.find((c) => c.personId === kept.id && c.nominationId === candidacy.nominationId);
      if (!twin) continue;
      const loser = candidacy.appointed && !twin.appointed ? twin : candidacy;
      const before = this.audit.snapshot(loser);
      loser.withdrawnAt = new Date();
      await em.getRepository(Candidate).save(loser);
      await this.audit.record(em, actor, {
        operation: 'mergePersons',
        entityType: AuditEntityType.CANDIDATE,
        entityId: loser.id,
        before,
        after: loser,
        concerns: [
          { entityType: AuditEntityType.NOMINATION, entityId: loser.nominationId },
          { entityType: AuditEntityType.PERSON, entityId: kept.id },
        ],
      });
      withdrawn++;
    }
    const moved = rows.filter((c) => c.personId === merged.id).length;
    if (moved) await em.getRepository(Candidate).update({ personId: merged.id }, { personId: kept.id });
    return { moved, withdrawn };
  }

  /** Dialogues list their participants by person id: the merged id becomes the kept one (once). */
  private async moveDialogueParticipation(em: EntityManager, kept: Person, merged: Person): Promise<number> {
    const dialogues = await em
      .getRepository(Dialogue)
      .createQueryBuilder('d')
      .where('d.participantIds LIKE :pattern', { pattern: `%"${merged.id}"%` })
      .getMany();
    for (const dialogue of dialogues) {
      const ids = dialogue.participantIds.map((id) => (id === merged.id ? kept.id : id));
      await em.getRepository(Dialogue).update({ id: dialogue.id }, { participantIds: [...new Set(ids)] });
    }
    return dialogues.length;
  }

  /**
   * The merged record's history becomes part of the kept person's: every event about the merged record is also filed
   * under the kept person, so that the kept person's history and register extract list it.
   */
  private async shareHistory(em: EntityManager, kept: Person, merged: Person): Promise<number> {
    const subjects = em.getRepository(AuditSubject);
    const own = new Set(
      (await subjects.findBy({ entityType: AuditEntityType.PERSON, entityId: kept.id })).map((s) => s.eventId),
    );
    const shared = (await subjects.findBy({ entityType: AuditEntityType.PERSON, entityId: merged.id }))
      .filter((s) => !own.has(s.eventId))
      .map((s) => ({ eventId: s.eventId, entityType: AuditEntityType.PERSON, entityId: kept.id }));
    for (let i = 0; i < shared.length; i += SUBJECTS_PER_INSERT)
      await subjects.insert(shared.slice(i, i + SUBJECTS_PER_INSERT));
    return shared.length;
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    personMerges: PersonMergesService;
  }
}
