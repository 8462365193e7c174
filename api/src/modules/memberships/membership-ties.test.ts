import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { memberRoleInfos } from './member-role-info.js';
import { MemberRole, Participation } from './member-role.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let sequence = 0;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
});
afterAll(() => env.close());

/** Memberships only: the helper `add` creates a fresh person for every seat, refused or not. */
const seats = async () => (await f.counts()).memberships;
const nag = async () => f.group(GroupType.NAG, { parentId: (await f.npo()).id });
const organisation = (kind = OrganisationKind.MUNICIPALITY) =>
  env.services.organisations.create(coordinator, { name: `Organisation ${++sequence}`, kind });
const add = async (groupId: string, fields: Record<string, unknown>) =>
  env.services.memberships.add(coordinator, {
    groupId,
    personId: (await f.person()).id,
    role: MemberRole.MEMBER,
    startDate: '2024-01-01',
    ...fields,
  });

describe('seats representing an organisation', () => {
  it('needs no represented region, and is open to region-seat roles and patient representatives only', async () => {
    const group = await nag();
    const municipality = await organisation();
    const seat = await add(group.id, { representedOrganisationId: municipality.id });
    expect(seat).toMatchObject({ representedOrganisationId: municipality.id, representedRegionId: null });
    const patients = await organisation(OrganisationKind.PATIENT_ORGANISATION);
    const patient = await add(group.id, {
      role: MemberRole.PATIENT_REPRESENTATIVE,
      representedOrganisationId: patients.id,
    });
    expect(patient.representedOrganisationId).toBe(patients.id);
    await expectRefusal(
      () => add(group.id, { role: MemberRole.SECRETARY, representedOrganisationId: municipality.id }),
      { code: 'BAD_USER_INPUT', reason: 'ROLE_REPRESENTS_NO_ORGANISATION' },
      seats,
    );
    await expectRefusal(
      async () =>
        add(group.id, { representedOrganisationId: municipality.id, representedRegionId: (await f.region('25')).id }),
      { code: 'BAD_USER_INPUT', reason: 'REPRESENTS_TWICE' },
    );
    await expectRefusal(() => add(group.id, {}), { code: 'BAD_USER_INPUT', reason: 'REPRESENTED_REGION_REQUIRED' });
    // A local group's seat representing an organisation is not defaulted to the group's region.
    const lsg = await f.group(GroupType.LSG, { regionId: (await f.region('25')).id });
    expect((await add(lsg.id, { representedOrganisationId: municipality.id })).representedRegionId).toBeNull();
  });

  it('swaps region for organisation on correction, and drops the organisation when the role cannot hold it', async () => {
    const group = await nag();
    const norrbotten = await f.region('25');
    const municipality = await organisation();
    const seat = await add(group.id, { representedRegionId: norrbotten.id });
    const swapped = await env.services.memberships.update(coordinator, {
      id: seat.id,
      representedOrganisationId: municipality.id,
    });
    expect(swapped).toMatchObject({ representedRegionId: null, representedOrganisationId: municipality.id });
    const secretary = await env.services.memberships.update(coordinator, { id: seat.id, role: MemberRole.SECRETARY });
    expect(secretary).toMatchObject({ representedRegionId: null, representedOrganisationId: null });
  });

  it('lists the roles that may represent an organisation, the vice chairs among them', () => {
    const infos = new Map(memberRoleInfos().map((info) => [info.role, info]));
    expect(infos.get(MemberRole.FIRST_VICE_CHAIR)).toMatchObject({
      representsOrganisation: true,
      countsTowardsShare: true,
    });
    expect(infos.get(MemberRole.SECOND_VICE_CHAIR)).toMatchObject({ representsRegion: true, countsTowardsShare: true });
    expect(infos.get(MemberRole.PATIENT_REPRESENTATIVE)).toMatchObject({
      representsOrganisation: true,
      representsRegion: false,
    });
    expect(infos.get(MemberRole.SECRETARY)?.representsOrganisation).toBe(false);
  });
});

