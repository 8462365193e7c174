import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import type { Actor } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import { GroupType } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { Gender } from '../persons/person.entity.js';
import { Membership } from '../memberships/membership.entity.js';
import { Candidate, NominationAction, NominationStatus } from './nomination.entity.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
const region: Record<string, string> = {};
let representative: Actor;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  for (const code of ['25', '24', '23', '12']) region[code] = (await f.region(code)).id;
  representative = { userId: 'rep-25', role: UserRole.REGION_REPRESENTATIVE, regionId: region['25']! };
});
afterAll(() => env.close());

async function nag() {
  return f.group(GroupType.NAG, { parentId: (await f.npo()).id });
}

const open = (groupId: string, seats = 1) =>
  env.services.nominations.open(coordinator, { groupId, role: MemberRole.MEMBER, seats, dueDate: '2025-03-31' });

const propose = async (
  nominationId: string,
  code: string,
  fields: { managerApproved?: boolean; conflictOfInterestDeclared?: boolean; actor?: Actor } = {},
) =>
  env.services.nominations.propose(fields.actor ?? coordinator, {
    nominationId,
    personId: (await f.person()).id,
    representedRegionId: region[code]!,
    managerApproved: fields.managerApproved ?? true,
    conflictOfInterestDeclared: fields.conflictOfInterestDeclared ?? true,
    motivation: 'Lång erfarenhet av området.',
  });

const candidateCount = async () => ({
  candidates: await env.db.getRepository(Candidate).count(),
  memberships: await env.db.getRepository(Membership).count(),
});

