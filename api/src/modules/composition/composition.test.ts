import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { GroupType, Tier } from '../groups/group-type.js';
import type { Group } from '../groups/group.entity.js';
import { MemberRole } from '../memberships/member-role.js';
import { Membership } from '../memberships/membership.entity.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import { CareLevel, Gender, Person } from '../persons/person.entity.js';
import { CompositionRuleKind as Kind, RuleSeverity } from './composition-rule.entity.js';
import { CompositionStatus as S } from './composition.types.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
const region: Record<string, string> = {};
/** One region of each of the six healthcare regions. */
const ONE_PER_HEALTHCARE_REGION = ['25', '03', '01', '05', '12', '14'];

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
  for (const code of [...ONE_PER_HEALTHCARE_REGION, '24', '23', '22']) region[code] = (await f.region(code)).id;
});
afterAll(() => env.close());

type Facts = Partial<Pick<Person, 'gender' | 'profession' | 'careLevel'>>;
type TermFacts = Partial<Pick<Membership, 'interestsReviewedOn' | 'representedOrganisationId' | 'endDate'>>;

/** A member with recorded facts; the columns are written directly (their inputs belong to other modules). */
async function seat(
  group: Group,
  code: string | null,
  facts: Facts = {},
  term: TermFacts & { role?: MemberRole; startDate?: string } = {},
) {
  const person = await f.person();
  if (Object.keys(facts).length) await env.db.getRepository(Person).update(person.id, facts);
  const { role, startDate, endDate, ...rest } = term;
  const membership = await f.membership(group, person, {
    role: role ?? MemberRole.MEMBER,
    representedRegionId: code ? region[code] : null,
    startDate: startDate ?? '2024-01-01',
    endDate: endDate ?? null,
  });
  if (Object.keys(rest).length) await env.db.getRepository(Membership).update(membership.id, rest);
  return { person, membership };
}

const statusOf = async (groupId: string, day = '2025-06-01') => {
  const composition = await env.services.composition.evaluate(groupId, day);
  return Object.fromEntries(composition.checks.map((c) => [c.rule.kind, c]));
};

const nag = async () => f.group(GroupType.NAG, { parentId: (await f.npo()).id });

describe('the default rules', () => {
  it('are data: seven for an NAG, three for an NPO, none for a local group', async () => {
    const kinds = async (type: GroupType) => (await env.services.composition.listRules(type)).map((r) => r.kind).sort();
    expect(await kinds(GroupType.NAG)).toHaveLength(7);
    expect(await kinds(GroupType.NPO)).toEqual([
      Kind.CHAIR_TERM_LIMIT,
      Kind.EVERY_AREA_REPRESENTED,
      Kind.INTERESTS_REVIEWED,
    ]);
    expect(await kinds(GroupType.LAG)).toEqual([]);
  });
});

