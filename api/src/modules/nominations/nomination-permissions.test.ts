import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import type { Actor } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import { MemberRole } from '../memberships/member-role.js';
import type { Candidate, Nomination } from './nomination.entity.js';
import { candidateActions, mayProposeCandidates, nominationActions } from './nomination-permissions.js';

/**
 * What `viewerMay` tells the client must be what the service does: for every role, and for a candidacy of the
 * representative's own region and of another, each flag is true exactly when the service carries the step out.
 */
let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
const region: Record<string, string> = {};
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  for (const code of ['25', '24']) region[code] = (await f.region(code)).id;
  Object.assign(actors, {
    admin: { userId: 'perm-admin', role: UserRole.ADMIN, regionId: null },
    coordinator,
    representative: { userId: 'perm-rep-25', role: UserRole.REGION_REPRESENTATIVE, regionId: region['25']! },
    dialogueLead: { userId: 'perm-lead', role: UserRole.DIALOGUE_LEAD, regionId: null },
    viewer,
  });
});
afterAll(() => env.close());

const s = () => env.services.nominations;

async function opened(fields: { regionId?: string } = {}): Promise<Nomination> {
  const group = await f.npo();
  return s().open(coordinator, {
    groupId: group.id,
    role: MemberRole.MEMBER,
    seats: 1,
    dueDate: '2027-03-31',
    regionId: fields.regionId ?? null,
  });
}

async function candidateOf(nomination: Nomination, code: string): Promise<Candidate> {
  return s().propose(coordinator, {
    nominationId: nomination.id,
    personId: (await f.person()).id,
    representedRegionId: region[code]!,
    managerApproved: true,
    conflictOfInterestDeclared: true,
  });
}

/** Whether the service carries the step out (true) or refuses it (false). */
const done = (step: Promise<unknown>) =>
  step.then(
    () => true,
    () => false,
  );

async function viewerMay(actor: Actor, nomination: Nomination) {
  const fresh = (await s().find(nomination.id))!;
  const regions = mayProposeCandidates(actor, fresh) ? await s().regionsActorMayPropose(actor, fresh) : [];
  return nominationActions(actor, fresh, regions.length > 0);
}

async function candidateMay(actor: Actor, candidate: Candidate) {
  const fresh = (await s().findCandidate(candidate.id))!;
  return candidateActions(actor, fresh, (await s().find(fresh.nominationId))!);
}

describe('Candidate.viewerMay', () => {
  it("is false for a region representative on another region's candidate, true on their own and for a coordinator", async () => {
    const nomination = await opened();
    const own = await candidateOf(nomination, '25');
    const other = await candidateOf(nomination, '24');
    expect(await candidateMay(actors.representative!, other)).toEqual({
      edit: false,
      reviewDeclaration: false,
      withdraw: false,
    });
    expect(await candidateMay(actors.representative!, own)).toEqual({
      edit: true,
      reviewDeclaration: false,
      withdraw: true,
    });
    expect(await candidateMay(coordinator, other)).toEqual({ edit: true, reviewDeclaration: true, withdraw: true });
    expect(await candidateMay(viewer, own)).toEqual({ edit: false, reviewDeclaration: false, withdraw: false });
  });

  for (const name of ['admin', 'coordinator', 'representative', 'dialogueLead', 'viewer']) {
    for (const code of ['25', '24']) {
      it(`matches what the service does for ${name} on a candidate of region ${code}`, async () => {
        const actor = actors[name]!;
        const nomination = await opened();
        const edited = await candidateOf(nomination, code);
        const may = await candidateMay(actor, edited);
        expect(await done(s().updateCandidate(actor, { id: edited.id, managerApproved: false }))).toBe(may.edit);
        expect(await done(s().updateCandidate(actor, { id: edited.id, declarationReviewed: true }))).toBe(
          may.reviewDeclaration,
        );
        const withdrawn = await candidateOf(nomination, code);
        const mayWithdraw = (await candidateMay(actor, withdrawn)).withdraw;
        expect(await done(s().withdraw(actor, withdrawn.id))).toBe(mayWithdraw);
        // Once withdrawn, or once the nomination is decided, nobody may change the candidacy.
        if (mayWithdraw) expect(await candidateMay(actor, withdrawn)).toMatchObject({ edit: false, withdraw: false });
        await s().cancel(coordinator, nomination.id, null);
        expect(await candidateMay(actor, edited)).toEqual({ edit: false, reviewDeclaration: false, withdraw: false });
        expect(await done(s().withdraw(actor, edited.id))).toBe(false);
      });
    }
  }
});