describe('nominations', () => {
  it('runs from vacancy to appointed members, keeping every step', async () => {
    const group = await nag();
    const nomination = await open(group.id, 1);
    const a = await propose(nomination.id, '25', { actor: representative });
    await propose(nomination.id, '24');
    await env.services.nominations.updateCandidate(coordinator, { id: a.id, declarationReviewed: true });
    await env.services.nominations.moveToReview(coordinator, nomination.id);
    const decided = await env.services.nominations.decide(coordinator, {
      nominationId: nomination.id,
      appointCandidateIds: [a.id],
      startDate: '2025-05-01',
      endDate: '2028-04-30',
      decisionReference: 'BG 2025-04-12 § 7',
    });
    expect(decided).toMatchObject({ status: NominationStatus.DECIDED, decisionReference: 'BG 2025-04-12 § 7' });
    const members = await env.services.memberships.forGroups([group.id], '2025-05-01');
    expect(members.map((m) => [m.personId, m.representedRegionId, m.endDate])).toEqual([
      [a.personId, region['25'], '2028-04-30'],
    ]);
    // The declaration reviewed in the nomination is the new member's first review, on the day of the decision.
    expect(members[0]!.interestsReviewedOn).toBe(env.services.clock.today());
    const events = await env.services.nominations.eventsOf([nomination.id]);
    expect(events.map((e) => e.action)).toEqual([
      NominationAction.OPENED,
      NominationAction.CANDIDATE_PROPOSED,
      NominationAction.CANDIDATE_PROPOSED,
      NominationAction.MOVED_TO_REVIEW,
      NominationAction.DECIDED,
    ]);
    expect(events[1]!.actorUserId).toBe('rep-25');
  });

  it('refuses more appointees than seats, uncleared candidates and a second decision, writing nothing', async () => {
    const nomination = await open((await nag()).id, 1);
    const a = await propose(nomination.id, '25');
    const b = await propose(nomination.id, '23');
    const noDeclaration = await propose(nomination.id, '24', { conflictOfInterestDeclared: false });
    const noApproval = await propose(nomination.id, '24', { managerApproved: false });
    const decide = (ids: string[]) =>
      env.services.nominations.decide(coordinator, {
        nominationId: nomination.id,
        appointCandidateIds: ids,
        startDate: '2025-05-01',
      });
    await expectRefusal(
      () => decide([a.id, b.id]),
      { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_APPOINTEES' },
      candidateCount,
    );
    await expectRefusal(
      () => decide([noDeclaration.id]),
      { code: 'BAD_USER_INPUT', reason: 'CANDIDATE_NOT_CLEARED' },
      candidateCount,
    );
    await expectRefusal(
      () => decide([noApproval.id]),
      { code: 'BAD_USER_INPUT', reason: 'CANDIDATE_NOT_CLEARED' },
      candidateCount,
    );
    await decide([a.id]);
    await expectRefusal(() => decide([a.id]), { code: 'CONFLICT', reason: 'NOMINATION_STATUS' }, candidateCount);
    await expectRefusal(
      () => propose(nomination.id, '25'),
      { code: 'CONFLICT', reason: 'NOMINATION_NOT_OPEN' },
      candidateCount,
    );
  });

  it('rolls the whole decision back when an appointee would overlap an existing membership', async () => {
    const group = await nag();
    const nomination = await open(group.id, 2);
    const a = await propose(nomination.id, '25');
    const b = await propose(nomination.id, '23');
    const person = await env.services.persons.get(b.personId);
    await f.membership(group, person, { representedRegionId: region['23'], startDate: '2024-01-01' });
    await expectRefusal(
      () =>
        env.services.nominations.decide(coordinator, {
          nominationId: nomination.id,
          appointCandidateIds: [a.id, b.id],
          startDate: '2025-05-01',
        }),
      { code: 'CONFLICT', reason: 'MEMBERSHIP_OVERLAP' },
      candidateCount,
    );
    expect((await env.services.nominations.find(nomination.id))?.status).toBe(NominationStatus.OPEN);
  });

  it('lets a region representative propose only for their own region, and a viewer nothing', async () => {
    const nomination = await open((await nag()).id);
    await expectRefusal(
      () => propose(nomination.id, '24', { actor: representative }),
      { code: 'FORBIDDEN', reason: 'OTHER_REGION' },
      candidateCount,
    );
    await expectRefusal(() => propose(nomination.id, '25', { actor: viewer }), { code: 'FORBIDDEN' }, candidateCount);
    await expectRefusal(
      () =>
        env.services.nominations.open(representative, {
          groupId: nomination.groupId,
          role: MemberRole.MEMBER,
          seats: 1,
          dueDate: '2025-01-01',
        }),
      { code: 'FORBIDDEN' },
    );
  });

  it('refuses a candidate twice, and withdraws and cancels', async () => {
    const nomination = await open((await nag()).id);
    const a = await propose(nomination.id, '25');
    await expectRefusal(
      () =>
        env.services.nominations.propose(coordinator, {
          nominationId: nomination.id,
          personId: a.personId,
          representedRegionId: region['25']!,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        }),
      { code: 'CONFLICT', reason: 'CANDIDATE_EXISTS' },
      candidateCount,
    );
    expect((await env.services.nominations.withdraw(coordinator, a.id)).withdrawnAt).toBeInstanceOf(Date);
    const cancelled = await env.services.nominations.cancel(coordinator, nomination.id, 'Gruppen läggs ner.');
    expect(cancelled.status).toBe(NominationStatus.CANCELLED);
    await expectRefusal(() => env.services.nominations.cancel(coordinator, nomination.id, null), {
      code: 'CONFLICT',
      reason: 'NOMINATION_STATUS',
    });
  });

  it('refuses a decision with nobody appointed unless closing without appointment is stated', async () => {
    const nomination = await open((await nag()).id);
    const a = await propose(nomination.id, '25');
    const decide = (fields: { appointCandidateIds: string[]; closeWithoutAppointment?: boolean }) =>
      env.services.nominations.decide(coordinator, { nominationId: nomination.id, startDate: '2025-05-01', ...fields });
    await expectRefusal(
      () => decide({ appointCandidateIds: [] }),
      { code: 'BAD_USER_INPUT', reason: 'NO_APPOINTEES' },
      candidateCount,
    );
    await expectRefusal(
      () => decide({ appointCandidateIds: [], closeWithoutAppointment: false }),
      { code: 'BAD_USER_INPUT', reason: 'NO_APPOINTEES' },
      candidateCount,
    );
    await expectRefusal(
      () => decide({ appointCandidateIds: [a.id], closeWithoutAppointment: true }),
      { code: 'BAD_USER_INPUT', reason: 'APPOINTEES_WITH_CLOSE' },
      candidateCount,
    );
    expect((await env.services.nominations.find(nomination.id))?.status).toBe(NominationStatus.OPEN);
    const closed = await decide({ appointCandidateIds: [], closeWithoutAppointment: true });
    expect(closed.status).toBe(NominationStatus.DECIDED);
    expect(await env.db.getRepository(Membership).countBy({ groupId: nomination.groupId })).toBe(0);
  });

  it("refuses a candidate of a region that cannot hold the group's seat", async () => {
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: (await f.healthcareRegion('NORRA')).id });
    const nomination = await open(rpo.id);
    await expectRefusal(
      () => propose(nomination.id, '12'),
      { code: 'BAD_USER_INPUT', reason: 'REPRESENTED_REGION_OUTSIDE_OWNER' },
      candidateCount,
    );
  });
});

