import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a meeting's screens show when the meeting named in the address does not exist (or was deleted). */
export function MeetingNotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('meetings.page.notFound')}</h1>
      <Link to="/bodies">{t('meetings.page.toBodies')}</Link>
    </section>
  );
}
