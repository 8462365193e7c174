import { useTranslation } from 'react-i18next';

/** The header of a table's column of row buttons: screen readers hear what the column holds, sighted users see none. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <th scope="col">
      <span className="visually-hidden">{t('common.actions')}</span>
    </th>
  );
}
