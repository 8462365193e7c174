import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../api/src/common/user-role.js';
import { coordinator } from '../../api/src/test-support/factories.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import {
  describeRoleMatrix,
  next,
  norrbotten,
  npo,
  registry,
  s,
  startMatrixRegistry,
  tokens,
} from './support/access-matrix.js';
import { organisation, organisationCases } from './support/access-cases/organisations.js';

/** Organisations over HTTP: the role matrix of their mutations, and bad input refused with the contract's codes. */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

describeRoleMatrix(organisationCases);

const asCoordinator = (query: string, variables?: Record<string, unknown>) =>
  registry.request(query, variables, tokens.get(UserRole.COORDINATOR));

/** Sends a request that must be refused with `code` and `reason`, and checks that not one row changed. */
async function expectRefused(query: string, variables: Record<string, unknown>, code: string, reason?: string) {
  const fingerprint = await databaseFingerprint(registry.db);
  const result = await asCoordinator(query, variables);
  expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
    code,
    ...(reason ? { reason } : {}),
  });
  expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
}

const CREATE = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';

describe('organisations over HTTP', () => {
  it('lists and reads them with region, employees and seats, for every role', async () => {
    const org = await organisation();
    await s().persons.create(coordinator, { name: `Anställd ${next()}`, employerOrganisationId: org.id });
    const result = await registry.request<{
      organisations: { id: string; employeeCount: number; seatCount: number }[];
    }>(
      'query ($s: String) { organisations(kind: MUNICIPALITY, search: $s) { id name kind region { id } employeeCount seatCount } }',
      { s: org.name },
      tokens.get(UserRole.VIEWER),
    );
    expect(result.data?.organisations).toEqual([
      expect.objectContaining({ id: org.id, employeeCount: 1, seatCount: 0 }),
    ]);
  });

  it('refuses bad input with the contract codes and changes nothing', async () => {
    const org = await organisation();
    await expectRefused(
      CREATE,
      { input: { name: org.name.toUpperCase(), kind: 'OTHER' } },
      'CONFLICT',
      'ORGANISATION_EXISTS',
    );
    await expectRefused(CREATE, { input: { name: 'x'.repeat(201), kind: 'OTHER' } }, 'BAD_USER_INPUT');
    await expectRefused(CREATE, { input: { name: 'Okänd sort', kind: 'PLANET' } }, 'BAD_USER_INPUT');
    await expectRefused(CREATE, { input: { name: 'Utan region', kind: 'OTHER', regionId: 'not-an-id' } }, 'NOT_FOUND');
    await s().persons.create(coordinator, { name: `Anställd ${next()}`, employerOrganisationId: org.id });
    await expectRefused(
      'mutation ($id: ID!) { deleteOrganisation(id: $id) }',
      { id: org.id },
      'CONFLICT',
      'ORGANISATION_IN_USE',
    );
    await expectRefused(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: 'Två arbetsgivare', employerRegionId: norrbotten, employerOrganisationId: org.id } },
      'BAD_USER_INPUT',
      'EMPLOYER_TWICE',
    );
    const member = await s().persons.create(coordinator, { name: `Ledamot ${next()}` });
    const seat = { groupId: (await npo()).id, personId: member.id, role: 'MEMBER', startDate: '2025-01-01' };
    const ADD = 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }';
    await expectRefused(
      ADD,
      { input: { ...seat, representedRegionId: norrbotten, representedOrganisationId: org.id } },
      'BAD_USER_INPUT',
      'REPRESENTS_TWICE',
    );
    await expectRefused(
      ADD,
      { input: { ...seat, role: 'SECRETARY', representedOrganisationId: org.id } },
      'BAD_USER_INPUT',
      'ROLE_REPRESENTS_NO_ORGANISATION',
    );
    await expectRefused(
      ADD,
      { input: { ...seat, representedRegionId: norrbotten, interestsReviewedOn: '2999-01-01' } },
      'BAD_USER_INPUT',
      'INTERESTS_REVIEW_IN_FUTURE',
    );
  });

  it('leaves organisation-employed persons to coordinators: a region representative is refused', async () => {
    const org = await organisation();
    const result = await registry.request(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: 'Kommunens person', employerOrganisationId: org.id } },
      tokens.get(UserRole.REGION_REPRESENTATIVE),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
  });
});