describe('a group judged on a day', () => {
  it('an empty NAG: red where required, amber where advised or nothing is recorded', async () => {
    const group = await nag();
    const checks = await statusOf(group.id);
    expect(checks[Kind.EVERY_AREA_REPRESENTED]!.status).toBe(S.RED);
    expect(checks[Kind.EVERY_AREA_REPRESENTED]!.suggestedRegionIds).toHaveLength(21);
    expect(checks[Kind.GENDER_BALANCE]!).toMatchObject({ status: S.AMBER, suggestedRole: null });
    expect(checks[Kind.GENDER_BALANCE]!.message).toContain('kan inte bedömas');
    expect(checks[Kind.PROFESSIONS]!.status).toBe(S.AMBER);
    expect(checks[Kind.CARE_LEVELS]!.status).toBe(S.AMBER);
    expect(checks[Kind.PATIENT_REPRESENTATIVE]).toMatchObject({
      status: S.RED,
      suggestedRole: MemberRole.PATIENT_REPRESENTATIVE,
    });
    expect(checks[Kind.MUNICIPAL_REPRESENTATIVE]).toMatchObject({ status: S.AMBER, suggestedRole: MemberRole.MEMBER });
    expect(checks[Kind.INTERESTS_REVIEWED]!.status).toBe(S.GREEN);
    expect((await env.services.composition.evaluate(group.id, '2025-06-01')).status).toBe(S.RED);
  });

  it('a well-composed NAG is green on every rule, and each rule breaks on its own', async () => {
    const group = await nag();
    const municipality = await env.db.getRepository(Organisation).save({
      name: 'Testkommun',
      searchKey: 'testkommun',
      kind: OrganisationKind.MUNICIPALITY,
      regionId: region['25']!,
    });
    const people = [
      [Gender.WOMAN, 'Läkare', CareLevel.PRIMARY],
      [Gender.MAN, 'Sjuksköterska', CareLevel.SPECIALIST],
      [Gender.WOMAN, 'Läkare', CareLevel.SPECIALIST],
      [Gender.MAN, 'Fysioterapeut', null],
      [Gender.WOMAN, null, null],
      [Gender.MAN, null, null],
    ] as const;
    const seats = [];
    for (const [i, [gender, profession, careLevel]] of people.entries()) {
      seats.push(
        await seat(
          group,
          ONE_PER_HEALTHCARE_REGION[i]!,
          { gender, profession, careLevel },
          { interestsReviewedOn: '2024-02-01', representedOrganisationId: i === 0 ? municipality.id : null },
        ),
      );
    }
    await seat(group, null, {}, { role: MemberRole.PATIENT_REPRESENTATIVE });
    // a deputy counts for nothing: neither a region nor a gender
    await seat(group, '24', { gender: Gender.WOMAN }, { role: MemberRole.DEPUTY });
    const green = await env.services.composition.evaluate(group.id, '2025-06-01');
    expect(green.checks.map((c) => [c.rule.kind, c.status])).toEqual(
      Object.values(Kind)
        .filter((k) => k !== Kind.CHAIR_TERM_LIMIT)
        .map((k) => [k, S.GREEN]),
    );
    expect(green.status).toBe(S.GREEN);

    // three years later the declarations are stale; one never reviewed
    await env.db.getRepository(Membership).update(seats[5]!.membership.id, { interestsReviewedOn: null });
    const later = await statusOf(group.id, '2027-02-02');
    expect(later[Kind.INTERESTS_REVIEWED]!.status).toBe(S.RED);
    expect(later[Kind.INTERESTS_REVIEWED]!.message).toContain('6 av 6');
    expect((await statusOf(group.id, '2027-01-31'))[Kind.INTERESTS_REVIEWED]!.message).toContain('1 av 6');

    // the member from Västra leaves: Västra is missing, and only its region is suggested
    await env.services.memberships.end(coordinator, seats[5]!.membership.id, '2025-06-30');
    const after = await statusOf(group.id, '2025-07-01');
    expect(after[Kind.EVERY_AREA_REPRESENTED]!.status).toBe(S.RED);
    expect(after[Kind.EVERY_AREA_REPRESENTED]!.message).toContain('Västra sjukvårdsregionen');
    expect(after[Kind.EVERY_AREA_REPRESENTED]!.suggestedRegionIds).toEqual([region['14']]);
    // 3 women, 2 men: 60 % is within the rule
    expect(after[Kind.GENDER_BALANCE]!.status).toBe(S.GREEN);
    await env.services.memberships.end(coordinator, seats[3]!.membership.id, '2025-06-30');
    const uneven = await statusOf(group.id, '2025-07-01');
    expect(uneven[Kind.GENDER_BALANCE]).toMatchObject({ status: S.RED, suggestedRole: MemberRole.MEMBER });
    expect(uneven[Kind.GENDER_BALANCE]!.message).toContain('3 av 4');
    expect(uneven[Kind.MUNICIPAL_REPRESENTATIVE]!.status).toBe(S.GREEN);
  });

  it('counts professions and care levels among those who recorded them', async () => {
    const group = await nag();
    await seat(group, '25', { profession: 'Läkare', careLevel: CareLevel.PRIMARY });
    await seat(group, '03', { profession: ' läkare ' });
    const checks = await statusOf(group.id);
    expect(checks[Kind.PROFESSIONS]).toMatchObject({ status: S.AMBER, suggestedRole: MemberRole.MEMBER });
    expect(checks[Kind.PROFESSIONS]!.message).toContain('1 yrke');
    expect(checks[Kind.CARE_LEVELS]!.message).toContain('specialiserad vård');
  });

  it('what-if: appointees are counted without anything written', async () => {
    const group = await nag();
    await seat(group, '25', { gender: Gender.WOMAN });
    await seat(group, '03', { gender: Gender.WOMAN });
    await seat(group, '05', { gender: Gender.MAN });
    const man = await f.person();
    await env.db.getRepository(Person).update(man.id, { gender: Gender.MAN });
    const before = await f.counts();
    expect((await statusOf(group.id))[Kind.GENDER_BALANCE]!.status).toBe(S.RED);
    const appointee = (role: MemberRole, code: string | null) => ({
      personId: man.id,
      role,
      representedRegionId: code ? region[code]! : null,
      representedOrganisationId: null,
      endDate: null,
      interestsReviewedOn: null,
    });
    const whatIf = await env.services.composition.evaluate(group.id, '2025-06-01', {
      addCandidates: [appointee(MemberRole.MEMBER, '01')],
    });
    const checks = Object.fromEntries(whatIf.checks.map((c) => [c.rule.kind, c]));
    expect(checks[Kind.GENDER_BALANCE]!.status).toBe(S.GREEN);
    expect(checks[Kind.EVERY_AREA_REPRESENTED]!.message).not.toContain('Stockholm');
    expect(checks[Kind.INTERESTS_REVIEWED]!.status).toBe(S.RED);
    const patient = await env.services.composition.evaluate(group.id, '2025-06-01', {
      addCandidates: [appointee(MemberRole.PATIENT_REPRESENTATIVE, null)],
    });
    expect(patient.checks.find((c) => c.rule.kind === Kind.PATIENT_REPRESENTATIVE)!.status).toBe(S.GREEN);
    expect(await f.counts()).toEqual(before);
    expect((await statusOf(group.id))[Kind.PATIENT_REPRESENTATIVE]!.status).toBe(S.RED);
  });

  it("limits an NPO chair's continuous run over consecutive terms, not over a break", async () => {
    const npo = await f.npo();
    const chair = await f.person();
    await f.membership(npo, chair, {
      role: MemberRole.CHAIR,
      representedRegionId: region['25'],
      startDate: '2020-01-01',
      endDate: '2021-12-31',
    });
    await f.membership(npo, chair, {
      role: MemberRole.CHAIR,
      representedRegionId: region['25'],
      startDate: '2022-01-01',
      endDate: '2023-06-30',
    });
    const long = (await statusOf(npo.id, '2023-01-01'))[Kind.CHAIR_TERM_LIMIT]!;
    expect(long).toMatchObject({ status: S.RED, suggestedRole: MemberRole.CHAIR });
    expect(long.message).toContain('2022-12-31');

    const other = await f.npo();
    const second = await f.person();
    await f.membership(other, second, {
      role: MemberRole.CHAIR,
      representedRegionId: region['25'],
      startDate: '2020-01-01',
      endDate: '2021-12-31',
    });
    await f.membership(other, second, {
      role: MemberRole.CHAIR,
      representedRegionId: region['25'],
      startDate: '2022-02-01',
      endDate: '2024-12-31',
    });
    expect((await statusOf(other.id, '2023-01-01'))[Kind.CHAIR_TERM_LIMIT]!.status).toBe(S.GREEN);

    const open = await f.npo();
    await f.membership(open, await f.person(), {
      role: MemberRole.CHAIR,
      representedRegionId: region['25'],
      startDate: '2024-01-01',
    });
    expect((await statusOf(open.id, '2024-06-01'))[Kind.CHAIR_TERM_LIMIT]!.message).toContain('utan slutdatum');
    expect((await statusOf((await f.npo()).id, '2024-06-01'))[Kind.CHAIR_TERM_LIMIT]!.status).toBe(S.GREEN);
  });

  it("a healthcare-regional group is to have each of its healthcare region's regions, as advice", async () => {
    const norra = await f.healthcareRegion('NORRA');
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: norra.id });
    await seat(rpo, '25', { gender: Gender.MAN });
    await seat(rpo, '24', { gender: Gender.WOMAN });
    const checks = await statusOf(rpo.id);
    expect(checks[Kind.EVERY_AREA_REPRESENTED]).toMatchObject({ status: S.AMBER, suggestedRole: MemberRole.MEMBER });
    expect(checks[Kind.EVERY_AREA_REPRESENTED]!.suggestedRegionIds.sort()).toEqual([region['23'], region['22']].sort());
    expect(checks[Kind.GENDER_BALANCE]!.status).toBe(S.GREEN);
  });

  it('the heat map lists every open group of the tier with the kinds as columns', async () => {
    const map = await env.services.composition.heatMap({ tier: Tier.NATIONAL, types: [GroupType.NAG] }, '2025-06-01');
    expect(map.rules[0]).toBe(Kind.EVERY_AREA_REPRESENTED);
    expect(map.rules).not.toContain(Kind.CHAIR_TERM_LIMIT);
    expect(map.rows.length).toBeGreaterThan(3);
    expect(map.rows.every((r) => r.group.type === GroupType.NAG && r.checks.length === 7)).toBe(true);
  });
});

