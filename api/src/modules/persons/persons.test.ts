import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import type { Actor } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { CareLevel, Gender } from './person.entity.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
});
afterAll(() => env.close());

describe('persons', () => {
  it('keeps e-mail addresses unique regardless of case', async () => {
    await f.person({ name: 'Karin Åberg', email: 'Karin.Aberg@norrbotten.example' });
    await expectRefusal(
      () => f.person({ email: 'karin.aberg@NORRBOTTEN.example' }),
      { code: 'CONFLICT', reason: 'EMAIL_TAKEN' },
      f.counts,
    );
  });

  it('finds persons by any part of the name, case-insensitively, Swedish letters included', async () => {
    await f.person({ name: 'Örjan Lindström' });
    const found = await env.services.persons.list('LINDSTRÖM', false, {});
    expect(found.nodes.map((p) => p.name)).toContain('Örjan Lindström');
    const none = await env.services.persons.list('100%_', false, {});
    expect(none.totalCount).toBe(0);
  });

  it('lets a region representative add and edit persons of their own region only', async () => {
    const norrbotten = await f.region('25');
    const vasterbotten = await f.region('24');
    const representative: Actor = { userId: 'rep', role: UserRole.REGION_REPRESENTATIVE, regionId: norrbotten.id };
    const own = await env.services.persons.create(representative, {
      name: 'Nils Nilsson',
      employerRegionId: norrbotten.id,
    });
    expect(own.employerRegionId).toBe(norrbotten.id);
    await expectRefusal(
      () => env.services.persons.create(representative, { name: 'Olle Other', employerRegionId: vasterbotten.id }),
      { code: 'FORBIDDEN', reason: 'OTHER_REGION' },
      f.counts,
    );
    await expectRefusal(
      () => env.services.persons.update(representative, { id: own.id, employerRegionId: vasterbotten.id }),
      { code: 'FORBIDDEN', reason: 'OTHER_REGION' },
    );
    expect((await env.services.persons.get(own.id)).employerRegionId).toBe(norrbotten.id);
  });

  it('hides archived persons from search but keeps them', async () => {
    const person = await f.person({ name: 'Arkiverad Person' });
    await env.services.persons.archive(coordinator, person.id);
    expect((await env.services.persons.list('Arkiverad', false, {})).totalCount).toBe(0);
    expect((await env.services.persons.list('Arkiverad', true, {})).totalCount).toBe(1);
    await expectRefusal(() => env.services.persons.archive(coordinator, person.id), {
      code: 'CONFLICT',
      reason: 'PERSON_ALREADY_ARCHIVED',
    });
  });

  it('records an organisation as employer, never beside a region, with profession, care level and gender', async () => {
    const norrbotten = await f.region('25');
    const skr = await env.services.organisations.create(coordinator, {
      name: 'SKR (persontest)',
      kind: OrganisationKind.SKR,
    });
    await expectRefusal(
      () =>
        env.services.persons.create(coordinator, {
          name: 'Två arbetsgivare',
          employerRegionId: norrbotten.id,
          employerOrganisationId: skr.id,
        }),
      { code: 'BAD_USER_INPUT', reason: 'EMPLOYER_TWICE' },
      f.counts,
    );
    const person = await env.services.persons.create(coordinator, {
      name: 'Eva Ek',
      employerOrganisationId: skr.id,
      profession: ' Sjuksköterska ',
      careLevel: CareLevel.PRIMARY,
      gender: Gender.WOMAN,
    });
    expect(person).toMatchObject({
      employerOrganisationId: skr.id,
      employerRegionId: null,
      profession: 'Sjuksköterska',
      careLevel: 'PRIMARY',
      gender: 'WOMAN',
    });
    // One employer given replaces the other; both given is refused.
    const moved = await env.services.persons.update(coordinator, { id: person.id, employerRegionId: norrbotten.id });
    expect(moved).toMatchObject({
      employerRegionId: norrbotten.id,
      employerOrganisationId: null,
      profession: 'Sjuksköterska',
    });
    await expectRefusal(
      () =>
        env.services.persons.update(coordinator, {
          id: person.id,
          employerRegionId: norrbotten.id,
          employerOrganisationId: skr.id,
        }),
      { code: 'BAD_USER_INPUT', reason: 'EMPLOYER_TWICE' },
    );
    const back = await env.services.persons.update(coordinator, {
      id: person.id,
      employerOrganisationId: skr.id,
      careLevel: null,
    });
    expect(back).toMatchObject({ employerRegionId: null, employerOrganisationId: skr.id, careLevel: null });
    await expectRefusal(
      () =>
        env.services.persons.create(coordinator, {
          name: 'Okänd arbetsgivare',
          employerOrganisationId: '00000000-0000-4000-8000-000000000000',
        }),
      { code: 'NOT_FOUND' },
      f.counts,
    );
  });

  it('leaves organisation-employed persons to coordinators: a region representative may not add or edit them', async () => {
    const norrbotten = await f.region('25');
    const representative: Actor = { userId: 'rep', role: UserRole.REGION_REPRESENTATIVE, regionId: norrbotten.id };
    const university = await env.services.organisations.create(coordinator, {
      name: 'Luleå tekniska universitet (persontest)',
      kind: OrganisationKind.UNIVERSITY,
      regionId: norrbotten.id,
    });
    await expectRefusal(
      () => env.services.persons.create(representative, { name: 'Forskare', employerOrganisationId: university.id }),
      { code: 'FORBIDDEN', reason: 'OTHER_REGION' },
      f.counts,
    );
    const own = await env.services.persons.create(representative, { name: 'Egen', employerRegionId: norrbotten.id });
    await expectRefusal(
      () => env.services.persons.update(representative, { id: own.id, employerOrganisationId: university.id }),
      { code: 'FORBIDDEN', reason: 'OTHER_REGION' },
    );
    const researcher = await env.services.persons.create(coordinator, {
      name: 'Forskare två',
      employerOrganisationId: university.id,
    });
    expect(env.services.persons.mayEdit(representative, researcher)).toBe(false);
    expect(env.services.persons.mayEdit(coordinator, researcher)).toBe(true);
  });
});
