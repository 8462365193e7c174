import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../api/src/common/actor.js';
import { UserRole } from '../../api/src/common/user-role.js';
import { readConfig } from '../../api/src/app/config.js';
import { GeographyService } from '../../api/src/modules/geography/geography.service.js';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { MemberRole } from '../../api/src/modules/memberships/member-role.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';

/**
 * What the API tells the client about the signed-in user, so that the client works out no rule itself: which steps of
 * a nomination they may take, their home healthcare region, and what roles mean.
 */
let registry: TestRegistry;
const tokens = new Map<string, string>();
const region: Record<string, { id: string; healthcareRegionId: string }> = {};
const admin: Actor = { userId: 'test-admin', role: UserRole.ADMIN, regionId: null };

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference' });
  for (const r of await registry.services.geography.regions()) region[r.code] = r;
  const users: [string, UserRole, string | null][] = [
    ['coordinator', UserRole.COORDINATOR, null],
    ['rep25', UserRole.REGION_REPRESENTATIVE, region['25']!.id],
    ['rep12', UserRole.REGION_REPRESENTATIVE, region['12']!.id],
    ['viewer', UserRole.VIEWER, null],
  ];
  for (const [name, role, regionId] of users) {
    const email = `${name}@viewer.example`;
    await registry.services.auth.createUser(admin, { email, password: 'viewer-password-1', role, regionId });
    tokens.set(name, await registry.login(email, 'viewer-password-1'));
  }
});
afterAll(() => registry.stop());

const as = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
  registry.request<T>(query, variables, tokens.get(user));

interface NominationView {
  nomination: {
    viewerMay: Record<string, boolean>;
    candidates: { id: string; representedRegion: { id: string }; viewerMay: Record<string, boolean> }[];
  };
}
const NOMINATION = `query ($id: ID!) { nomination(id: $id) {
  viewerMay { moveToReview cancel decide closeWithoutAppointment proposeCandidate }
  candidates { id representedRegion { id } viewerMay { edit reviewDeclaration withdraw } } } }`;