describe('writing rules', () => {
  const counts = async () => ({ rules: (await env.services.composition.listRules()).length });

  it('refuses what a kind does not take, what it needs left out, a second rule of a kind, and local areas', async () => {
    const refuse = (input: object, code: 'BAD_USER_INPUT' | 'CONFLICT', reason: string) =>
      expectRefusal(
        () =>
          env.services.composition.createRule(coordinator, {
            groupType: GroupType.LAG,
            kind: Kind.GENDER_BALANCE,
            severity: RuleSeverity.ADVISORY,
            ...input,
          }),
        { code, reason },
        counts,
      );
    await refuse({}, 'BAD_USER_INPUT', 'RULE_FIELD_REQUIRED');
    await refuse({ minShare: 0.4, years: 3 }, 'BAD_USER_INPUT', 'RULE_FIELD_NOT_ALLOWED');
    await refuse({ minShare: 0.7 }, 'BAD_USER_INPUT', 'INVALID_INPUT');
    await refuse({ kind: Kind.EVERY_AREA_REPRESENTED }, 'BAD_USER_INPUT', 'RULE_NOT_FOR_TYPE');
    await refuse(
      { kind: Kind.CARE_LEVELS, careLevels: [CareLevel.PRIMARY, CareLevel.PRIMARY] },
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    await refuse({ groupType: GroupType.NAG, minShare: 0.4 }, 'CONFLICT', 'RULE_EXISTS');
    await expectRefusal(
      () =>
        env.services.composition.createRule(viewer, {
          groupType: GroupType.LAG,
          kind: Kind.GENDER_BALANCE,
          severity: RuleSeverity.ADVISORY,
          minShare: 0.4,
        }),
      { code: 'FORBIDDEN' },
      counts,
    );
  });

  it('creates, updates with its version and deletes a rule, each audited, and the evaluation follows', async () => {
    const lag = await f.group(GroupType.LAG, { regionId: region['25'] });
    await seat(lag, null, { gender: Gender.WOMAN }, { role: MemberRole.MEMBER });
    expect((await env.services.composition.evaluate(lag.id, '2025-06-01')).checks).toEqual([]);
    const rule = await env.services.composition.createRule(coordinator, {
      groupType: GroupType.LAG,
      kind: Kind.INTERESTS_REVIEWED,
      severity: RuleSeverity.ADVISORY,
      years: 2,
    });
    expect((await statusOf(lag.id))[Kind.INTERESTS_REVIEWED]!.status).toBe(S.AMBER);
    const updated = await env.services.composition.updateRule(coordinator, {
      id: rule.id,
      severity: RuleSeverity.REQUIRED,
      expectedVersion: rule.version,
    });
    expect(updated).toMatchObject({ severity: 'REQUIRED', years: 2, version: rule.version + 1 });
    expect((await statusOf(lag.id))[Kind.INTERESTS_REVIEWED]!.status).toBe(S.RED);
    await expectRefusal(
      () => env.services.composition.updateRule(coordinator, { id: rule.id, years: 4, expectedVersion: rule.version }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    await expectRefusal(() => env.services.composition.updateRule(coordinator, { id: rule.id, minCount: 4 }), {
      code: 'BAD_USER_INPUT',
      reason: 'RULE_FIELD_NOT_ALLOWED',
    });
    await expectRefusal(() => env.services.composition.updateRule(coordinator, { id: rule.id, years: null }), {
      code: 'BAD_USER_INPUT',
      reason: 'RULE_FIELD_REQUIRED',
    });
    await expectRefusal(() => env.services.composition.deleteRule(viewer, rule.id), { code: 'FORBIDDEN' });
    expect(await env.services.composition.deleteRule(coordinator, rule.id, updated.version)).toBe(rule.id);
    await expectRefusal(() => env.services.composition.deleteRule(coordinator, rule.id), { code: 'NOT_FOUND' });
    const events = await env.db
      .getRepository(AuditEvent)
      .find({ where: { entityType: AuditEntityType.COMPOSITION_RULE, entityId: rule.id }, order: { at: 'ASC' } });
    expect(events.map((e) => e.operation)).toEqual([
      'createCompositionRule',
      'updateCompositionRule',
      'deleteCompositionRule',
    ]);
  });
});
