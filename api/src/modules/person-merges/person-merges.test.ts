import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsNull, Not } from 'typeorm';
import { UserRole } from '../../common/user-role.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import { Dialogue } from '../dialogues/dialogue.entity.js';
import { GroupType } from '../groups/group-type.js';
import { Attendance, Meeting, MeetingKind, MeetingStatus } from '../meetings/meeting.entity.js';
import { MemberRole } from '../memberships/member-role.js';
import { Membership } from '../memberships/membership.entity.js';
import { Candidate } from '../nominations/nomination.entity.js';
import { Person } from '../persons/person.entity.js';
import { findPerson, loadLookups } from '../imports/import-matching.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let norra: string;
const region: Record<string, string> = {};

beforeAll(async () => {
  env = await openTestServices({ clock: { today: () => '2025-06-30' } });
  f = factories(env.services);
  norra = (await f.healthcareRegion('NORRA')).id;
  for (const code of ['25', '24']) region[code] = (await f.region(code)).id;
});
afterAll(() => env.close());

const rag = async () =>
  f.group(GroupType.RAG, {
    parentId: (await f.group(GroupType.RPO, { healthcareRegionId: norra })).id,
    healthcareRegionId: norra,
  });
const seat = (group: Awaited<ReturnType<typeof rag>>, person: Person, startDate: string, endDate: string | null) =>
  f.membership(group, person, { representedRegionId: region['24']!, startDate, endDate });
const merge = (keep: Person, drop: Person, actor = coordinator) =>
  env.services.personMerges.merge(actor, { keepId: keep.id, mergeId: drop.id });
const counts = async () => ({
  ...(await f.counts()),
  merged: await env.db.getRepository(Person).countBy({ mergedIntoId: Not(IsNull()) }),
  candidates: await env.db.getRepository(Candidate).count(),
});

