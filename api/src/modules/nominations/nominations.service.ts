import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ConnectionData, PageArgs, paginate } from '../../common/connection.js';
import { addDays, addYears, type IsoDate } from '../../common/dates.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { Actor, REGION_PROPOSERS, REGISTER_KEEPERS, requireRole } from '../auth/actor.js';
import { UserRole } from '../auth/user-role.js';
import { GroupStatus, GroupType, typesOfTier } from '../groups/group-type.js';
import { GeographyService } from '../geography/geography.service.js';
import type { Region } from '../geography/region.entity.js';
import type { Group } from '../groups/group.entity.js';
import { GroupsService } from '../groups/groups.service.js';
import { MemberRole, representsRegion, SHARE_ROLES } from '../memberships/member-role.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { PersonsService } from '../persons/persons.service.js';
import { Candidate, Nomination, NominationAction, NominationEvent, NominationStatus } from './nomination.entity.js';
import {
  DecideNominationInput,
  NominationFilter,
  OpenNominationInput,
  OpenRenewalInput,
  ProposeCandidateInput,
  UpdateCandidateInput,
} from './nomination.inputs.js';
import type { NominationWarning } from './warnings.js';

const UNDECIDED = [NominationStatus.OPEN, NominationStatus.REVIEW];

/** The nomination process ("nomineringsprocessen"): open a call, take proposals, review, decide or cancel. */
export class NominationsService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly groups: GroupsService,
    private readonly persons: PersonsService,
    private readonly memberships: MembershipsService,
    private readonly geography: GeographyService,
    private readonly audit: AuditTrail,
  ) {}

  list(filter: NominationFilter | null | undefined, page: PageArgs): Promise<ConnectionData<Nomination>> {
    return paginate(this.filtered(filter), 'dueDate', (n) => n.dueDate, page);
  }

  /** Every nomination matching the filter, by due date: for an export. */
  all(filter: NominationFilter | null | undefined): Promise<Nomination[]> {
    return this.filtered(filter).orderBy('n.dueDate').addOrderBy('n.id').getMany();
  }

  private filtered(filter: NominationFilter | null | undefined) {
    const query = this.db.getRepository(Nomination).createQueryBuilder('n').where('1=1');
    if (filter?.statuses?.length) query.andWhere('n.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.groupId)
      query.andWhere('n.groupId = :groupId', { groupId: isId(filter.groupId) ? filter.groupId : null });
    if (filter?.tier) {
      query
        .innerJoin('groups', 'g', 'g.id = n.groupId')
        .andWhere('g.type IN (:...types)', { types: typesOfTier(filter.tier) });
    }
    if (filter?.regionId) {
      const regionId = isId(filter.regionId) ? filter.regionId : null;
      query.andWhere(
        new Brackets((w) =>
          w
            .where('n.regionId = :regionId', { regionId })
            .orWhere(
              'EXISTS (SELECT 1 FROM candidates c WHERE c."nominationId" = n.id AND c."representedRegionId" = :regionId)',
            ),
        ),
      );
    }
    return query;
  }

  async find(id: string): Promise<Nomination | null> {
    return isId(id) ? this.db.getRepository(Nomination).findOneBy({ id }) : null;
  }

  async findCandidate(id: string): Promise<Candidate | null> {
    return isId(id) ? this.db.getRepository(Candidate).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<Nomination[]> {
    return this.db.getRepository(Nomination).findBy({ id: In(ids.filter(isId)) });
  }

  candidatesOf(nominationIds: readonly string[]): Promise<Candidate[]> {
    return this.db
      .getRepository(Candidate)
      .find({ where: { nominationId: In(nominationIds.filter(isId)) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  eventsOf(nominationIds: readonly string[]): Promise<NominationEvent[]> {
    return this.db
      .getRepository(NominationEvent)
      .find({ where: { nominationId: In(nominationIds.filter(isId)) }, order: { at: 'ASC' } });
  }

  async open(actor: Actor, input: OpenNominationInput): Promise<Nomination> {
    requireRole(actor, REGISTER_KEEPERS, 'open nominations');
    return this.tx.run(async (em) => {
      const group = await this.groups.get(input.groupId, em, 'groupId');
      if (group.status === GroupStatus.CLOSED) {
        throw badInput(`The group "${group.name}" is closed and takes no new members.`, {
          reason: 'GROUP_CLOSED',
          field: 'groupId',
        });
      }
      if (!Number.isInteger(input.seats) || input.seats < 1) {
        throw badInput('A nomination is for at least one seat.', { reason: 'INVALID_SEATS', field: 'seats' });
      }
      if (input.regionId) await this.requireEligibleRegion(em, group, input.regionId, 'regionId');
      const nomination = await em.getRepository(Nomination).save(
        em.getRepository(Nomination).create({
          groupId: group.id,
          role: input.role,
          seats: input.seats,
          dueDate: input.dueDate,
          status: NominationStatus.OPEN,
          regionId: input.regionId ?? null,
          description: input.description ?? null,
          decisionReference: null,
          openedBy: actor.userId,
        }),
      );
      await this.log(em, nomination, actor, NominationAction.OPENED, null);
      await this.recordNomination(em, actor, 'openNomination', null, nomination);
      return nomination;
    });
  }

  async propose(actor: Actor, input: ProposeCandidateInput): Promise<Candidate> {
    requireRole(actor, REGION_PROPOSERS, 'propose candidates');
    if (actor.role === UserRole.REGION_REPRESENTATIVE && input.representedRegionId !== actor.regionId) {
      throw forbidden('A region representative proposes candidates for their own region only.', {
        reason: 'OTHER_REGION',
        field: 'representedRegionId',
      });
    }
    return this.tx.run(async (em) => {
      // One candidacy per person and nomination: the nomination's lock makes the check and the insert one step.
      await this.tx.lock(em, 'nominations', input.nominationId);
      const nomination = await this.get(em, input.nominationId, 'nominationId');
      if (nomination.status !== NominationStatus.OPEN) {
        throw conflict(`The nomination is ${nomination.status.toLowerCase()}; it takes no more candidates.`, {
          reason: 'NOMINATION_NOT_OPEN',
          params: { status: nomination.status },
        });
      }
      const person = await this.persons.get(input.personId, em, 'personId');
      if (person.archivedAt)
        throw badInput(`${person.name} is archived.`, { reason: 'PERSON_ARCHIVED', field: 'personId' });
      await this.requireEligibleRegion(
        em,
        await this.groups.get(nomination.groupId, em),
        input.representedRegionId,
        'representedRegionId',
      );
      if (nomination.regionId && nomination.regionId !== input.representedRegionId) {
        throw badInput("This nomination is for another region's seat.", {
          reason: 'REPRESENTED_REGION_OUTSIDE_OWNER',
          field: 'representedRegionId',
        });
      }
      const existing = await em
        .getRepository(Candidate)
        .findOneBy({ nominationId: nomination.id, personId: person.id, withdrawnAt: IsNull() });
      if (existing) {
        throw conflict(`${person.name} is already a candidate.`, { reason: 'CANDIDATE_EXISTS', field: 'personId' });
      }
      const candidate = await em.getRepository(Candidate).save(
        em.getRepository(Candidate).create({
          nominationId: nomination.id,
          personId: person.id,
          representedRegionId: input.representedRegionId,
          motivation: input.motivation ?? null,
          competence: input.competence ?? null,
          title: input.title ?? person.title,
          managerApproved: input.managerApproved,
          conflictOfInterestDeclared: input.conflictOfInterestDeclared,
          declarationReviewed: false,
          appointed: false,
          withdrawnAt: null,
          proposedBy: actor.userId,
        }),
      );
      await this.log(em, nomination, actor, NominationAction.CANDIDATE_PROPOSED, null, person.id);
      await this.recordCandidate(em, actor, 'proposeCandidate', null, candidate);
      return candidate;
    });
  }

  /** Approvals arrive after the proposal; the proposer's region or a coordinator records them while undecided. */
  async updateCandidate(actor: Actor, input: UpdateCandidateInput): Promise<Candidate> {
    requireRole(actor, REGION_PROPOSERS, 'edit candidates');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'candidates', input.id);
      const candidate = isId(input.id) ? await em.getRepository(Candidate).findOneBy({ id: input.id }) : null;
      if (!candidate) throw notFound('Candidate', input.id);
      requireVersion(candidate, input.expectedVersion, 'candidate');
      if (actor.role === UserRole.REGION_REPRESENTATIVE) {
        if (candidate.representedRegionId !== actor.regionId) {
          throw forbidden("A region representative edits only their own region's candidates.", {
            reason: 'OTHER_REGION',
          });
        }
        if (input.declarationReviewed != null) {
          throw forbidden('The conflict-of-interest review is made by the coordinators.', {
            reason: 'ROLE_NOT_ALLOWED',
          });
        }
      }
      const nomination = await this.get(em, candidate.nominationId);
      if (!UNDECIDED.includes(nomination.status) || candidate.withdrawnAt) {
        throw conflict('The candidate can no longer be changed.', { reason: 'CANDIDATE_CLOSED' });
      }
      const before = this.audit.snapshot(candidate);
      for (const key of ['managerApproved', 'conflictOfInterestDeclared', 'declarationReviewed'] as const) {
        if (input[key] != null) candidate[key] = input[key];
      }
      for (const key of ['motivation', 'competence', 'title'] as const) {
        if (input[key] !== undefined) candidate[key] = input[key] ?? null;
      }
      await em.getRepository(Candidate).save(candidate);
      await this.recordCandidate(em, actor, 'updateCandidate', before, candidate);
      return candidate;
    });
  }

  async withdraw(actor: Actor, candidateId: string): Promise<Candidate> {
    requireRole(actor, REGION_PROPOSERS, 'withdraw candidates');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'candidates', candidateId);
      const candidate = isId(candidateId) ? await em.getRepository(Candidate).findOneBy({ id: candidateId }) : null;
      if (!candidate) throw notFound('Candidate', candidateId);
      if (actor.role === UserRole.REGION_REPRESENTATIVE && candidate.representedRegionId !== actor.regionId) {
        throw forbidden("A region representative withdraws only their own region's candidates.", {
          reason: 'OTHER_REGION',
        });
      }
      const nomination = await this.get(em, candidate.nominationId);
      if (!UNDECIDED.includes(nomination.status) || candidate.withdrawnAt) {
        throw conflict('The candidate can no longer be withdrawn.', { reason: 'CANDIDATE_NOT_WITHDRAWABLE' });
      }
      const before = this.audit.snapshot(candidate);
      candidate.withdrawnAt = new Date();
      await this.log(em, nomination, actor, NominationAction.CANDIDATE_WITHDRAWN, null, candidate.personId);
      await em.getRepository(Candidate).save(candidate);
      await this.recordCandidate(em, actor, 'withdrawCandidate', before, candidate);
      return candidate;
    });
  }

  moveToReview(actor: Actor, id: string): Promise<Nomination> {
    return this.transition(
      actor,
      'moveNominationToReview',
      id,
      [NominationStatus.OPEN],
      NominationStatus.REVIEW,
      NominationAction.MOVED_TO_REVIEW,
      null,
    );
  }

  cancel(actor: Actor, id: string, reason: string | null): Promise<Nomination> {
    return this.transition(
      actor,
      'cancelNomination',
      id,
      UNDECIDED,
      NominationStatus.CANCELLED,
      NominationAction.CANCELLED,
      reason,
    );
  }

  /**
   * Decides a nomination and creates one membership per appointed candidate, all in one transaction. The status
   * moves with a conditional UPDATE, so of two decisions at once exactly one finds the nomination undecided; the
   * other is a CONFLICT and writes nothing.
   */
  async decide(actor: Actor, input: DecideNominationInput): Promise<Nomination> {
    requireRole(actor, REGISTER_KEEPERS, 'decide nominations');
    if (input.endDate && input.endDate < input.startDate) {
      throw badInput(`The end date ${input.endDate} is before the start date ${input.startDate}.`, {
        reason: 'END_BEFORE_START',
        field: 'endDate',
        params: { startDate: input.startDate, endDate: input.endDate },
      });
    }
    return this.tx.run(async (em) => {
      const nomination = await this.get(em, input.nominationId, 'nominationId');
      const appointIds = [...new Set(input.appointCandidateIds)];
      if (appointIds.length === 0 && !input.closeWithoutAppointment) {
        throw badInput('A decision appoints at least one candidate, unless it states closeWithoutAppointment.', {
          reason: 'NO_APPOINTEES',
          field: 'appointCandidateIds',
        });
      }
      if (appointIds.length > 0 && input.closeWithoutAppointment) {
        throw badInput('A decision that closes without appointment appoints nobody.', {
          reason: 'APPOINTEES_WITH_CLOSE',
          field: 'appointCandidateIds',
        });
      }
      if (appointIds.length > nomination.seats) {
        throw badInput(
          `The nomination has ${nomination.seats} seat(s); ${appointIds.length} candidates cannot be appointed.`,
          {
            reason: 'TOO_MANY_APPOINTEES',
            field: 'appointCandidateIds',
            params: { seats: nomination.seats, appointees: appointIds.length },
          },
        );
      }
      const before = this.audit.snapshot(nomination);
      const candidates = await em.getRepository(Candidate).findBy({ nominationId: nomination.id });
      const appointed = appointIds.map((id) => {
        const candidate = candidates.find((c) => c.id === id && !c.withdrawnAt);
        if (!candidate)
          throw badInput(`Candidate ${id} is not a candidate of this nomination.`, {
            reason: 'NOT_A_CANDIDATE',
            field: 'appointCandidateIds',
          });
        if (!candidate.managerApproved || !candidate.conflictOfInterestDeclared) {
          throw badInput(
            "A candidate needs the manager's approval and a conflict-of-interest declaration before appointment.",
            {
              reason: 'CANDIDATE_NOT_CLEARED',
              field: 'appointCandidateIds',
              params: { candidateId: candidate.id },
            },
          );
        }
        return candidate;
      });
      await this.claim(em, nomination, UNDECIDED, NominationStatus.DECIDED);
      for (const candidate of appointed) {
        await this.memberships.addWithin(em, actor, 'decideNomination', {
          groupId: nomination.groupId,
          personId: candidate.personId,
          role: nomination.role,
          representedRegionId: representsRegion(nomination.role) ? candidate.representedRegionId : null,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          note: input.decisionReference ? `Beslut ${input.decisionReference}` : null,
        });
        candidate.appointed = true;
        await em.getRepository(Candidate).save(candidate);
      }
      nomination.decisionReference = input.decisionReference ?? null;
      await em
        .getRepository(Nomination)
        .update({ id: nomination.id }, { decisionReference: nomination.decisionReference });
      await this.log(em, nomination, actor, NominationAction.DECIDED, input.decisionReference ?? null);
      const decided = await this.get(em, nomination.id);
      await this.recordNomination(em, actor, 'decideNomination', before, decided);
      return decided;
    });
  }

  /**
   * Opens a nomination to renew a term: the same group, role and region's seat, with the incumbent proposed. The
   * incumbent's approvals are not carried over: a new term needs a new approval and declaration.
   */
  async openRenewal(actor: Actor, input: OpenRenewalInput): Promise<Nomination> {
    const membership = await this.memberships.find(input.membershipId);
    if (!membership || membership.archivedAt) throw notFound('Membership', input.membershipId, 'membershipId');
    const nomination = await this.open(actor, {
      groupId: membership.groupId,
      role: membership.role,
      seats: 1,
      dueDate: input.dueDate,
      regionId: membership.representedRegionId,
      description: membership.endDate ? `Förnyelse av uppdrag som löper ut ${membership.endDate}.` : null,
    });
    if (membership.representedRegionId) {
      await this.propose(actor, {
        nominationId: nomination.id,
        personId: membership.personId,
        representedRegionId: membership.representedRegionId,
        managerApproved: false,
        conflictOfInterestDeclared: false,
        motivation: 'Nuvarande innehavare av platsen.',
      });
    }
    return nomination;
  }

  /** Whether the actor may withdraw this candidate: coordinators any, a region representative their region's, while undecided. */
  mayWithdraw(actor: Actor, candidate: Candidate, nomination: Nomination): boolean {
    if (!REGION_PROPOSERS.includes(actor.role) || candidate.withdrawnAt || !UNDECIDED.includes(nomination.status))
      return false;
    return actor.role !== UserRole.REGION_REPRESENTATIVE || candidate.representedRegionId === actor.regionId;
  }

  /**
   * The undecided nomination that would fill this seat allocation, oldest first: one of the group's for any region,
   * for the allocation's region, or (a national group's seat of a healthcare region) for one of its regions. A vacancy
   * links to it instead of offering a second.
   */
  /** The undecided nominations of the groups, oldest first: what `forSeat` picks from, one query for many seats. */
  async runningOfGroups(groupIds: readonly string[]): Promise<Nomination[]> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return [];
    return this.db
      .getRepository(Nomination)
      .find({ where: { groupId: In(ids), status: In(UNDECIDED) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The undecided nomination that would fill a seat, from its group's running nominations (oldest first): the first
   * one open to every region or to one of the seat's regions (the region itself, or a healthcare region's regions).
   */
  pickForSeat(
    seat: { regionId: string | null },
    running: readonly Nomination[],
    regionsOfHealthcareRegion: readonly string[],
  ): Nomination | null {
    const seatRegions = seat.regionId ? [seat.regionId] : regionsOfHealthcareRegion;
    return running.find((n) => !n.regionId || seatRegions.includes(n.regionId)) ?? null;
  }

  /** `pickForSeat` for one seat, reading what it needs: the API batches this through its loaders instead. */
  async runningForSeat(seat: {
    groupId: string;
    regionId: string | null;
    healthcareRegionId: string | null;
  }): Promise<Nomination | null> {
    const running = await this.runningOfGroups([seat.groupId]);
    if (!running.length) return null;
    const regions =
      !seat.regionId && seat.healthcareRegionId
        ? await this.geography.regionsOfHealthcareRegions([seat.healthcareRegionId])
        : [];
    return this.pickForSeat(
      seat,
      running,
      regions.map((r) => r.id),
    );
  }

  /** The regions for which the actor may propose candidates to this nomination: the form offers only these. */
  async regionsActorMayPropose(actor: Actor, nomination: Nomination): Promise<Region[]> {
    if (!REGION_PROPOSERS.includes(actor.role) || !UNDECIDED.includes(nomination.status)) return [];
    const eligible = await this.memberships.eligibleRegions(await this.groups.get(nomination.groupId));
    return eligible.filter(
      (r) =>
        (!nomination.regionId || r.id === nomination.regionId) &&
        (actor.role !== UserRole.REGION_REPRESENTATIVE || r.id === actor.regionId),
    );
  }

  /**
   * What a decision appointing `candidateIds` from `startDate` would leave to weigh: an NPO chair term beyond the
   * three years allowed since 2020, and an NPO or NAG without a member from every healthcare region.
   */
  async warnings(
    nominationId: string,
    candidateIds: readonly string[],
    startDate: IsoDate,
    endDate: IsoDate | null,
  ): Promise<NominationWarning[]> {
    const nomination = await this.get(this.db.manager, nominationId);
    const group = await this.groups.get(nomination.groupId);
    const warnings: NominationWarning[] = [];
    if (group.type === GroupType.NPO && nomination.role === MemberRole.CHAIR) {
      const lastAllowed = addDays(addYears(startDate, 3), -1);
      if (!endDate || endDate > lastAllowed) {
        warnings.push({
          code: 'CHAIR_TERM_TOO_LONG',
          message: `En ordförande i ett NPO sitter högst tre år utan förlängning; uppdraget bör sluta senast ${lastAllowed}.`,
        });
      }
    }
    if (group.type === GroupType.NPO || group.type === GroupType.NAG) {
      const regions = await this.geography.regions();
      const healthcareRegionOf = new Map(regions.map((r) => [r.id, r.healthcareRegionId]));
      const seated = (await this.memberships.forGroups([group.id], startDate)).filter((m) =>
        SHARE_ROLES.includes(m.role),
      );
      const appointees = (await this.candidatesOf([nomination.id])).filter((c) => candidateIds.includes(c.id));
      const represented = new Set(
        [...seated.map((m) => m.representedRegionId), ...appointees.map((c) => c.representedRegionId)].map(
          (id) => id && healthcareRegionOf.get(id),
        ),
      );
      const missing = (await this.geography.healthcareRegions()).filter((hr) => !represented.has(hr.id));
      if (missing.length) {
        warnings.push({
          code: 'HEALTHCARE_REGION_MISSING',
          message: `${group.type} ${group.name} saknar efter beslutet ledamot från ${missing.map((hr) => hr.name).join(', ')}.`,
        });
      }
      if (group.type === GroupType.NAG) {
        const persons = await this.persons.byIds([
          ...seated.map((m) => m.personId),
          ...appointees.map((c) => c.personId),
        ]);
        const recorded = persons.filter((p) => p.gender);
        const largest = Math.max(
          0,
          ...['WOMAN', 'MAN', 'OTHER'].map((g) => recorded.filter((p) => p.gender === g).length),
        );
        // An even balance within 60/40, judged only where at least two members have recorded their gender.
        if (recorded.length >= 2 && largest / recorded.length > 0.6) {
          warnings.push({
            code: 'GENDER_IMBALANCE',
            message: `Könsfördelningen i ${group.type} ${group.name} blir ojämn: ${largest} av ${recorded.length} medlemmar med registrerat kön har samma kön.`,
          });
        }
      }
    }
    return warnings;
  }

  private async transition(
    actor: Actor,
    operation: string,
    id: string,
    from: NominationStatus[],
    to: NominationStatus,
    action: NominationAction,
    detail: string | null,
  ): Promise<Nomination> {
    requireRole(actor, REGISTER_KEEPERS, 'move nominations');
    return this.tx.run(async (em) => {
      const nomination = await this.get(em, id);
      const before = this.audit.snapshot(nomination);
      await this.claim(em, nomination, from, to);
      await this.log(em, nomination, actor, action, detail);
      const moved = await this.get(em, nomination.id);
      await this.recordNomination(em, actor, operation, before, moved);
      return moved;
    });
  }

  /** Moves the status only if it is still one of `from`: the database, not this process, decides who was first. */
  private async claim(
    em: EntityManager,
    nomination: Nomination,
    from: NominationStatus[],
    to: NominationStatus,
  ): Promise<void> {
    const result = await em
      .createQueryBuilder()
      .update(Nomination)
      .set({ status: to, version: () => 'version + 1', updatedAt: () => 'CURRENT_TIMESTAMP' })
      .where('id = :id AND status IN (:...from)', { id: nomination.id, from })
      .execute();
    if (!result.affected) {
      const current = await this.get(em, nomination.id);
      throw conflict(`The nomination is already ${current.status.toLowerCase()}.`, {
        reason: 'NOMINATION_STATUS',
        params: { status: current.status },
      });
    }
    nomination.status = to;
  }

  private async log(
    em: EntityManager,
    nomination: Nomination,
    actor: Actor,
    action: NominationAction,
    detail: string | null,
    personId: string | null = null,
  ) {
    await em.getRepository(NominationEvent).insert({
      nominationId: nomination.id,
      action,
      status: nomination.status,
      detail,
      personId,
      actorUserId: actor.userId,
    });
  }

  private recordNomination(
    em: EntityManager,
    actor: Actor,
    operation: string,
    before: object | null,
    nomination: Nomination,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.NOMINATION,
      entityId: nomination.id,
      before,
      after: nomination,
      concerns: [{ entityType: AuditEntityType.GROUP, entityId: nomination.groupId }],
    });
  }

  /** A candidate's changes belong to the nomination's history and to the person's. */
  private recordCandidate(
    em: EntityManager,
    actor: Actor,
    operation: string,
    before: object | null,
    candidate: Candidate,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.CANDIDATE,
      entityId: candidate.id,
      before,
      after: candidate,
      concerns: [
        { entityType: AuditEntityType.NOMINATION, entityId: candidate.nominationId },
        { entityType: AuditEntityType.PERSON, entityId: candidate.personId },
      ],
    });
  }

  private async get(em: EntityManager, id: string, field?: string): Promise<Nomination> {
    const nomination = isId(id) ? await em.getRepository(Nomination).findOneBy({ id }) : null;
    if (!nomination) throw notFound('Nomination', id, field);
    return nomination;
  }

  private async requireEligibleRegion(em: EntityManager, group: Group, regionId: string, field: string): Promise<void> {
    const eligible = await this.memberships.eligibleRegions(group, em);
    if (!eligible.some((r) => r.id === regionId)) {
      if (!isId(regionId)) throw notFound('Region', regionId, field);
      throw badInput(`The region cannot hold a seat in "${group.name}".`, {
        reason: 'REPRESENTED_REGION_OUTSIDE_OWNER',
        field,
      });
    }
  }
}