describe.each((await testDatabases()).filter((d) => d === 'postgres'))('concurrent decisions on %s', (database) => {
  it('lets exactly one of 20 simultaneous decisions through and creates one membership', async () => {
    const pg = await openTestServices({ database });
    try {
      const pf = factories(pg.services);
      const group = await pf.group(GroupType.NAG, { parentId: (await pf.npo()).id });
      const nomination = await pg.services.nominations.open(coordinator, {
        groupId: group.id,
        role: MemberRole.MEMBER,
        seats: 1,
        dueDate: '2025-03-31',
      });
      const candidate = await pg.services.nominations.propose(coordinator, {
        nominationId: nomination.id,
        personId: (await pf.person()).id,
        representedRegionId: (await pf.region('25')).id,
        managerApproved: true,
        conflictOfInterestDeclared: true,
      });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          pg.services.nominations.decide(coordinator, {
            nominationId: nomination.id,
            appointCandidateIds: [candidate.id],
            startDate: '2025-05-01',
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const reasons = results.flatMap((r) =>
        r.status === 'rejected' ? [(r.reason as { extensions?: { code?: string } }).extensions?.code] : [],
      );
      expect(reasons).toEqual(Array(19).fill('CONFLICT'));
      expect(await pg.db.getRepository(Membership).countBy({ groupId: group.id })).toBe(1);
    } finally {
      await pg.close();
    }
  });
});

describe('before deciding', () => {
  it('warns of an NPO chair term beyond three years and of healthcare regions left without a member', async () => {
    const npo = await f.npo();
    const nomination = await env.services.nominations.open(coordinator, {
      groupId: npo.id,
      role: MemberRole.CHAIR,
      seats: 1,
      dueDate: '2025-03-31',
    });
    const proposed = await propose(nomination.id, '25');
    // the declaration reviewed in the nomination counts as reviewed on the first day: no INTERESTS_REVIEWED warning
    const candidate = await env.services.nominations.updateCandidate(coordinator, {
      id: proposed.id,
      declarationReviewed: true,
    });
    const long = await env.services.nominations.warnings(nomination.id, [candidate.id], '2024-02-29', null);
    expect(long.map((w) => w.code)).toEqual(['HEALTHCARE_REGION_MISSING', 'CHAIR_TERM_TOO_LONG']);
    expect(long[1]!.message).toContain('2027-02-28');
    expect(long[0]!.message).not.toContain('Norra sjukvårdsregionen');
    expect(long[0]!.message).toContain('Västra sjukvårdsregionen');
    const nobody = await env.services.nominations.warnings(nomination.id, [], '2024-02-29', null);
    expect(nobody.map((w) => w.code)).toEqual(['HEALTHCARE_REGION_MISSING']);
    const withinThree = await env.services.nominations.warnings(
      nomination.id,
      [candidate.id],
      '2024-03-01',
      '2027-02-28',
    );
    expect(withinThree.map((w) => w.code)).toEqual(['HEALTHCARE_REGION_MISSING']);
  });

  it('lists terms ending within a window and opens a renewal with the incumbent proposed', async () => {
    const group = await nag();
    const incumbent = await f.person({ name: 'Ingrid Innehavare' });
    const term = await f.membership(group, incumbent, {
      representedRegionId: region['23'],
      startDate: '2022-01-01',
      endDate: '2099-03-31',
    });
    const expiring = await env.services.memberships.expiring('2099-01-01', 90);
    expect(expiring.map((m) => m.id)).toEqual([term.id]);
    expect(await env.services.memberships.expiring('2098-12-30', 90)).toEqual([]);
    await expectRefusal(() => env.services.memberships.expiring('2099-01-01', -1), {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_WINDOW',
    });
    const renewal = await env.services.nominations.openRenewal(coordinator, {
      membershipId: term.id,
      dueDate: '2099-02-15',
    });
    expect(renewal).toMatchObject({ groupId: group.id, role: MemberRole.MEMBER, seats: 1, regionId: region['23'] });
    const [candidate] = await env.services.nominations.candidatesOf([renewal.id]);
    expect(candidate).toMatchObject({
      personId: incumbent.id,
      managerApproved: false,
      conflictOfInterestDeclared: false,
    });
  });
});

describe('candidate approvals and gender balance', () => {
  it('records approvals after the proposal so that the candidate can be appointed', async () => {
    const nomination = await open((await nag()).id);
    const candidate = await propose(nomination.id, '25', { managerApproved: false, conflictOfInterestDeclared: false });
    await expectRefusal(
      () =>
        env.services.nominations.decide(coordinator, {
          nominationId: nomination.id,
          appointCandidateIds: [candidate.id],
          startDate: '2025-05-01',
        }),
      { code: 'BAD_USER_INPUT', reason: 'CANDIDATE_NOT_CLEARED' },
    );
    await expectRefusal(
      () => env.services.nominations.updateCandidate(representative, { id: candidate.id, declarationReviewed: true }),
      { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' },
    );
    const approved = await env.services.nominations.updateCandidate(representative, {
      id: candidate.id,
      managerApproved: true,
      conflictOfInterestDeclared: true,
    });
    expect(approved).toMatchObject({
      managerApproved: true,
      conflictOfInterestDeclared: true,
      declarationReviewed: false,
    });
    const reviewed = await env.services.nominations.updateCandidate(coordinator, {
      id: candidate.id,
      declarationReviewed: true,
    });
    expect(reviewed.declarationReviewed).toBe(true);
    const decided = await env.services.nominations.decide(coordinator, {
      nominationId: nomination.id,
      appointCandidateIds: [candidate.id],
      startDate: '2025-05-01',
    });
    expect(decided.status).toBe(NominationStatus.DECIDED);
    await expectRefusal(() => env.services.nominations.updateCandidate(coordinator, { id: candidate.id, title: 'x' }), {
      code: 'CONFLICT',
      reason: 'CANDIDATE_CLOSED',
    });
  });

  it('warns of an uneven gender balance in an NAG when genders are recorded', async () => {
    const group = await nag();
    // two women and a man sit already; the balance is within 40/60 only if the next member is a man
    for (const [name, gender] of [
      ['Anna A', Gender.WOMAN],
      ['Berit B', Gender.WOMAN],
      ['Erik E', Gender.MAN],
    ] as const) {
      const person = await env.services.persons.create(coordinator, { name, gender });
      await f.membership(group, person, { representedRegionId: region['24'], startDate: '2024-01-01' });
    }
    const nomination = await open(group.id);
    const man = await env.services.persons.create(coordinator, { name: 'Carl C', gender: Gender.MAN });
    const woman = await env.services.persons.create(coordinator, { name: 'Disa D', gender: Gender.WOMAN });
    const candidate = (person: { id: string }) =>
      env.services.nominations.propose(coordinator, {
        nominationId: nomination.id,
        personId: person.id,
        representedRegionId: region['25']!,
        managerApproved: true,
        conflictOfInterestDeclared: true,
      });
    const [c, d] = [await candidate(man), await candidate(woman)];
    const codes = async (ids: string[]) =>
      (await env.services.nominations.warnings(nomination.id, ids, '2025-01-01', null)).map((w) => w.code);
    expect(await codes([d.id])).toContain('GENDER_IMBALANCE');
    expect(await codes([c.id])).not.toContain('GENDER_IMBALANCE');
  });
});
