import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/** A goal's edit button and its delete button, which asks first; the texts are those of the goal's kind. */
export function GoalActions({
  namespace,
  name,
  isDisabled,
  onEdit,
  onDelete,
}: {
  namespace: 'goals' | 'operationalGoals';
  name: string;
  isDisabled: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <button type="button" aria-label={t(`${namespace}.editNamed`, { name })} onClick={onEdit}>
        {t(`${namespace}.edit`)}
      </button>
      <ConfirmDialog
        trigger={t(`${namespace}.delete`)}
        triggerLabel={t(`${namespace}.deleteNamed`, { name })}
        title={t(`${namespace}.deleteTitle`, { name })}
        confirmLabel={t(`${namespace}.deleteConfirm`)}
        destructive
        isDisabled={isDisabled}
        onConfirm={onDelete}
      >
        <p>{t(`${namespace}.deleteBody`, { name })}</p>
      </ConfirmDialog>
    </div>
  );
}
