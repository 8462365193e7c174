import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompositionRule } from '../../api/src/modules/composition/composition-rule.entity.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { describeRoleMatrix, registry, startMatrixRegistry, tokens } from './support/access-matrix.js';
import { compositionCases } from './support/access-cases/composition.js';
import { UserRole } from '../../api/src/common/user-role.js';

/**
 * The composition rules over HTTP: who may write them (the role matrix), what bad input gets, and that every role
 * reads the rules, a group's composition and the heat map.
 */
beforeAll(async () => {
  await startMatrixRegistry();
});
afterAll(() => registry.stop());

describe('the role matrix over HTTP', () => {
  describeRoleMatrix(compositionCases);
});

describe('bad input changes nothing', () => {
  const nagRule = async (kind: string) =>
    (
      await registry.db
        .getRepository(CompositionRule)
        .findOneByOrFail({ groupType: 'NAG' as never, kind: kind as never })
    ).id;

  it.each([
    [
      'a field the kind needs left out',
      'createCompositionRule(input: { groupType: LSG, kind: GENDER_BALANCE, severity: ADVISORY })',
      'BAD_USER_INPUT',
      'RULE_FIELD_REQUIRED',
    ],
    [
      'a field the kind has not',
      'createCompositionRule(input: { groupType: LSG, kind: GENDER_BALANCE, severity: ADVISORY, minShare: 0.4, minCount: 2 })',
      'BAD_USER_INPUT',
      'RULE_FIELD_NOT_ALLOWED',
    ],
    [
      'a share out of range',
      'createCompositionRule(input: { groupType: LSG, kind: GENDER_BALANCE, severity: ADVISORY, minShare: 1.5 })',
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    ],
    [
      'areas of a local group',
      'createCompositionRule(input: { groupType: LPO, kind: EVERY_AREA_REPRESENTED, severity: ADVISORY })',
      'BAD_USER_INPUT',
      'RULE_NOT_FOR_TYPE',
    ],
    [
      'a second rule of a kind',
      'createCompositionRule(input: { groupType: NAG, kind: PATIENT_REPRESENTATIVE, severity: ADVISORY, minCount: 2 })',
      'CONFLICT',
      'RULE_EXISTS',
    ],
    ['an unknown rule', 'deleteCompositionRule(id: "00000000-0000-0000-0000-000000000000")', 'NOT_FOUND', 'NOT_FOUND'],
    ['an id that is no id', 'updateCompositionRule(input: { id: "x", years: 2 })', 'NOT_FOUND', 'NOT_FOUND'],
  ])('%s', async (_name, mutation, code, reason) => {
    const before = await databaseFingerprint(registry.db);
    const selection = mutation.startsWith('delete') ? '' : '{ id }';
    const result = await registry.request(
      `mutation { ${mutation} ${selection} }`,
      {},
      tokens.get(UserRole.COORDINATOR),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, reason });
    expect(await databaseFingerprint(registry.db)).toBe(before);
  });

  it('a stale version and a field of another kind on an edit', async () => {
    const id = await nagRule('INTERESTS_REVIEWED');
    const coordinatorToken = tokens.get(UserRole.COORDINATOR);
    const before = await databaseFingerprint(registry.db);
    const stale = await registry.request(
      `mutation { updateCompositionRule(input: { id: "${id}", years: 2, expectedVersion: 99 }) { id } }`,
      {},
      coordinatorToken,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const other = await registry.request(
      `mutation { updateCompositionRule(input: { id: "${id}", minShare: 0.3 }) { id } }`,
      {},
      coordinatorToken,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RULE_FIELD_NOT_ALLOWED' });
    const badEnum = await registry.request(
      `mutation { createCompositionRule(input: { groupType: NAG, kind: NO_SUCH_KIND, severity: ADVISORY }) { id } }`,
      {},
      coordinatorToken,
    );
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(registry.db)).toBe(before);
  });
});

describe('reading', () => {
  it.each(Object.values(UserRole))('as %s: rules, a group card and the heat map', async (role) => {
    const result = await registry.request<{
      compositionRules: { kind: string }[];
      compositionRuleKinds: { kind: string; field: string | null; groupTypes: string[] }[];
      compositionHeatMap: { rules: string[]; rows: { status: string; group: { composition: { status: string } } }[] };
    }>(
      `{ compositionRules(groupType: NAG) { kind severity minShare minCount years careLevels }
         compositionRuleKinds { kind field groupTypes }
         compositionHeatMap(tier: NATIONAL, asOf: "2025-06-01") { asOf rules rows { status group { id composition(asOf: "2025-06-01") { status } }
           checks { status message suggestedRole suggestedRegions { id } rule { kind } } } } }`,
      {},
      tokens.get(role),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.compositionRules).toHaveLength(7);
    const kinds = result.data!.compositionRuleKinds;
    expect(kinds.find((k) => k.kind === 'GENDER_BALANCE')!.field).toBe('minShare');
    expect(kinds.find((k) => k.kind === 'EVERY_AREA_REPRESENTED')).toMatchObject({ field: null });
    expect(kinds.find((k) => k.kind === 'EVERY_AREA_REPRESENTED')!.groupTypes).not.toContain('LAG');
    expect(result.data!.compositionHeatMap.rules).toContain('PATIENT_REPRESENTATIVE');
    for (const row of result.data!.compositionHeatMap.rows) expect(row.group.composition.status).toBe(row.status);
  });
});
