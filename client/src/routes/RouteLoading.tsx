import { useTranslation } from 'react-i18next';

/** What shows while a screen's code loads. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}