describe('Nomination.viewerMay', () => {
  it('lets a coordinator move, cancel and decide an open nomination, and nobody else but proposers propose', async () => {
    const nomination = await opened();
    expect(await viewerMay(coordinator, nomination)).toEqual({
      moveToReview: true,
      cancel: true,
      decide: true,
      closeWithoutAppointment: true,
      proposeCandidate: true,
    });
    expect(await viewerMay(actors.representative!, nomination)).toEqual({
      moveToReview: false,
      cancel: false,
      decide: false,
      closeWithoutAppointment: false,
      proposeCandidate: true,
    });
    for (const actor of [viewer, actors.dialogueLead!]) {
      expect(Object.values(await viewerMay(actor, nomination)).some(Boolean)).toBe(false);
    }
  });

  it("does not let a region representative propose to another region's seat", async () => {
    const nomination = await opened({ regionId: region['24']! });
    expect((await viewerMay(actors.representative!, nomination)).proposeCandidate).toBe(false);
    expect((await viewerMay(coordinator, nomination)).proposeCandidate).toBe(true);
    const person = await f.person();
    expect(
      await done(
        s().propose(actors.representative!, {
          nominationId: nomination.id,
          personId: person.id,
          representedRegionId: region['25']!,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        }),
      ),
    ).toBe(false);
  });

  for (const name of ['admin', 'coordinator', 'representative', 'dialogueLead', 'viewer']) {
    it(`matches what the service does for ${name}, through open, review and cancelled`, async () => {
      const actor = actors[name]!;
      const nomination = await opened();
      // OPEN: proposing; then moving to review.
      const atOpen = await viewerMay(actor, nomination);
      const person = await f.person();
      const proposed = done(
        s().propose(actor, {
          nominationId: nomination.id,
          personId: person.id,
          representedRegionId: actor.regionId ?? region['25']!,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        }),
      );
      expect(await proposed).toBe(atOpen.proposeCandidate);
      expect(await done(s().moveToReview(actor, nomination.id))).toBe(atOpen.moveToReview);
      if (!atOpen.moveToReview) await s().moveToReview(coordinator, nomination.id);
      // REVIEW: no more proposals, and no second move; cancelling and deciding still.
      const atReview = await viewerMay(actor, nomination);
      expect(atReview.proposeCandidate).toBe(false);
      expect(await done(s().moveToReview(actor, nomination.id))).toBe(atReview.moveToReview);
      expect(await done(s().cancel(actor, nomination.id, null))).toBe(atReview.cancel);
      if (!atReview.cancel) await s().cancel(coordinator, nomination.id, null);
      // CANCELLED: nothing at all.
      const atCancelled = await viewerMay(actor, nomination);
      expect(Object.values(atCancelled).some(Boolean)).toBe(false);
      expect(
        await done(
          s().decide(actor, {
            nominationId: nomination.id,
            appointCandidateIds: [],
            startDate: '2027-05-01',
            closeWithoutAppointment: true,
          }),
        ),
      ).toBe(false);
    });

    it(`matches what the service does for ${name} deciding`, async () => {
      const actor = actors[name]!;
      const nomination = await opened();
      const may = await viewerMay(actor, nomination);
      const decided = done(
        s().decide(actor, {
          nominationId: nomination.id,
          appointCandidateIds: [],
          startDate: '2027-05-01',
          closeWithoutAppointment: true,
        }),
      );
      expect(await decided).toBe(may.closeWithoutAppointment);
      expect(may.decide).toBe(may.closeWithoutAppointment);
    });
  }
});
