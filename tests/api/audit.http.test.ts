import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistrySchema } from '../../api/src/app/schema.js';
import { AuditEvent } from '../../api/src/modules/audit/audit-event.entity.js';
import { UserRole } from '../../api/src/common/user-role.js';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../api/src/modules/memberships/member-role.js';
import { Membership } from '../../api/src/modules/memberships/membership.entity.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { startTestRegistry, TEST_ADMIN, type TestRegistry } from '../../api/src/test-support/registry.js';

let registry: TestRegistry;
let norrbotten: string;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
  norrbotten = (await registry.services.geography.regions()).find((r) => r.code === '25')!.id;
});
afterAll(() => registry.stop());

const gql = <T>(query: string, variables: Record<string, unknown> = {}, token = registry.adminToken) =>
  registry.request<T>(query, variables, token);
const eventCount = () => registry.db.getRepository(AuditEvent).count();

interface History {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      operation: string;
      entityType: string;
      actorLabel: string;
      at: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      changes: { field: string; before: string | null; after: string | null }[];
    }[];
  };
}
const HISTORY = `query ($type: AuditEntityType!, $id: ID!, $first: Int, $after: String) {
  auditEvents(entityType: $type, entityId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { operation entityType actorLabel at before after changes { field before after } }
  }
}`;

describe('the audit trail', () => {
  it('writes one event per change, with who, when, the operation and the values before and after', async () => {
    const created = await gql<{ createPerson: { id: string } }>(
      'mutation ($r: ID!) { createPerson(input: { name: "Greta Granskad", email: "greta@region.example", employerRegionId: $r }) { id } }',
      { r: norrbotten },
    );
    const id = created.data!.createPerson.id;
    const before = await eventCount();
    const updated = await gql(`mutation { updatePerson(input: { id: "${id}", title: "Distriktsläkare" }) { id } }`);
    expect(updated.errors).toBeUndefined();
    expect(await eventCount()).toBe(before + 1);

    const history = await gql<History>(HISTORY, { type: 'PERSON', id });
    const [latest, first] = history.data!.auditEvents.nodes;
    expect(history.data!.auditEvents.totalCount).toBe(2);
    expect(latest).toMatchObject({ operation: 'updatePerson', entityType: 'PERSON', actorLabel: TEST_ADMIN.email });
    expect(latest!.changes).toEqual([{ field: 'title', before: null, after: 'Distriktsläkare' }]);
    expect(latest!.before).toMatchObject({ name: 'Greta Granskad', title: null, version: 1 });
    expect(latest!.after).toMatchObject({ name: 'Greta Granskad', title: 'Distriktsläkare', version: 2 });
    expect(first).toMatchObject({ operation: 'createPerson', before: null });
    expect(Date.parse(latest!.at)).toBeGreaterThanOrEqual(Date.parse(first!.at));
    // A password hash or a derived search key is never copied into the history.
    expect(Object.keys(latest!.after!)).not.toContain('searchKey');
  });

  it("shows a membership's changes in its group's and its person's history, newest first, page by page", async () => {
    const group = await registry.services.groups.create(coordinator, { name: 'Historik-NPO', type: GroupType.NPO });
    const persons = await Promise.all(
      [1, 2, 3].map((n) => registry.services.persons.create(coordinator, { name: `Historikperson ${n}` })),
    );
    for (const person of persons) {
      await gql('mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
        input: {
          groupId: group.id,
          personId: person.id,
          role: 'MEMBER',
          representedRegionId: norrbotten,
          startDate: '2025-01-01',
        },
      });
    }
    const firstPage = await gql<History>(HISTORY, { type: 'GROUP', id: group.id, first: 2 });
    expect(firstPage.data!.auditEvents.totalCount).toBe(4);
    expect(firstPage.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    const secondPage = await gql<History>(HISTORY, {
      type: 'GROUP',
      id: group.id,
      first: 2,
      after: firstPage.data!.auditEvents.pageInfo.endCursor,
    });
    const operations = [...firstPage.data!.auditEvents.nodes, ...secondPage.data!.auditEvents.nodes].map(
      (e) => e.operation,
    );
    expect(operations).toEqual(['addMembership', 'addMembership', 'addMembership', 'createGroup']);
    const personHistory = await gql<History>(HISTORY, { type: 'PERSON', id: persons[0]!.id });
    expect(personHistory.data!.auditEvents.nodes.map((e) => e.operation)).toEqual(['addMembership', 'createPerson']);
  });

  it('rolls an event back with its change: a decision refused half-way leaves neither memberships nor events', async () => {
    const group = await registry.services.groups.create(coordinator, {
      name: 'Återställnings-NPO',
      type: GroupType.NPO,
    });
    const [first, sitting] = await Promise.all(
      [1, 2].map((n) => registry.services.persons.create(coordinator, { name: `Återställd ${n}` })),
    );
    // The second appointee already sits in the group, so their new membership overlaps after the first one was added.
    await registry.services.memberships.add(coordinator, {
      groupId: group.id,
      personId: sitting!.id,
      role: MemberRole.MEMBER,
      representedRegionId: norrbotten,
      startDate: '2024-01-01',
    });
    const nomination = await registry.services.nominations.open(coordinator, {
      groupId: group.id,
      role: MemberRole.MEMBER,
      seats: 2,
      dueDate: '2025-03-31',
    });
    const candidates = [];
    for (const person of [first!, sitting!]) {
      candidates.push(
        await registry.services.nominations.propose(coordinator, {
          nominationId: nomination.id,
          personId: person.id,
          representedRegionId: norrbotten,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        }),
      );
    }
    const fingerprint = await databaseFingerprint(registry.db);
    const events = await eventCount();
    const result = await gql('mutation ($input: DecideNominationInput!) { decideNomination(input: $input) { id } }', {
      input: { nominationId: nomination.id, appointCandidateIds: candidates.map((c) => c.id), startDate: '2025-05-01' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await eventCount()).toBe(events);
    expect(await registry.db.getRepository(Membership).countBy({ groupId: group.id })).toBe(1);
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
  });

  it('offers no way to edit or delete an event through the API', async () => {
    const schema = await buildRegistrySchema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /audit/i.test(m.name) || /AuditEvent/.test(String(m.type)))).toEqual([]);
  });

  it("keeps the users' history for administrators", async () => {
    const viewer = await registry.services.auth.createUser(
      { userId: 'test-admin', role: UserRole.ADMIN, regionId: null },
      { email: 'historik@audit.example', password: 'audit-password-1', role: UserRole.VIEWER },
    );
    const token = await registry.login('historik@audit.example', 'audit-password-1');
    const refused = await gql(HISTORY, { type: 'USER', id: viewer.id }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shown = await gql<History>(HISTORY, { type: 'USER', id: viewer.id });
    expect(shown.data!.auditEvents.nodes.map((e) => e.operation)).toEqual(['createUser']);
    expect(Object.keys(shown.data!.auditEvents.nodes[0]!.after!)).not.toContain('passwordHash');
  });
});
