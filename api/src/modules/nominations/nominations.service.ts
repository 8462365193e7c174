import { Brackets, type DataSource, In } from 'typeorm';
import { type ConnectionData, type PageArgs, paginate } from '../../common/connection.js';
import type { Clock, IsoDate } from '../../common/dates.js';
import { notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { Actor } from '../../common/actor.js';
import { typesOfTier } from '../groups/group-type.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { Region } from '../geography/region.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import type { PersonsService } from '../persons/persons.service.js';
import { Candidate, Nomination, NominationEvent } from './nomination.entity.js';
import type {
  DecideNominationInput,
  NominationFilter,
  OpenNominationInput,
  OpenRenewalInput,
  ProposeCandidateInput,
  UpdateCandidateInput,
} from './nomination.inputs.js';
import { NominationCandidates } from './nomination-candidates.js';
import { UNDECIDED_STATUSES } from './nomination-permissions.js';
import { candidatesOfNominations } from './nomination-rules.js';
import type { CompositionService } from '../composition/composition.service.js';
import { DecisionWarnings } from './nomination-warnings.js';
import { NominationWorkflow } from './nomination-workflow.js';
import type { NominationWarning } from './warnings.js';

/**
 * The nomination process ("nomineringsprocessen"): open a call, take proposals, review, decide or cancel. The rules of
 * each step live beside it: the workflow in nomination-workflow.ts, the candidates in nomination-candidates.ts, the
 * decision warnings in nomination-warnings.ts. This service is their one entry point; it reads nominations itself and
 * matches running nominations to seats.
 */
export class NominationsService {
  private readonly workflow: NominationWorkflow;
  private readonly candidates: NominationCandidates;
  private readonly decisionWarnings: DecisionWarnings;

  constructor(
    private readonly db: DataSource,
    tx: Transactions,
    groups: GroupsService,
    persons: PersonsService,
    private readonly memberships: MembershipsService,
    private readonly geography: GeographyService,
    audit: AuditTrail,
    composition: CompositionService,
    clock: Clock,
  ) {
    this.workflow = new NominationWorkflow(tx, groups, memberships, audit, clock);
    this.candidates = new NominationCandidates(tx, groups, persons, memberships, audit);
    this.decisionWarnings = new DecisionWarnings(db, composition);
  }

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
    return candidatesOfNominations(this.db.manager, nominationIds);
  }

  eventsOf(nominationIds: readonly string[]): Promise<NominationEvent[]> {
    return this.db
      .getRepository(NominationEvent)
      .find({ where: { nominationId: In(nominationIds.filter(isId)) }, order: { at: 'ASC' } });
  }

  open(actor: Actor, input: OpenNominationInput): Promise<Nomination> {
    return this.workflow.open(actor, input);
  }

  moveToReview(actor: Actor, id: string): Promise<Nomination> {
    return this.workflow.moveToReview(actor, id);
  }

  cancel(actor: Actor, id: string, reason: string | null): Promise<Nomination> {
    return this.workflow.cancel(actor, id, reason);
  }

  decide(actor: Actor, input: DecideNominationInput): Promise<Nomination> {
    return this.workflow.decide(actor, input);
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

  propose(actor: Actor, input: ProposeCandidateInput): Promise<Candidate> {
    return this.candidates.propose(actor, input);
  }

  updateCandidate(actor: Actor, input: UpdateCandidateInput): Promise<Candidate> {
    return this.candidates.updateCandidate(actor, input);
  }

  withdraw(actor: Actor, candidateId: string): Promise<Candidate> {
    return this.candidates.withdraw(actor, candidateId);
  }

  regionsActorMayPropose(actor: Actor, nomination: Nomination): Promise<Region[]> {
    return this.candidates.regionsActorMayPropose(actor, nomination);
  }

  warnings(
    nominationId: string,
    candidateIds: readonly string[],
    startDate: IsoDate,
    endDate: IsoDate | null,
  ): Promise<NominationWarning[]> {
    return this.decisionWarnings.warnings(nominationId, candidateIds, startDate, endDate);
  }

  /** The undecided nominations of the groups, oldest first: what `pickForSeat` picks from, one query for many seats. */
  async runningOfGroups(groupIds: readonly string[]): Promise<Nomination[]> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return [];
    return this.db
      .getRepository(Nomination)
      .find({ where: { groupId: In(ids), status: In(UNDECIDED_STATUSES) }, order: { createdAt: 'ASC', id: 'ASC' } });
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
}

declare module '../../common/context.js' {
  interface RegistryServices {
    nominations: NominationsService;
  }
}
