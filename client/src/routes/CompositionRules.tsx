import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../auth';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CompositionRuleForm, valuesToSend, type RuleValues } from '../components/CompositionRuleForm';
import { ProblemMessage } from '../components/ProblemMessage';
import { SaveStatus } from '../components/SaveStatus';
import { useApiProblem } from '../errors';
import { getFragmentData, graphql } from '../gql';
import type { CompositionRules_RuleFragment, GroupType } from '../gql/graphql';

const RuleFields = graphql(`
  fragment CompositionRules_rule on CompositionRule {
    id
    groupType
    kind
    severity
    minShare
    minCount
    years
    careLevels
    version
  }
`);

const CompositionRulesDocument = graphql(`
  query CompositionRules($groupType: GroupType) {
    compositionRules(groupType: $groupType) {
      ...CompositionRules_rule
    }
    compositionRuleKinds {
      kind
      field
      groupTypes
    }
  }
`);

const CreateCompositionRuleDocument = graphql(`
  mutation CreateCompositionRule($input: CompositionRuleInput!) {
    createCompositionRule(input: $input) {
      id
    }
  }
`);

const UpdateCompositionRuleDocument = graphql(`
  mutation UpdateCompositionRule($input: UpdateCompositionRuleInput!) {
    updateCompositionRule(input: $input) {
      ...CompositionRules_rule
    }
  }
`);

const DeleteCompositionRuleDocument = graphql(`
  mutation DeleteCompositionRule($id: ID!, $expectedVersion: Int) {
    deleteCompositionRule(id: $id, expectedVersion: $expectedVersion)
  }
`);

type Rule = CompositionRules_RuleFragment;

const GROUP_TYPES: GroupType[] = ['NPO', 'NAG', 'NSG', 'RPO', 'RAG', 'RSG', 'LPO', 'LAG', 'LSG'];

/** The rule's limit in words: "minst 40 % per kön", "3 år", the care levels. */
function useLimit() {
  const { t } = useTranslation();
  return (rule: Rule) => {
    if (rule.minShare != null) return t('composition.rules.valueShare', { percent: Math.round(rule.minShare * 100) });
    if (rule.minCount != null) return t('composition.rules.valueCount', { count: rule.minCount });
    if (rule.years != null) return t('composition.rules.valueYears', { count: rule.years });
    if (rule.careLevels.length) return rule.careLevels.map((l) => t(`composition.careLevel.${l}`)).join(', ');
    return t('composition.rules.noValue');
  };
}

/**
 * The composition rules per group type ("Regler för sammansättning"): every role reads them; coordinators and
 * administrators change a rule's weight and limit, add a kind the type lacks, or delete one.
 */
