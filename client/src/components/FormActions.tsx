import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors';
import { ProblemMessage } from './ProblemMessage';

/** A refusal that belongs to a group of checkboxes (`extensions.field` names the group), shown under them. */
export function FieldsetProblem({ problem, field }: { problem: ApiProblem | null; field: string }) {
  if (problem?.field !== field) return null;
  return (
    <p className="problem" role="alert">
      {problem.message}
    </p>
  );
}

/** The end of an editing form: a refusal no field shows, the save button and a way out without saving. */
export function FormActions({
  problem,
  saving,
  saveLabel,
  onCancel,
}: {
  problem: ApiProblem | null;
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ProblemMessage problem={problem} />
      <div className="form-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('common.saving') : saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