describe('deputies tied to a member', () => {
  it('ties a deputy to a voting seat of the same group over the same time, and lists it among the deputies', async () => {
    const group = await nag();
    const region = (await f.region('25')).id;
    const member = await add(group.id, { representedRegionId: region, endDate: '2025-12-31' });
    const deputy = await add(group.id, {
      role: MemberRole.DEPUTY,
      representedRegionId: region,
      standsInForId: member.id,
      startDate: '2025-01-01',
    });
    expect(deputy.standsInForId).toBe(member.id);
    expect((await env.services.memberships.deputiesOf([member.id], '2025-06-01')).map((d) => d.id)).toEqual([
      deputy.id,
    ]);
    expect(await env.services.memberships.deputiesOf([member.id], '2024-06-01')).toEqual([]);

    const refuse = (fields: Record<string, unknown>, reason: string) =>
      expectRefusal(
        () => add(group.id, { representedRegionId: region, ...fields }),
        { code: 'BAD_USER_INPUT', reason },
        seats,
      );
    await refuse({ role: MemberRole.MEMBER, standsInForId: member.id }, 'STANDS_IN_FOR_NOT_DEPUTY');
    await refuse(
      { role: MemberRole.DEPUTY, standsInForId: member.id, startDate: '2026-01-01' },
      'STANDS_IN_FOR_NOT_A_MEMBER',
    );
    await refuse({ role: MemberRole.DEPUTY, standsInForId: deputy.id }, 'STANDS_IN_FOR_NOT_A_MEMBER');
    const adjunct = await add(group.id, { role: MemberRole.ADJUNCT, participation: Participation.SPEAKING });
    await refuse({ role: MemberRole.DEPUTY, standsInForId: adjunct.id }, 'STANDS_IN_FOR_NOT_A_MEMBER');
    const elsewhere = await add((await nag()).id, { representedRegionId: region });
    await refuse({ role: MemberRole.DEPUTY, standsInForId: elsewhere.id }, 'STANDS_IN_FOR_NOT_A_MEMBER');

    // A deputy who becomes a member loses the tie.
    const promoted = await env.services.memberships.update(coordinator, { id: deputy.id, role: MemberRole.MEMBER });
    expect(promoted.standsInForId).toBeNull();
  });
});

describe('interests reviewed on', () => {
  it('keeps the review day and refuses one in the future', async () => {
    const group = await nag();
    const region = (await f.region('25')).id;
    const seat = await add(group.id, { representedRegionId: region, interestsReviewedOn: '2024-02-01' });
    expect(seat.interestsReviewedOn).toBe('2024-02-01');
    await expectRefusal(
      () => env.services.memberships.update(coordinator, { id: seat.id, interestsReviewedOn: '2999-01-01' }),
      { code: 'BAD_USER_INPUT', reason: 'INTERESTS_REVIEW_IN_FUTURE' },
    );
    const cleared = await env.services.memberships.update(coordinator, { id: seat.id, interestsReviewedOn: null });
    expect(cleared.interestsReviewedOn).toBeNull();
  });
});

describe.each(await testDatabases())('a seat given to an organisation being deleted, on %s', (database) => {
  it('either deletes the organisation or adds the seat, never both', async () => {
    const db = await openTestServices({ database });
    try {
      const df = factories(db.services);
      const group = await df.group(GroupType.NAG, { parentId: (await df.npo()).id });
      for (let round = 0; round < 3; round++) {
        const org = await db.services.organisations.create(coordinator, {
          name: `Kapplöpning ${round}`,
          kind: OrganisationKind.MUNICIPALITY,
        });
        const person = await df.person();
        const [deleted, added] = await Promise.allSettled([
          db.services.organisations.delete(coordinator, org.id, null),
          db.services.memberships.add(coordinator, {
            groupId: group.id,
            personId: person.id,
            role: MemberRole.MEMBER,
            representedOrganisationId: org.id,
            startDate: '2024-01-01',
          }),
        ]);
        expect([deleted.status, added.status].sort()).toEqual(['fulfilled', 'rejected']);
        const stillThere = await db.services.organisations.find(org.id);
        expect(stillThere === null).toBe(deleted.status === 'fulfilled');
      }
    } finally {
      await db.close();
    }
  });
});
