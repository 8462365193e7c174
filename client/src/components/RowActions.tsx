import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * A table row's edit button and its delete button, which asks first. The texts are the namespace's `edit`, `editFor`,
 * `delete`, `deleteFor`, `deleteTitle`, `deleteConfirm` and `deleteBody`, the row's subject filled in from `named`.
 */
export function RowActions({
  namespace,
  named,
  isDisabled,
  onEdit,
  onDelete,
}: {
  namespace: 'organisations' | 'feedback';
  named: Record<string, string>;
  isDisabled: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <button type="button" className="small" aria-label={t(`${namespace}.editFor`, named)} onClick={onEdit}>
        {t(`${namespace}.edit`)}
      </button>
      <ConfirmDialog
        trigger={t(`${namespace}.delete`)}
        triggerClassName="small danger"
        triggerLabel={t(`${namespace}.deleteFor`, named)}
        title={t(`${namespace}.deleteTitle`, named)}
        confirmLabel={t(`${namespace}.deleteConfirm`)}
        destructive
        isDisabled={isDisabled}
        onConfirm={onDelete}
      >
        <p>{t(`${namespace}.deleteBody`)}</p>
      </ConfirmDialog>
    </div>
  );
}