export function CompositionRules() {
  const { t } = useTranslation();
  const can = useCan();
  const problem = useApiProblem();
  const limit = useLimit();
  const [params, setParams] = useSearchParams();
  const groupType = (GROUP_TYPES as string[]).includes(params.get('type') ?? '')
    ? (params.get('type') as GroupType)
    : 'NAG';
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, refetch } = useQuery(CompositionRulesDocument, { variables: { groupType } });
  const [create, creating] = useMutation(CreateCompositionRuleDocument);
  const [update, updating] = useMutation(UpdateCompositionRuleDocument);
  const [remove, removing] = useMutation(DeleteCompositionRuleDocument);
  const rules = getFragmentData(RuleFields, data?.compositionRules ?? []);
  const kinds = data?.compositionRuleKinds ?? [];
  const missing = kinds.filter((k) => k.groupTypes.includes(groupType) && !rules.some((r) => r.kind === k.kind));
  const done = async (message: string) => {
    setEditing(null);
    await refetch();
    setSaved(message);
  };
  const save = async (rule: Rule, values: RuleValues, field: string | null) => {
    setSaved(null);
    const result = await update({
      variables: { input: { id: rule.id, ...valuesToSend(values, field), expectedVersion: rule.version } },
    }).catch(() => null);
    if (result?.data) await done(t('composition.rules.saved'));
  };
  const add = async (values: RuleValues, field: string | null) => {
    setSaved(null);
    const result = await create({
      variables: { input: { groupType, kind: values.kind, ...valuesToSend(values, field) } },
    }).catch(() => null);
    if (result?.data) await done(t('composition.rules.created'));
  };
  const error = creating.error ?? updating.error ?? removing.error;
  return (
    <section>
      <div className="page-heading">
        <h1>{t('composition.rules.title')}</h1>
        <Link to="/composition">{t('composition.heatMapLink')}</Link>
      </div>
      <p className="muted">{t('composition.rules.intro')}</p>
      <div className="filters">
        <label>
          {t('composition.rules.groupType')}
          <select
            value={groupType}
            onChange={(e) => {
              setEditing(null);
              setParams({ type: e.target.value }, { replace: true });
            }}
          >
            {GROUP_TYPES.map((type) => (
              <option key={type} value={type}>
                {type} – {t(`groupType.${type}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SaveStatus message={saved} />
      <ProblemMessage problem={problem(error)} />
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : rules.length === 0 ? (
        <p>{t('composition.rules.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('composition.rules.kind')}</th>
                <th scope="col">{t('composition.rules.severity')}</th>
                <th scope="col">{t('composition.rules.value')}</th>
                {can.editRegister && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => {
                const kindName = t(`composition.kind.${rule.kind}`);
                return editing === rule.id ? (
                  <tr key={rule.id}>
                    <th scope="row">{kindName}</th>
                    <td colSpan={can.editRegister ? 3 : 2}>
                      <CompositionRuleForm
                        initial={{
                          kind: rule.kind,
                          severity: rule.severity,
                          minShare: rule.minShare ?? null,
                          minCount: rule.minCount ?? null,
                          years: rule.years ?? null,
                          careLevels: [...rule.careLevels],
                        }}
                        kinds={kinds.filter((k) => k.kind === rule.kind)}
                        saving={updating.loading}
                        submitLabel={t('composition.rules.save')}
                        onSubmit={(values, field) => void save(rule, values, field)}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={rule.id}>
                    <th scope="row">{kindName}</th>
                    <td>{t(`composition.severity.${rule.severity}`)}</td>
                    <td>{limit(rule)}</td>
                    {can.editRegister && (
                      <td>
                        <div className="actions">
                          <button
                            type="button"
                            className="small"
                            aria-label={`${t('composition.rules.edit')}: ${kindName}`}
                            onClick={() => setEditing(rule.id)}
                          >
                            {t('composition.rules.edit')}
                          </button>
                          <ConfirmDialog
                            trigger={t('composition.rules.delete')}
                            triggerClassName="small danger"
                            triggerLabel={`${t('composition.rules.delete')}: ${kindName}`}
                            title={t('composition.rules.deleteConfirm', { kind: kindName, type: groupType })}
                            confirmLabel={t('composition.rules.delete')}
                            destructive
                            isDisabled={removing.loading}
                            onConfirm={async () => {
                              setSaved(null);
                              const result = await remove({
                                variables: { id: rule.id, expectedVersion: rule.version },
                              }).catch(() => null);
                              if (result?.data) await done(t('composition.rules.deleted'));
                            }}
                          >
                            <p>{t('composition.rules.intro')}</p>
                          </ConfirmDialog>
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {can.editRegister && missing.length > 0 && (
        <section aria-labelledby="add-rule-title" className="card">
          <h2 id="add-rule-title">{t('composition.rules.add')}</h2>
          <CompositionRuleForm
            key={`${groupType}-${missing.map((k) => k.kind).join()}`}
            initial={{
              kind: missing[0]!.kind,
              severity: 'ADVISORY',
              minShare: null,
              minCount: null,
              years: null,
              careLevels: [],
            }}
            kinds={missing}
            saving={creating.loading}
            submitLabel={t('composition.rules.add')}
            onSubmit={(values, field) => void add(values, field)}
          />
        </section>
      )}
    </section>
  );
}
