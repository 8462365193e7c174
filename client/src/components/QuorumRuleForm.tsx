import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formLevel, useApiProblem } from '../errors';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import { Field } from './Field';
import { FormActions } from './FormActions';

export const QuorumRuleForm_RuleFragment = graphql(`
  fragment QuorumRuleForm_rule on QuorumRule {
    minPresent
    minShare
    everyRegionPresent
    description
    version
  }
`);

const SetQuorumRuleDocument = graphql(`
  mutation SetQuorumRule($input: SetQuorumRuleInput!) {
    setQuorumRule(input: $input) {
      id
      quorumRule {
        ...QuorumRuleForm_rule
        description
      }
    }
  }
`);

/** A whole number typed in a field, or null when it is empty. */
const wholeOrNull = (typed: string) => (typed.trim() === '' ? null : Number(typed));

/**
 * Sets a group's quorum rule: at least N voting seats filled, at least a share of them (typed in per cent), and
 * whether every region must be present. The API checks that a rule names a condition and that a meeting can meet it.
 */
export function QuorumRuleForm({
  groupId,
  rule: ruleRef,
  onSaved,
  onCancel,
}: {
  groupId: string;
  rule: FragmentType<typeof QuorumRuleForm_RuleFragment> | null;
  onSaved: (description: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const problem = useApiProblem();
  const rule = getFragmentData(QuorumRuleForm_RuleFragment, ruleRef);
  const [minPresent, setMinPresent] = useState(rule?.minPresent == null ? '' : String(rule.minPresent));
  const [minPercent, setMinPercent] = useState(rule?.minShare == null ? '' : String(Math.round(rule.minShare * 100)));
  const [everyRegion, setEveryRegion] = useState(rule?.everyRegionPresent ?? false);
  const [save, { loading, error }] = useMutation(SetQuorumRuleDocument);
  const shown = problem(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const percent = wholeOrNull(minPercent);
    const result = await save({
      variables: {
        input: {
          groupId,
          minPresent: wholeOrNull(minPresent),
          minShare: percent === null ? null : percent / 100,
          everyRegionPresent: everyRegion,
          expectedVersion: rule?.version,
        },
      },
    }).catch(() => null);
    const saved = result?.data?.setQuorumRule.quorumRule;
    if (saved) onSaved(saved.description);
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="quorum-rule-form-title">
      <h4 id="quorum-rule-form-title">{t('meetings.rule.formTitle')}</h4>
      <p className="muted">{t('meetings.rule.formIntro')}</p>
      <div className="form-row fields">
        <Field label={t('meetings.rule.minPresent')} name="minPresent" problem={shown}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              value={minPresent}
              onChange={(e) => setMinPresent(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('meetings.rule.minShare')} name="minShare" problem={shown}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              value={minPercent}
              onChange={(e) => setMinPercent(e.target.value)}
            />
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={everyRegion} onChange={(e) => setEveryRegion(e.target.checked)} />
        {t('meetings.rule.everyRegionPresent')}
      </label>
      <FormActions
        problem={formLevel(shown, ['minPresent', 'minShare'])}
        saving={loading}
        saveLabel={t('meetings.rule.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
