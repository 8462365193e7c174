import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors.js';
import { coordinator } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import { CompositionRule, CompositionRuleKind, RuleSeverity } from './composition-rule.entity.js';

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DomainError ? String(e.extensions.code) : String(e)),
  );

describe.each(await testDatabases())('concurrent rule writes on %s', (database) => {
  it('of two edits of one version exactly one wins; of two creates of one kind exactly one', async () => {
    const env = await openTestServices({ database });
    try {
      const [rule] = await env.services.composition.listRules(GroupType.NAG);
      const edits = await Promise.all(
        [1, 2].map(() =>
          outcome(
            env.services.composition.updateRule(coordinator, {
              id: rule!.id,
              severity: rule!.severity === RuleSeverity.REQUIRED ? RuleSeverity.ADVISORY : RuleSeverity.REQUIRED,
              expectedVersion: rule!.version,
            }),
          ),
        ),
      );
      expect(edits.sort()).toEqual(['CONFLICT', 'ok']);
      const creates = await Promise.all(
        [1, 2].map((minCount) =>
          outcome(
            env.services.composition.createRule(coordinator, {
              groupType: GroupType.LAG,
              kind: CompositionRuleKind.PATIENT_REPRESENTATIVE,
              severity: RuleSeverity.ADVISORY,
              minCount,
            }),
          ),
        ),
      );
      expect(creates.sort()).toEqual(['CONFLICT', 'ok']);
      expect(await env.db.getRepository(CompositionRule).countBy({ groupType: GroupType.LAG })).toBe(1);
    } finally {
      await env.close();
    }
  });
});
