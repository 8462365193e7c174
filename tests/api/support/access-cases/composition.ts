import { coordinator } from '../../../../api/src/test-support/factories.js';
import {
  CompositionRule,
  CompositionRuleKind,
  RuleSeverity,
} from '../../../../api/src/modules/composition/composition-rule.entity.js';
import { GroupType } from '../../../../api/src/modules/groups/group-type.js';
import { KEEPERS, next, registry, s, type Case } from '../access-matrix.js';

/** A rule of a type that has none by default, made afresh for each role's attempt. */
async function freshRule(groupType: GroupType) {
  await registry.db
    .getRepository(CompositionRule)
    .delete({ groupType, kind: CompositionRuleKind.PATIENT_REPRESENTATIVE });
  return s().composition.createRule(coordinator, {
    groupType,
    kind: CompositionRuleKind.PATIENT_REPRESENTATIVE,
    severity: RuleSeverity.ADVISORY,
    minCount: 1,
  });
}

/** The composition rules: coordinators and administrators write them; everyone reads them. */
export const compositionCases: Case[] = [
  {
    mutation: 'createCompositionRule',
    allowed: KEEPERS,
    prepare: async () => {
      await registry.db
        .getRepository(CompositionRule)
        .delete({ groupType: GroupType.LSG, kind: CompositionRuleKind.PROFESSIONS });
      return {
        query: `mutation { createCompositionRule(input: { groupType: LSG, kind: PROFESSIONS, severity: ADVISORY, minCount: 2 }) { id } }`,
      };
    },
  },
  {
    mutation: 'updateCompositionRule',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateCompositionRule(input: { id: "${(await freshRule(GroupType.LAG)).id}", minCount: ${(next() % 40) + 2} }) { id version } }`,
    }),
  },
  {
    mutation: 'deleteCompositionRule',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { deleteCompositionRule(id: "${(await freshRule(GroupType.LPO)).id}") }`,
    }),
  },
];
