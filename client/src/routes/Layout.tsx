import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useCan, useMe, useSignOut } from '../auth';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const can = useCan();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <nav aria-label={t('nav.label')}>
          <NavLink to="/" end>
            {t('nav.dashboard')}
          </NavLink>
          <NavLink to="/groups">{t('nav.groups')}</NavLink>
          <NavLink to="/persons">{t('nav.persons')}</NavLink>
          <NavLink to="/nominations">{t('nav.nominations')}</NavLink>
          <NavLink to="/dialogues">{t('nav.dialogues')}</NavLink>
          <NavLink to="/reports/annual">{t('nav.annualReport')}</NavLink>
          {can.editRegister && <NavLink to="/import">{t('nav.import')}</NavLink>}
          {can.handlePersonalData && <NavLink to="/persons/review">{t('nav.review')}</NavLink>}
          {can.manageUsers && <NavLink to="/admin/users">{t('nav.users')}</NavLink>}
        </nav>
        <div className="app-user">
          <span>
            {me.email} · {t(`userRole.${me.role}`)}
            {me.region ? ` · ${me.region.name}` : ''}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={signOut}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main">
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
