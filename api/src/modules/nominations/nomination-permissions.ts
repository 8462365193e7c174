import { type Actor, REGION_PROPOSERS, REGISTER_KEEPERS } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import { type Candidate, type Nomination, NominationStatus } from './nomination.entity.js';

/**
 * Who may take which step of a nomination, and when: one copy of each rule, pure, for the service to refuse by and for
 * the API to tell the client (`Nomination.viewerMay`, `Candidate.viewerMay`) which controls to show.
 */

/** The statuses in which a nomination is still running: candidates may change, and it may be decided or cancelled. */
export const UNDECIDED_STATUSES: readonly NominationStatus[] = [NominationStatus.OPEN, NominationStatus.REVIEW];

export const isUndecided = (nomination: Pick<Nomination, 'status'>) => UNDECIDED_STATUSES.includes(nomination.status);

const keepsRegister = (actor: Actor) => REGISTER_KEEPERS.includes(actor.role);
const proposes = (actor: Actor) => REGION_PROPOSERS.includes(actor.role);

/** A region representative speaks for their own region only; the register keepers for every region. */
export const speaksForRegion = (actor: Actor, regionId: string) =>
  actor.role !== UserRole.REGION_REPRESENTATIVE || regionId === actor.regionId;

/** Close the call for candidates, OPEN → REVIEW: the register keepers, while it is open. */
const mayMoveToReview = (actor: Actor, nomination: Pick<Nomination, 'status'>) =>
  keepsRegister(actor) && nomination.status === NominationStatus.OPEN;

/** Cancel: the register keepers, while undecided. */
const mayCancel = (actor: Actor, nomination: Pick<Nomination, 'status'>) =>
  keepsRegister(actor) && isUndecided(nomination);

/** Decide, appointing candidates or closing without appointment: the register keepers, while undecided. */
const mayDecide = (actor: Actor, nomination: Pick<Nomination, 'status'>) =>
  keepsRegister(actor) && isUndecided(nomination);

/**
 * Propose candidates: the proposers while the call is OPEN; a region representative only to a call open to every
 * region or to their own region's seat. Which regions exactly also depends on the group's eligible regions
 * (`regionsViewerMayPropose`).
 */
export const mayProposeCandidates = (actor: Actor, nomination: Pick<Nomination, 'status' | 'regionId'>) =>
  proposes(actor) &&
  nomination.status === NominationStatus.OPEN &&
  (!nomination.regionId || speaksForRegion(actor, nomination.regionId));

/** Whether a candidacy can still change at all: its nomination is undecided and it is not withdrawn. */
export const candidateIsOpen = (candidate: Pick<Candidate, 'withdrawnAt'>, nomination: Pick<Nomination, 'status'>) =>
  !candidate.withdrawnAt && isUndecided(nomination);

type CandidateFacts = Pick<Candidate, 'withdrawnAt' | 'representedRegionId'>;

/**
 * Record a candidate's approvals, declaration, motivation, competence or title: the proposers, a region representative
 * only for their own region's candidates, while the candidacy is open.
 */
const mayEditCandidate = (actor: Actor, candidate: CandidateFacts, nomination: Pick<Nomination, 'status'>) =>
  proposes(actor) && speaksForRegion(actor, candidate.representedRegionId) && candidateIsOpen(candidate, nomination);

/** Record that the conflict-of-interest declaration has been reviewed: the register keepers, while open. */
export const mayReviewDeclaration = (actor: Actor, candidate: CandidateFacts, nomination: Pick<Nomination, 'status'>) =>
  keepsRegister(actor) && candidateIsOpen(candidate, nomination);

/** Withdraw a candidacy: coordinators any, a region representative their region's, while the candidacy is open. */
const mayWithdrawCandidate = (actor: Actor, candidate: CandidateFacts, nomination: Pick<Nomination, 'status'>) =>
  proposes(actor) && speaksForRegion(actor, candidate.representedRegionId) && candidateIsOpen(candidate, nomination);

export interface NominationActionFlags {
  moveToReview: boolean;
  cancel: boolean;
  decide: boolean;
  closeWithoutAppointment: boolean;
  proposeCandidate: boolean;
}

/**
 * Every step the actor may take on this nomination now. `hasRegionToPropose`: whether any of the group's eligible
 * regions is one the actor may propose for (`regionsActorMayPropose` is not empty).
 */
export function nominationActions(
  actor: Actor,
  nomination: Pick<Nomination, 'status' | 'regionId'>,
  hasRegionToPropose: boolean,
): NominationActionFlags {
  return {
    moveToReview: mayMoveToReview(actor, nomination),
    cancel: mayCancel(actor, nomination),
    decide: mayDecide(actor, nomination),
    closeWithoutAppointment: mayDecide(actor, nomination),
    proposeCandidate: mayProposeCandidates(actor, nomination) && hasRegionToPropose,
  };
}

export interface CandidateActionFlags {
  edit: boolean;
  reviewDeclaration: boolean;
  withdraw: boolean;
}

/** Every step the actor may take on this candidacy now. */
export function candidateActions(
  actor: Actor,
  candidate: CandidateFacts,
  nomination: Pick<Nomination, 'status'>,
): CandidateActionFlags {
  return {
    edit: mayEditCandidate(actor, candidate, nomination),
    reviewDeclaration: mayReviewDeclaration(actor, candidate, nomination),
    withdraw: mayWithdrawCandidate(actor, candidate, nomination),
  };
}
