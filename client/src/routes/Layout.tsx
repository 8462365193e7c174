import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useMatches } from 'react-router';
import { useCan, useMe, useSignOut } from '../auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PAGES, type PageHandle } from '../pages';
import { markScrollRegions } from '../scrollRegions';
import { RouteLoading } from './RouteLoading';

/** The handle of the route on screen (the deepest match that has one). */
function usePage(): PageHandle {
  const matches = useMatches();
  const handle = [...matches].reverse().find((m) => m.handle)?.handle as PageHandle | undefined;
  return handle ?? PAGES.notFound;
}

/** The navigation's links; a link is current only when no deeper link matches the location too. */
const NAV_PATHS = [
  '/',
  '/groups',
  '/persons',
  '/nominations',
  '/composition',
  '/dialogues',
  '/reports/annual',
  '/bodies',
  '/attendance',
  '/topics',
  '/populations',
  '/import',
  '/persons/review',
  '/admin/users',
];

/**
 * For a navigation link, whether it must match the location exactly (NavLink's `end`): when another, deeper link
 * also matches ("Gallring" at /persons/review below "Personer"), only the deepest is current.
 */
function useDeepestNavMatch(): (to: string) => boolean {
  const { pathname } = useLocation();
  const matches = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  return (to) => NAV_PATHS.some((other) => other !== to && other.startsWith(`${to}/`) && matches(other));
}

/**
 * Names the page in the browser's title ("<page> – Kunskapsstyrningsregistret") and, after a navigation to another
 * path, moves focus to the page's main heading, so that a screen reader announces the new page and the keyboard starts
 * there. Both follow the heading the screen renders (it names the group or person), which may arrive after its data;
 * until then the route's own title stands. A change of the query string alone (a filter) moves no focus.
 * The same watch marks the parts that scroll sideways as focusable, named regions (scrollRegions.ts).
 */
function usePageTitleAndFocus(page: PageHandle) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  useEffect(() => {
    const container = main.current;
    if (!container) return;
    const app = t('app.title');
    const focusPending = pathname !== firstPath.current;
    let focused = false;
    const update = () => {
      const heading = container.querySelector('h1');
      const name = heading?.textContent?.trim() || t(page.title);
      const title = `${name} – ${app}`;
      if (document.title !== title) document.title = title;
      markScrollRegions(container, t('common.scrollRegion'));
      if (heading && focusPending && !focused) {
        focused = true;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [pathname, page, t, i18n.resolvedLanguage]);
  return main;
}

/** What a role that may not use the screen sees instead of it: said in the user's language, with no form to fill. */
function NotPermitted({ page }: { page: PageHandle }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section className="not-permitted">
      <h1>{t('nav.access.title')}</h1>
      <p>
        {t('nav.access.body', {
          action: t(`nav.access.action.${page.action ?? 'default'}`),
          role: t(`userRole.${me.role}`).toLocaleLowerCase(),
        })}
      </p>
      <p>{t('nav.access.help')}</p>
    </section>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const can = useCan();
  const page = usePage();
  const main = usePageTitleAndFocus(page);
  const permitted = !page.permission || can[page.permission];
  const deepest = useDeepestNavMatch();
  const allowed = (handle: PageHandle) => !handle.permission || can[handle.permission];
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
          <NavLink to="/groups" end={deepest('/groups')}>
            {t('nav.groups')}
          </NavLink>
          <NavLink to="/persons" end={deepest('/persons')}>
            {t('nav.persons')}
          </NavLink>
          <NavLink to="/nominations" end={deepest('/nominations')}>
            {t('nav.nominations')}
          </NavLink>
          <NavLink to="/composition">{t('composition.nav')}</NavLink>
          <NavLink to="/dialogues" end={deepest('/dialogues')}>
            {t('nav.dialogues')}
          </NavLink>
          <NavLink to="/reports/annual" end={deepest('/reports/annual')}>
            {t('nav.annualReport')}
          </NavLink>
          <NavLink to="/bodies">{t('meetings.nav.bodies')}</NavLink>
          <NavLink to="/attendance">{t('meetings.nav.attendance')}</NavLink>
          {allowed(PAGES.topics) && <NavLink to="/topics">{t('meetings.nav.topics')}</NavLink>}
          <NavLink to="/feedback">{t('feedback.title')}</NavLink>
          <NavLink to="/organisations">{t('organisations.nav')}</NavLink>
          <NavLink to="/populations">{t('nav.populations')}</NavLink>
          {allowed(PAGES.import) && <NavLink to="/import">{t('nav.import')}</NavLink>}
          {allowed(PAGES.review) && <NavLink to="/persons/review">{t('nav.review')}</NavLink>}
          {allowed(PAGES.users) && <NavLink to="/admin/users">{t('nav.users')}</NavLink>}
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
      <main id="main" ref={main}>
        <Suspense fallback={<RouteLoading />}>{permitted ? <Outlet /> : <NotPermitted page={page} />}</Suspense>
      </main>
    </>
  );
}
