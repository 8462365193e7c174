import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { Person } from '../persons/person.entity.js';
import { MemberRole } from '../memberships/member-role.js';
import { MeetingKind } from '../meetings/meeting.entity.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { erasedLabel } from './privacy.service.js';

describe.each(await testDatabases())('data protection on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let make: ReturnType<typeof factories>;
  let norrbotten: string;

  beforeAll(async () => {
    env = await openTestServices({ database, clock: { today: () => '2026-06-01' } });
    make = factories(env.services);
    norrbotten = (await make.region('25')).id;
  });
  afterAll(() => env.close());

  async function formerMember(name: string) {
    const group = await make.group(GroupType.NPO);
    const person = await env.services.persons.create(coordinator, {
      name,
      email: `${name.split(' ')[0]!.toLowerCase()}@region.example`,
      title: 'Överläkare',
      employerRegionId: norrbotten,
    });
    await make.membership(group, person, {
      representedRegionId: norrbotten,
      startDate: '2020-01-01',
      endDate: '2022-12-31',
    });
    const nomination = await env.services.nominations.open(coordinator, {
      groupId: group.id,
      role: MemberRole.MEMBER,
      seats: 1,
      dueDate: '2023-03-31',
    });
    await env.services.nominations.propose(coordinator, {
      nominationId: nomination.id,
      personId: person.id,
      representedRegionId: norrbotten,
      managerApproved: true,
      conflictOfInterestDeclared: true,
      motivation: `${name} har lång erfarenhet`,
    });
    await env.services.nominations.cancel(coordinator, nomination.id, null);
    return { group, person, nomination };
  }

  it('gives a register extract with every seat, candidacy and change concerning the person', async () => {
    const { person, group } = await formerMember('Ebba Utdrag');
    const meeting = await env.services.meetings.createMeeting(coordinator, {
      groupId: group.id,
      date: '2022-05-10',
      kind: MeetingKind.PLANNED,
    });
    await env.services.meetings.recordRollCall(coordinator, {
      meetingId: meeting.id,
      entries: [{ personId: person.id, present: true }],
    });
    const extract = await env.services.privacy.extract(coordinator, person.id);
    expect(extract.person.id).toBe(person.id);
    expect(extract.memberships).toHaveLength(1);
    expect(extract.candidacies).toHaveLength(1);
    expect(extract.attendance.map((a) => [a.meetingId, a.present])).toEqual([[meeting.id, true]]);
    expect(extract.history.map((e) => e.operation)).toEqual(['createPerson', 'addMembership', 'proposeCandidate']);
    const document = JSON.stringify(extract.document);
    expect(document).toContain('Ebba Utdrag');
    expect(document).toContain(`NPO ${group.name.replace(/^NPO /, '')}`);
    expect(document).toContain('2022-12-31');
    expect(document).toContain('"meetingDate":"2022-05-10","present":true');
    await expectRefusal(() => env.services.privacy.extract(viewer, person.id), { code: 'FORBIDDEN' });
  });

  it('erases the name and contact data everywhere while the seat counts keep their numbers', async () => {
    const { person, nomination } = await formerMember('Stina Raderas');
    const reportBefore = await env.services.representation.report({
      healthcareRegionId: (await make.region('25')).healthcareRegionId,
      asOf: '2021-06-30',
      tiers: [Tier.NATIONAL],
    });
    const erased = await env.services.privacy.erase(coordinator, person.id);
    expect(erased).toMatchObject({ name: erasedLabel(person.id), email: null, title: null });
    expect(erased.erasedAt).toBeInstanceOf(Date);

    const reportAfter = await env.services.representation.report({
      healthcareRegionId: (await make.region('25')).healthcareRegionId,
      asOf: '2021-06-30',
      tiers: [Tier.NATIONAL],
    });
    expect(reportAfter).toEqual(reportBefore);
    const everything = JSON.stringify(await env.services.privacy.extract(coordinator, person.id));
    expect(everything).not.toMatch(/Stina|stina@region|Överläkare|lång erfarenhet/);
    const log = await env.services.nominations.eventsOf([nomination.id]);
    expect(log.map((e) => e.detail)).not.toContain('Stina Raderas');
    const history = await env.services.audit.eventsConcerning(AuditEntityType.PERSON, person.id);
    // The extract just made is logged too; the last change is the erasure.
    expect(history.filter((e) => e.operation !== 'personRegisterExtract').at(-1)!.operation).toBe('erasePerson');

    await expectRefusal(() => env.services.privacy.erase(coordinator, person.id), {
      code: 'CONFLICT',
      reason: 'PERSON_ERASED',
    });
    await expectRefusal(() => env.services.persons.update(coordinator, { id: person.id, name: 'Stina igen' }), {
      code: 'CONFLICT',
      reason: 'PERSON_ERASED',
    });
  });

  it('leaves neither the old nor the new name in the nomination history after a rename and an erasure', async () => {
    const { person, nomination } = await formerMember('Eva Omdöpt');
    await env.services.persons.update(coordinator, {
      id: person.id,
      name: 'Eva Nynamn',
      expectedVersion: person.version,
    });
    await env.services.privacy.erase(coordinator, person.id);
    const rows: Record<string, unknown>[] = await env.db.query(`SELECT * FROM nomination_events`);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('Omdöpt');
    expect(dump).not.toContain('Nynamn');
    expect(
      rows.filter((r) => r.nominationId === nomination.id && r.action === 'CANDIDATE_PROPOSED').map((r) => r.personId),
    ).toEqual([person.id]);
  });

  it('refuses to erase a person who holds a seat, and changes nothing', async () => {
    const group = await make.group(GroupType.NPO);
    const sitting = await make.person({ name: 'Sittande Ledamot' });
    await make.membership(group, sitting, { representedRegionId: norrbotten, startDate: '2025-01-01' });
    await expectRefusal(
      () => env.services.privacy.erase(coordinator, sitting.id),
      { code: 'CONFLICT', reason: 'PERSON_HAS_SEAT' },
      make.counts,
    );
    expect((await env.services.persons.get(sitting.id)).name).toBe('Sittande Ledamot');
  });

  it('lists for review the persons without a seat or candidacy for the given years', async () => {
    const group = await make.group(GroupType.NPO);
    const longGone = await make.person({ name: 'Länge Borta' });
    const recent = await make.person({ name: 'Nyligen Avgången' });
    const never = await make.person({ name: 'Aldrig Medlem' });
    await make.membership(group, longGone, {
      representedRegionId: norrbotten,
      startDate: '2018-01-01',
      endDate: '2021-12-31',
    });
    await make.membership(group, recent, {
      representedRegionId: norrbotten,
      startDate: '2020-01-01',
      endDate: '2025-12-31',
    });
    // Entered in the register long before the clock's today.
    await env.db
      .getRepository(Person)
      .update({ id: In([longGone.id, recent.id, never.id]) }, { createdAt: new Date('2017-06-01T00:00:00Z') });

    const listed = async (years: number | null) =>
      (await env.services.privacy.forReview(coordinator, years, { first: 100 })).nodes.map((p) => p.name);
    const threeYears = await listed(null);
    expect(threeYears).toEqual(expect.arrayContaining(['Länge Borta', 'Aldrig Medlem']));
    expect(threeYears).not.toContain('Nyligen Avgången');
    expect(await listed(5)).not.toContain('Länge Borta');
    await expectRefusal(() => env.services.privacy.forReview(viewer, null, {}), { code: 'FORBIDDEN' });
  });
});
