import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { GroupType } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { Person } from '../persons/person.entity.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let sequence = 0;
const uniqueName = (stem: string) => `${stem} ${++sequence}`;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
});
afterAll(() => env.close());

const count = () => env.db.getRepository(Organisation).count();

describe('organisations', () => {
  it('creates, lists by kind and search, updates and deletes, auditing every change', async () => {
    const umea = await f.region('24');
    const created = await env.services.organisations.create(coordinator, {
      name: '  Umeå   kommun ',
      kind: OrganisationKind.MUNICIPALITY,
      regionId: umea.id,
    });
    expect(created).toMatchObject({ name: 'Umeå kommun', kind: 'MUNICIPALITY', regionId: umea.id, version: 1 });
    expect((await env.services.organisations.list(OrganisationKind.MUNICIPALITY, 'umeå')).map((o) => o.id)).toContain(
      created.id,
    );
    expect(await env.services.organisations.list(OrganisationKind.UNIVERSITY, 'umeå')).toEqual([]);

    const updated = await env.services.organisations.update(coordinator, {
      id: created.id,
      name: 'Umeå kommun (socialtjänsten)',
      regionId: null,
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ regionId: null, kind: 'MUNICIPALITY', version: 2 });

    expect(await env.services.organisations.delete(coordinator, created.id, 2)).toBe(created.id);
    expect(await env.services.organisations.find(created.id)).toBeNull();
    const events = await env.db
      .getRepository(AuditEvent)
      .findBy({ entityType: AuditEntityType.ORGANISATION, entityId: created.id });
    expect(events.map((e) => e.operation).sort()).toEqual([
      'createOrganisation',
      'deleteOrganisation',
      'updateOrganisation',
    ]);
  });

  it('refuses a name already there, whatever its case and spacing, and changes nothing', async () => {
    const name = uniqueName('Patientföreningen Norr');
    const first = await env.services.organisations.create(coordinator, {
      name,
      kind: OrganisationKind.PATIENT_ORGANISATION,
    });
    await expectRefusal(
      () => env.services.organisations.create(coordinator, { name: name.toUpperCase(), kind: OrganisationKind.OTHER }),
      { code: 'CONFLICT', reason: 'ORGANISATION_EXISTS' },
      count,
    );
    const other = await env.services.organisations.create(coordinator, {
      name: uniqueName('Annan förening'),
      kind: OrganisationKind.OTHER,
    });
    await expectRefusal(
      () => env.services.organisations.update(coordinator, { id: other.id, name: ` ${name.toLowerCase()} ` }),
      { code: 'CONFLICT', reason: 'ORGANISATION_EXISTS' },
    );
    expect((await env.services.organisations.find(first.id))?.name).toBe(name);
  });

  it('lets every role read and only coordinators and administrators write', async () => {
    const representative: Actor = { userId: 'rep', role: UserRole.REGION_REPRESENTATIVE, regionId: null };
    for (const actor of [viewer, representative]) {
      await expectRefusal(
        () => env.services.organisations.create(actor, { name: uniqueName('Nekad'), kind: OrganisationKind.OTHER }),
        { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' },
        count,
      );
    }
    const admin: Actor = { userId: 'admin', role: UserRole.ADMIN, regionId: null };
    const made = await env.services.organisations.create(admin, {
      name: uniqueName('SKR'),
      kind: OrganisationKind.SKR,
    });
    await expectRefusal(() => env.services.organisations.delete(viewer, made.id, null), {
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    expect(await env.services.organisations.list(null, null)).toContainEqual(expect.objectContaining({ id: made.id }));
  });

  it('refuses bad input: an unknown region, an empty name, a stale version', async () => {
    await expectRefusal(
      () =>
        env.services.organisations.create(coordinator, {
          name: uniqueName('Okänd'),
          kind: OrganisationKind.OTHER,
          regionId: '00000000-0000-4000-8000-000000000000',
        }),
      { code: 'NOT_FOUND' },
      count,
    );
    await expectRefusal(
      () => env.services.organisations.create(coordinator, { name: '   ', kind: OrganisationKind.OTHER }),
      { code: 'BAD_USER_INPUT', reason: 'REQUIRED' },
      count,
    );
    const made = await env.services.organisations.create(coordinator, {
      name: uniqueName('Versionerad'),
      kind: OrganisationKind.OTHER,
    });
    await env.services.organisations.update(coordinator, { id: made.id, kind: OrganisationKind.UNIVERSITY });
    await expectRefusal(
      () => env.services.organisations.update(coordinator, { id: made.id, name: 'Annat', expectedVersion: 1 }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    await expectRefusal(() => env.services.organisations.delete(coordinator, made.id, 1), {
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
  });

  it('refuses to delete one that employs someone or that a seat represents, counting both', async () => {
    const skr = await env.services.organisations.create(coordinator, {
      name: uniqueName('Sveriges Kommuner och Regioner'),
      kind: OrganisationKind.SKR,
    });
    const employee = await env.services.persons.create(coordinator, {
      name: 'Anställd på SKR',
      employerOrganisationId: skr.id,
    });
    const nag = await f.group(GroupType.NAG, { parentId: (await f.npo()).id });
    await env.services.memberships.add(coordinator, {
      groupId: nag.id,
      personId: (await f.person()).id,
      role: MemberRole.MEMBER,
      representedOrganisationId: skr.id,
      startDate: '2024-01-01',
    });
    const error = await expectRefusal(
      () => env.services.organisations.delete(coordinator, skr.id, null),
      { code: 'CONFLICT', reason: 'ORGANISATION_IN_USE' },
      count,
    );
    expect(error.extensions.params).toEqual({ count: 2 });
    expect(await env.services.persons.employeeCounts([skr.id])).toEqual([{ id: skr.id, count: 1 }]);
    expect(await env.services.memberships.seatCounts([skr.id], '2024-06-01')).toEqual([{ id: skr.id, count: 1 }]);
    expect(await env.services.memberships.seatCounts([skr.id], '2023-06-01')).toEqual([]);
    expect((await env.db.getRepository(Person).findOneByOrFail({ id: employee.id })).employerOrganisationId).toBe(
      skr.id,
    );
  });
});

describe.each(await testDatabases())('concurrent organisation writes on %s', (database) => {
  it('lets one of two creations of one name through, and never deletes one that gets an employee meanwhile', async () => {
    const db = await openTestServices({ database });
    try {
      const { organisations, persons } = db.services;
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          organisations.create(coordinator, {
            name: i % 2 ? 'Luleå kommun' : 'LULEÅ KOMMUN',
            kind: OrganisationKind.MUNICIPALITY,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ extensions: { reason: 'ORGANISATION_EXISTS' } });
      }
      const [lulea] = await organisations.list(null, 'luleå kommun');

      const [deleted, employed] = await Promise.allSettled([
        organisations.delete(coordinator, lulea!.id, null),
        persons.create(coordinator, { name: 'Kommunanställd', employerOrganisationId: lulea!.id }),
      ]);
      expect([deleted.status, employed.status].sort()).toEqual(['fulfilled', 'rejected']);
      const remaining = await organisations.find(lulea!.id);
      if (deleted.status === 'fulfilled') expect(remaining).toBeNull();
      else {
        expect(deleted.reason).toMatchObject({ extensions: { reason: 'ORGANISATION_IN_USE' } });
        expect(remaining).not.toBeNull();
      }

      const org = await organisations.create(coordinator, {
        name: 'Versionskapplöpning',
        kind: OrganisationKind.OTHER,
      });
      const edits = await Promise.allSettled(
        ['A', 'B'].map((suffix) =>
          organisations.update(coordinator, { id: org.id, name: `Versionskapplöpning ${suffix}`, expectedVersion: 1 }),
        ),
      );
      expect(edits.map((e) => e.status).sort()).toEqual(['fulfilled', 'rejected']);
    } finally {
      await db.close();
    }
  });
});
