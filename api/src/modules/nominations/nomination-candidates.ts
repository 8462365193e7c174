/**
 * The candidates of a nomination: proposing, editing (the approvals arriving after the proposal) and withdrawing
 * them, and what an actor may do with them.
 */
import { type EntityManager, IsNull } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGION_PROPOSERS, requireRole } from '../../common/actor.js';
import type { Region } from '../geography/region.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import type { PersonsService } from '../persons/persons.service.js';
import { Candidate, type Nomination, NominationAction, NominationStatus } from './nomination.entity.js';
import type { ProposeCandidateInput, UpdateCandidateInput } from './nomination.inputs.js';
import {
  candidateIsOpen,
  mayProposeCandidates,
  mayReviewDeclaration,
  speaksForRegion,
} from './nomination-permissions.js';
import { getNomination, logNominationEvent, requireEligibleRegion } from './nomination-rules.js';

export class NominationCandidates {
  constructor(
    private readonly tx: Transactions,
    private readonly groups: GroupsService,
    private readonly persons: PersonsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {}

  async propose(actor: Actor, input: ProposeCandidateInput): Promise<Candidate> {
    requireRole(actor, REGION_PROPOSERS, 'propose candidates');
    if (!speaksForRegion(actor, input.representedRegionId)) {
      throw forbidden('A region representative proposes candidates for their own region only.', {
        reason: 'OTHER_REGION',
        field: 'representedRegionId',
      });
    }
    return this.tx.run(async (em) => {
      // One candidacy per person and nomination: the nomination's lock makes the check and the insert one step.
      await this.tx.lock(em, 'nominations', input.nominationId);
      const nomination = await getNomination(em, input.nominationId, 'nominationId');
      if (nomination.status !== NominationStatus.OPEN) {
        throw conflict(`The nomination is ${nomination.status.toLowerCase()}; it takes no more candidates.`, {
          reason: 'NOMINATION_NOT_OPEN',
          params: { status: nomination.status },
        });
      }
      const person = await this.persons.get(input.personId, em, 'personId');
      if (person.archivedAt)
        throw badInput(`${person.name} is archived.`, { reason: 'PERSON_ARCHIVED', field: 'personId' });
      await requireEligibleRegion(
        this.memberships,
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
      await logNominationEvent(em, nomination, actor, NominationAction.CANDIDATE_PROPOSED, null, person.id);
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
      if (!speaksForRegion(actor, candidate.representedRegionId)) {
        throw forbidden("A region representative edits only their own region's candidates.", {
          reason: 'OTHER_REGION',
        });
      }
      const nomination = await getNomination(em, candidate.nominationId);
      if (!candidateIsOpen(candidate, nomination)) {
        throw conflict('The candidate can no longer be changed.', { reason: 'CANDIDATE_CLOSED' });
      }
      if (input.declarationReviewed != null && !mayReviewDeclaration(actor, candidate, nomination)) {
        throw forbidden('The conflict-of-interest review is made by the coordinators.', {
          reason: 'ROLE_NOT_ALLOWED',
        });
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
      if (!speaksForRegion(actor, candidate.representedRegionId)) {
        throw forbidden("A region representative withdraws only their own region's candidates.", {
          reason: 'OTHER_REGION',
        });
      }
      const nomination = await getNomination(em, candidate.nominationId);
      if (!candidateIsOpen(candidate, nomination)) {
        throw conflict('The candidate can no longer be withdrawn.', { reason: 'CANDIDATE_NOT_WITHDRAWABLE' });
      }
      const before = this.audit.snapshot(candidate);
      candidate.withdrawnAt = new Date();
      await logNominationEvent(em, nomination, actor, NominationAction.CANDIDATE_WITHDRAWN, null, candidate.personId);
      await em.getRepository(Candidate).save(candidate);
      await this.recordCandidate(em, actor, 'withdrawCandidate', before, candidate);
      return candidate;
    });
  }

  /** The regions for which the actor may propose candidates to this nomination: the form offers only these. */
  async regionsActorMayPropose(actor: Actor, nomination: Nomination): Promise<Region[]> {
    if (!mayProposeCandidates(actor, nomination)) return [];
    const eligible = await this.memberships.eligibleRegions(await this.groups.get(nomination.groupId));
    return eligible.filter(
      (r) => (!nomination.regionId || r.id === nomination.regionId) && speaksForRegion(actor, r.id),
    );
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
}
