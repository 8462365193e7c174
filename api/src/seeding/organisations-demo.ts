import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../common/actor.js';
import type { RegistryServices as Services } from '../common/context.js';
import type { IsoDate } from '../common/dates.js';
import type { MemberRole } from '../modules/memberships/member-role.js';
import { Membership } from '../modules/memberships/membership.entity.js';
import type { OrganisationKind } from '../modules/organisations/organisation.entity.js';
import type { CareLevel, Gender } from '../modules/persons/person.entity.js';

interface SeatRef {
  group: string;
  person: string;
  startDate: IsoDate;
}

/** demo/norra.json's `peopleAndOrganisations`, written by seed-data/demo-generator/people-and-organisations.mjs. */
interface PeopleAndOrganisations {
  organisations: { ref: string; name: string; kind: OrganisationKind; region: string | null }[];
  persons: {
    ref: string;
    name: string;
    email: string | null;
    employerOrganisation: string;
    title: string | null;
    gender: Gender | null;
    profession: string | null;
    careLevel: CareLevel | null;
  }[];
  personDetails: { person: string; gender: Gender | null; profession: string | null; careLevel: CareLevel | null }[];
  memberships: (SeatRef & { role: MemberRole; representedOrganisation: string })[];
  membershipDetails: (SeatRef & {
    interestsReviewedOn?: IsoDate | null;
    representedOrganisation?: string;
    standsInFor?: { person: string; startDate: IsoDate };
  })[];
}

interface Refs {
  regionIds: Map<string, string>;
  groupIds: Map<string, string>;
}

const lookup = (ids: Map<string, string>, ref: string) => {
  const id = ids.get(ref);
  if (!id) throw new Error(`demo data names an unknown reference: ${ref}`);
  return id;
};

/**
 * Seeds the demo's organisations, the persons' genders, professions and care levels, the seats representing an
 * organisation, the interests review days and a deputy's tie, through the services, so that every rule holds.
 * The corrections to records already seeded run in one transaction (hundreds of small edits).
 */
export async function seedOrganisationsDemo(
  services: Services,
  actor: Actor,
  dir: string,
  refs: Refs,
  personIds: Map<string, string>,
): Promise<void> {
  const demo = (
    JSON.parse(readFileSync(join(dir, 'demo/norra.json'), 'utf8')) as {
      peopleAndOrganisations?: PeopleAndOrganisations;
    }
  ).peopleAndOrganisations;
  if (!demo) return;
  const organisationIds = new Map<string, string>();
  for (const o of demo.organisations) {
    const organisation = await services.organisations.create(actor, {
      name: o.name,
      kind: o.kind,
      regionId: o.region ? lookup(refs.regionIds, o.region) : null,
    });
    organisationIds.set(o.ref, organisation.id);
  }
  const people = new Map(personIds);
  await services.tx.run(async (em) => {
    for (const { ref, employerOrganisation, ...p } of demo.persons) {
      const person = await services.persons.createWithin(em, actor, 'createPerson', {
        ...p,
        employerOrganisationId: lookup(organisationIds, employerOrganisation),
      });
      people.set(ref, person.id);
    }
    for (const { person, ...details } of demo.personDetails) {
      await services.persons.updateWithin(em, actor, 'updatePerson', { id: lookup(people, person), ...details });
    }
    for (const m of demo.memberships) {
      await services.memberships.addWithin(em, actor, 'addMembership', {
        groupId: lookup(refs.groupIds, m.group),
        personId: lookup(people, m.person),
        role: m.role,
        representedOrganisationId: lookup(organisationIds, m.representedOrganisation),
        startDate: m.startDate,
      });
    }
    const seatId = async (seat: SeatRef) =>
      (
        await em.getRepository(Membership).findOneByOrFail({
          groupId: lookup(refs.groupIds, seat.group),
          personId: lookup(people, seat.person),
          startDate: seat.startDate,
        })
      ).id;
    for (const d of demo.membershipDetails) {
      await services.memberships.updateWithin(em, actor, 'updateMembership', {
        id: await seatId(d),
        interestsReviewedOn: d.interestsReviewedOn,
        representedOrganisationId: d.representedOrganisation
          ? lookup(organisationIds, d.representedOrganisation)
          : undefined,
        standsInForId: d.standsInFor ? await seatId({ ...d, ...d.standsInFor }) : undefined,
      });
    }
  });
}
