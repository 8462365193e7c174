/**
 * The nomination's workflow: opening a call, moving it to review, deciding (with the memberships of the appointed) or
 * cancelling it. Each step moves the status, logs an event and records the change.
 */
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../common/dates.js';
import { badInput, conflict } from '../../common/errors.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { GroupStatus } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { representsRegion } from '../memberships/member-role.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { Candidate, Nomination, NominationAction, NominationStatus } from './nomination.entity.js';
import type { DecideNominationInput, OpenNominationInput } from './nomination.inputs.js';
import { UNDECIDED_STATUSES } from './nomination-permissions.js';
import { getNomination, logNominationEvent, requireEligibleRegion } from './nomination-rules.js';

export class NominationWorkflow {
  constructor(
    private readonly tx: Transactions,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

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
      if (input.regionId) await requireEligibleRegion(this.memberships, em, group, input.regionId, 'regionId');
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
      await logNominationEvent(em, nomination, actor, NominationAction.OPENED, null);
      await this.recordNomination(em, actor, 'openNomination', null, nomination);
      return nomination;
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
      UNDECIDED_STATUSES,
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
      const nomination = await getNomination(em, input.nominationId, 'nominationId');
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
      await this.claim(em, nomination, UNDECIDED_STATUSES, NominationStatus.DECIDED);
      for (const candidate of appointed) {
        await this.memberships.addWithin(em, actor, 'decideNomination', {
          groupId: nomination.groupId,
          personId: candidate.personId,
          role: nomination.role,
          representedRegionId: representsRegion(nomination.role) ? candidate.representedRegionId : null,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          note: input.decisionReference ? `Beslut ${input.decisionReference}` : null,
          // The declaration reviewed in the nomination ("jävsprövning") is the member's first review, made before today's decision.
          interestsReviewedOn: candidate.declarationReviewed ? this.clock.today() : null,
        });
        candidate.appointed = true;
        await em.getRepository(Candidate).save(candidate);
      }
      nomination.decisionReference = input.decisionReference ?? null;
      await em
        .getRepository(Nomination)
        .update({ id: nomination.id }, { decisionReference: nomination.decisionReference });
      await logNominationEvent(em, nomination, actor, NominationAction.DECIDED, input.decisionReference ?? null);
      const decided = await getNomination(em, nomination.id);
      await this.recordNomination(em, actor, 'decideNomination', before, decided);
      return decided;
    });
  }

  private async transition(
    actor: Actor,
    operation: string,
    id: string,
    from: readonly NominationStatus[],
    to: NominationStatus,
    action: NominationAction,
    detail: string | null,
  ): Promise<Nomination> {
    requireRole(actor, REGISTER_KEEPERS, 'move nominations');
    return this.tx.run(async (em) => {
      const nomination = await getNomination(em, id);
      const before = this.audit.snapshot(nomination);
      await this.claim(em, nomination, from, to);
      await logNominationEvent(em, nomination, actor, action, detail);
      const moved = await getNomination(em, nomination.id);
      await this.recordNomination(em, actor, operation, before, moved);
      return moved;
    });
  }

  /** Moves the status only if it is still one of `from`: the database, not this process, decides who was first. */
  private async claim(
    em: EntityManager,
    nomination: Nomination,
    from: readonly NominationStatus[],
    to: NominationStatus,
  ): Promise<void> {
    const result = await em
      .createQueryBuilder()
      .update(Nomination)
      .set({ status: to, version: () => 'version + 1', updatedAt: () => 'CURRENT_TIMESTAMP' })
      .where('id = :id AND status IN (:...from)', { id: nomination.id, from })
      .execute();
    if (!result.affected) {
      const current = await getNomination(em, nomination.id);
      throw conflict(`The nomination is already ${current.status.toLowerCase()}.`, {
        reason: 'NOMINATION_STATUS',
        params: { status: current.status },
      });
    }
    nomination.status = to;
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
}