describe('mergePersons', () => {
  it('moves every seat, candidacy, roll-call row, dialogue and history entry to the kept person', async () => {
    const group = await rag();
    const kept = await f.person({ name: 'Sara Nylund', employerRegionId: region['24'] });
    const dropped = await f.person({ name: 'Sara Bylund', email: 'sara.bylund@vasterbotten.example' });
    await env.services.persons.update(coordinator, { id: dropped.id, title: 'Överläkare' });
    await seat(group, kept, '2021-01-01', '2022-12-31');
    const moved = await seat(group, dropped, '2024-01-01', null);
    const meeting = await env.db.getRepository(Meeting).save({
      groupId: group.id,
      date: '2024-03-01',
      kind: MeetingKind.PLANNED,
      status: MeetingStatus.HELD,
      note: null,
      othersPresent: [],
    });
    await env.db.getRepository(Attendance).save({
      meetingId: meeting.id,
      membershipId: moved.id,
      personId: dropped.id,
      present: true,
      servingForPersonId: null,
      votingSeat: true,
    });
    const dialogue = await env.db.getRepository(Dialogue).save({
      groupId: group.id,
      heldOn: '2024-05-01',
      year: 2024,
      supplementary: false,
      notes: null,
      participantIds: [dropped.id, kept.id],
      leadUserId: 'lead',
    });

    const result = await merge(kept, dropped);

    expect(result).toMatchObject({ movedMemberships: 1, movedCandidacies: 0 });
    expect(result.kept).toMatchObject({ email: 'sara.bylund@vasterbotten.example', title: 'Överläkare' });
    expect(result.kept.employerRegionId).toBe(region['24']);
    expect(result.merged).toMatchObject({ mergedIntoId: kept.id });
    expect(result.merged.archivedAt).toBeInstanceOf(Date);
    expect(await env.db.getRepository(Membership).countBy({ personId: kept.id })).toBe(2);
    expect(await env.db.getRepository(Membership).countBy({ personId: dropped.id })).toBe(0);
    expect((await env.db.getRepository(Attendance).findOneByOrFail({ meetingId: meeting.id })).personId).toBe(kept.id);
    expect((await env.db.getRepository(Dialogue).findOneByOrFail({ id: dialogue.id })).participantIds).toEqual([
      kept.id,
    ]);
    // The kept person's history lists the merged record's own events (its creation, its edit) and the merge.
    const history = await env.services.audit.history(coordinator, AuditEntityType.PERSON, kept.id, { first: 50 });
    const own = history.nodes.filter((e) => e.entityId === dropped.id).map((e) => e.operation);
    expect(own).toEqual(expect.arrayContaining(['createPerson', 'updatePerson', 'mergePersons']));
    expect(
      history.nodes
        .filter((e) => e.operation === 'mergePersons')
        .map((e) => e.entityId)
        .sort(),
    ).toEqual([kept.id, dropped.id].sort());
    // Left out of lists and search; the former record is listed on the kept person.
    const listed = await env.services.persons.list('Sara', true, {});
    expect(listed.nodes.map((p) => p.id)).toContain(kept.id);
    expect(listed.nodes.map((p) => p.id)).not.toContain(dropped.id);
    expect((await env.services.personMerges.formerRecordsOf([kept.id])).map((p) => p.id)).toEqual([dropped.id]);
    // The merged record's address is free for the kept one: it holds it now.
    expect((await env.services.persons.get(dropped.id)).emailKey).toBeNull();
  });

  it('keeps one candidacy where both were candidates in one nomination, and reports it', async () => {
    const group = await f.group(GroupType.NAG, { parentId: (await f.npo()).id });
    const nomination = await env.services.nominations.open(coordinator, {
      groupId: group.id,
      role: MemberRole.MEMBER,
      seats: 1,
      dueDate: '2025-09-30',
    });
    const kept = await f.person({ name: 'Per Lindqvist' });
    const dropped = await f.person({ name: 'Per Lindkvist' });
    for (const person of [kept, dropped]) {
      await env.services.nominations.propose(coordinator, {
        nominationId: nomination.id,
        personId: person.id,
        representedRegionId: region['25']!,
        managerApproved: true,
        conflictOfInterestDeclared: true,
      });
    }
    const result = await merge(kept, dropped);
    expect(result.movedCandidacies).toBe(1);
    const candidacies = await env.db.getRepository(Candidate).findBy({ nominationId: nomination.id });
    expect(candidacies.every((c) => c.personId === kept.id)).toBe(true);
    expect(candidacies.filter((c) => !c.withdrawnAt)).toHaveLength(1);
  });

  it('refuses one person twice, a merged or erased record, an overlap, a stale version and other roles', async () => {
    const a = await f.person({ name: 'Karin Öberg' });
    const b = await f.person({ name: 'Karin Oberg' });
    await expectRefusal(() => merge(a, a), { code: 'BAD_USER_INPUT', reason: 'SAME_PERSON' }, counts);
    await expectRefusal(() => merge(a, b, viewer), { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }, counts);
    const representative = { userId: 'rep', role: UserRole.REGION_REPRESENTATIVE, regionId: region['25']! };
    await expectRefusal(() => merge(a, b, representative), { code: 'FORBIDDEN' }, counts);
    await expectRefusal(
      () => env.services.personMerges.merge(coordinator, { keepId: a.id, mergeId: b.id, mergeVersion: b.version + 5 }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
      counts,
    );
    await expectRefusal(
      () => env.services.personMerges.merge(coordinator, { keepId: a.id, mergeId: 'no-such-id' }),
      { code: 'NOT_FOUND' },
      counts,
    );

    const group = await rag();
    await seat(group, a, '2022-01-01', '2024-06-30');
    await seat(group, b, '2024-06-01', null);
    const overlap = await expectRefusal(() => merge(a, b), { code: 'CONFLICT', reason: 'MERGE_OVERLAP' }, counts);
    expect(overlap.extensions.params).toMatchObject({ group: group.name });

    const d = await f.person({ name: 'Karin Åberg' });
    const e = await f.person({ name: 'Karin Åbergh' });
    await merge(d, e);
    await expectRefusal(() => merge(e, a), { code: 'CONFLICT', reason: 'PERSON_MERGED' }, counts);
    await expectRefusal(() => merge(a, e), { code: 'CONFLICT', reason: 'PERSON_MERGED' }, counts);

    const erased = await f.person({ name: 'Karin Åhberg' });
    await env.services.privacy.erase(coordinator, erased.id);
    await expectRefusal(() => merge(d, erased), { code: 'CONFLICT', reason: 'PERSON_ERASED' }, counts);
    await expectRefusal(() => merge(erased, d), { code: 'CONFLICT', reason: 'PERSON_ERASED' }, counts);
  });

  it("makes earlier former records the kept person's, so a chain of merges lists them all", async () => {
    const [a, b, c] = [
      await f.person({ name: 'Lena Holm' }),
      await f.person({ name: 'Lena Hollm' }),
      await f.person({ name: 'Lena Holmm' }),
    ];
    await merge(b, c);
    await merge(a, b);
    const former = await env.services.personMerges.formerRecordsOf([a.id]);
    expect(former.map((p) => p.id).sort()).toEqual([b.id, c.id].sort());
  });

  it('leaves a former record to history: it cannot be edited, and an import that spells the old name finds the kept person', async () => {
    const [kept, former] = [await f.person({ name: 'Nils Åkerlund' }), await f.person({ name: 'Nils Åkerlundh' })];
    await merge(kept, former);
    await expectRefusal(
      () => env.services.persons.update(coordinator, { id: former.id, title: 'Överläkare' }),
      { code: 'CONFLICT', reason: 'PERSON_MERGED' },
      counts,
    );
    const lookups = await loadLookups(env.db.manager, env.services.geography, null);
    expect(findPerson(lookups, 'Nils Åkerlundh', null, null)?.id).toBe(kept.id);
    expect(findPerson(lookups, 'Nils Åkerlund', null, null)?.id).toBe(kept.id);
  });
});

describe('duplicatePersons', () => {
  it('suggests similar names, boosted by the same employer and the same group; never merged or erased records', async () => {
    const group = await rag();
    const nylund = await f.person({ name: 'Maja Nylund', employerRegionId: region['24'] });
    const bylund = await f.person({ name: 'Maja Bylund', employerRegionId: region['24'] });
    await seat(group, nylund, '2021-01-01', '2021-12-31');
    await seat(group, bylund, '2023-01-01', null);
    await f.person({ name: 'Maja Lundgren' });
    await f.person({ name: 'Olle Nylund' });
    const suggestions = await env.services.personMerges.suggestions(coordinator, 100);
    const pair = suggestions.find((s) => s.persons.some((p) => p.id === nylund.id));
    expect(pair?.persons.map((p) => p.id).sort()).toEqual([nylund.id, bylund.id].sort());
    expect(pair?.reasons).toEqual(['Liknande namn', 'Samma arbetsgivare', 'Uppdrag i samma grupp']);
    expect(pair!.score).toBeGreaterThan(0.9);
    expect(suggestions.filter((s) => s.persons.some((p) => p.name === 'Maja Lundgren'))).toEqual([]);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    await merge(nylund, bylund);
    const after = await env.services.personMerges.suggestions(coordinator, 100);
    expect(after.flatMap((s) => s.persons.map((p) => p.id))).not.toContain(bylund.id);
    expect(after.flatMap((s) => s.persons).every((p) => !p.mergedIntoId && !p.erasedAt)).toBe(true);
  });

  it('gives at most the number asked for, and refuses other roles and a bad count', async () => {
    await env.services.personMerges.suggestions(coordinator, 5).then((s) => expect(s.length).toBeLessThanOrEqual(5));
    await expectRefusal(() => env.services.personMerges.suggestions(viewer, 5), { code: 'FORBIDDEN' });
    for (const first of [0, 101, 1.5])
      await expectRefusal(() => env.services.personMerges.suggestions(coordinator, first), {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_PAGE_SIZE',
      });
  });
});

describe.each(await testDatabases())('concurrent merges on %s', (database) => {
  it('lets exactly one of A→B and B→A (and the same merge twice) through', async () => {
    const db = await openTestServices({ database });
    try {
      const pf = factories(db.services);
      for (let round = 0; round < 3; round++) {
        const a = await pf.person({ name: `Race Person ${round}` });
        const b = await pf.person({ name: `Race Persson ${round}` });
        const results = await Promise.allSettled([
          db.services.personMerges.merge(coordinator, { keepId: a.id, mergeId: b.id }),
          db.services.personMerges.merge(coordinator, { keepId: b.id, mergeId: a.id }),
          db.services.personMerges.merge(coordinator, { keepId: a.id, mergeId: b.id }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const reasons = results.flatMap((r) =>
          r.status === 'rejected' ? [(r.reason as { extensions?: { reason?: string } }).extensions?.reason] : [],
        );
        expect(reasons).toEqual(['PERSON_MERGED', 'PERSON_MERGED']);
        const rows = await db.db.getRepository(Person).findBy([{ id: a.id }, { id: b.id }]);
        expect(rows.filter((p) => p.mergedIntoId)).toHaveLength(1);
      }
      // The suggestions' statements read the same on this database, and leave the merged records out.
      const c = await pf.person({ name: 'Ingrid Holmqvist', employerRegionId: (await pf.region('24')).id });
      await pf.person({ name: 'Ingrid Holmkvist', employerRegionId: c.employerRegionId });
      const suggested = await db.services.personMerges.suggestions(coordinator, 100);
      const pair = suggested.find((x) => x.persons.some((p) => p.id === c.id));
      expect(pair?.reasons).toEqual(['Liknande namn', 'Samma arbetsgivare']);
      const merged = await db.db.getRepository(Person).findBy({ mergedIntoId: Not(IsNull()) });
      const ids = suggested.flatMap((x) => x.persons.map((p) => p.id));
      for (const record of merged) expect(ids).not.toContain(record.id);
    } finally {
      await db.close();
    }
  });
});