describe('viewerMay over HTTP', () => {
  let nominationId: string;
  let own: string;
  let other: string;
  beforeAll(async () => {
    const s = registry.services;
    const group = await s.groups.create(coordinator, { name: 'Visningsgrupp', type: GroupType.NPO });
    const nomination = await s.nominations.open(coordinator, {
      groupId: group.id,
      role: MemberRole.MEMBER,
      seats: 1,
      dueDate: '2027-03-31',
    });
    nominationId = nomination.id;
    const propose = async (code: string) =>
      (
        await s.nominations.propose(coordinator, {
          nominationId,
          personId: (await s.persons.create(coordinator, { name: `Kandidat ${code}` })).id,
          representedRegionId: region[code]!.id,
          managerApproved: true,
          conflictOfInterestDeclared: true,
        })
      ).id;
    own = await propose('25');
    other = await propose('24');
  });

  const candidateMay = async (user: string, id: string) => {
    const result = await as<NominationView>(user, NOMINATION, { id: nominationId });
    expect(result.errors).toBeUndefined();
    return result.data!.nomination.candidates.find((c) => c.id === id)!.viewerMay;
  };

  it("is false for a region representative on another region's candidate, and the API refuses it", async () => {
    expect(await candidateMay('rep25', other)).toEqual({ edit: false, reviewDeclaration: false, withdraw: false });
    const refused = await as(
      'rep25',
      'mutation ($id: ID!) { updateCandidate(input: { id: $id, managerApproved: false }) { id } }',
      { id: other },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("is true for a region representative on their own region's candidate, but not the declaration's review", async () => {
    expect(await candidateMay('rep25', own)).toEqual({ edit: true, reviewDeclaration: false, withdraw: true });
  });

  it('is true for a coordinator on every candidate, and false for a viewer', async () => {
    expect(await candidateMay('coordinator', other)).toEqual({ edit: true, reviewDeclaration: true, withdraw: true });
    expect(await candidateMay('viewer', own)).toEqual({ edit: false, reviewDeclaration: false, withdraw: false });
  });

  it('tells each role the steps of the nomination it may take', async () => {
    const may = async (user: string) =>
      (await as<NominationView>(user, NOMINATION, { id: nominationId })).data!.nomination.viewerMay;
    expect(await may('coordinator')).toEqual({
      moveToReview: true,
      cancel: true,
      decide: true,
      closeWithoutAppointment: true,
      proposeCandidate: true,
    });
    expect(await may('rep25')).toEqual({
      moveToReview: false,
      cancel: false,
      decide: false,
      closeWithoutAppointment: false,
      proposeCandidate: true,
    });
    expect(Object.values(await may('viewer')).some(Boolean)).toBe(false);
  });

  it('follows the nomination: in review nobody proposes, and withdrawing answers with the new flags', async () => {
    const withdrawn = await as<{ withdrawCandidate: { viewerMay: { withdraw: boolean } } }>(
      'rep25',
      'mutation ($id: ID!) { withdrawCandidate(id: $id) { viewerMay { withdraw } } }',
      { id: own },
    );
    expect(withdrawn.data?.withdrawCandidate.viewerMay.withdraw).toBe(false);
    await as('coordinator', 'mutation ($id: ID!) { moveNominationToReview(id: $id) { id } }', { id: nominationId });
    const view = await as<NominationView>('coordinator', NOMINATION, { id: nominationId });
    expect(view.data!.nomination.viewerMay).toMatchObject({
      moveToReview: false,
      proposeCandidate: false,
      decide: true,
    });
  });
});

describe('User.homeHealthcareRegion', () => {
  const home = async (user: string) =>
    (
      await as<{ me: { homeHealthcareRegion: { code: string } | null } }>(
        user,
        '{ me { homeHealthcareRegion { code } } }',
      )
    ).data?.me.homeHealthcareRegion?.code;

  it("is the healthcare region of the user's region", async () => {
    expect(await home('rep25')).toBe('NORRA');
    expect(await home('rep12')).toBe('SODRA');
  });

  it("is the register's home healthcare region for users of no region", async () => {
    expect(await home('coordinator')).toBe('NORRA');
    expect(await home('viewer')).toBe('NORRA');
  });

  it('comes from HOME_HEALTHCARE_REGION, NORRA unless set', async () => {
    expect(readConfig({}).homeHealthcareRegion).toBe('NORRA');
    expect(readConfig({ HOME_HEALTHCARE_REGION: 'SODRA' }).homeHealthcareRegion).toBe('SODRA');
    expect(() => readConfig({ HOME_HEALTHCARE_REGION: 'södra' })).toThrow(/HOME_HEALTHCARE_REGION/);
    const geography = new GeographyService(registry.db, 'SODRA');
    expect((await geography.homeHealthcareRegion(null))?.code).toBe('SODRA');
    expect((await geography.homeHealthcareRegion(region['25']!.id))?.code).toBe('NORRA');
  });
});

describe('what roles mean', () => {
  it('userRoles: only a region representative needs a region, which createUser then requires', async () => {
    const result = await as<{ userRoles: { role: string; needsRegion: boolean }[] }>(
      'viewer',
      '{ userRoles { role needsRegion } }',
    );
    expect(result.data!.userRoles.filter((r) => r.needsRegion).map((r) => r.role)).toEqual(['REGION_REPRESENTATIVE']);
    const refused = await registry.request(
      'mutation { createUser(input: { email: "utan@viewer.example", password: "viewer-password-1", role: REGION_REPRESENTATIVE }) { id } }',
      {},
      registry.adminToken,
    );
    expect(refused.errors?.[0]?.extensions?.reason).toBe('REGION_REQUIRED');
  });

  it('memberRoles: the chair, the vice chairs (first and second too) and members count towards a share', async () => {
    const result = await as<{ memberRoles: { role: string; countsTowardsShare: boolean }[] }>(
      'viewer',
      '{ memberRoles { role countsTowardsShare } }',
    );
    expect(result.data!.memberRoles.filter((r) => r.countsTowardsShare).map((r) => r.role)).toEqual([
      'CHAIR',
      'VICE_CHAIR',
      'FIRST_VICE_CHAIR',
      'SECOND_VICE_CHAIR',
      'MEMBER',
    ]);
  });
});
