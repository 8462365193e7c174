import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import type { TestRegistry } from '../../api/src/test-support/registry.js';
import {
  browserSession,
  chooseLanguage,
  forgetSession,
  overflowWidth,
  seriousAxeFindings,
  signIn,
  type AxeFinding,
} from './support/browser.js';

/**
 * Every route of the client, signed in as the role that uses it, in Swedish on a desktop (1366 px) and a phone (390 px)
 * and in English on the phone: axe-core finds no serious or critical violation, the document is no wider than the phone, and the
 * title names the page ("<page> – <application>"), not the application alone. One browser page walks all of it.
 */

const ids: Record<string, string> = {};

async function firstId(registry: TestRegistry, query: string): Promise<string> {
  const result = await registry.request<Record<string, { nodes: { id: string }[] }>>(query, {}, registry.adminToken);
  expect(result.errors).toBeUndefined();
  const id = Object.values(result.data!)[0]!.nodes[0]?.id;
  expect(id, query).toBeTruthy();
  return id!;
}

const session = browserSession('demo', async (registry) => {
  ids.region = (await registry.services.geography.regions()).find((r) => r.code === '25')!.id;
  ids.group = await firstId(registry, '{ groups(first: 1, filter: { search: "Levnadsvanor" }) { nodes { id } } }');
  ids.person = await firstId(registry, '{ persons(first: 1) { nodes { id } } }');
  const opened = await registry.request<{ openNomination: { id: string } }>(
    `mutation ($group: ID!) { openNomination(input: { groupId: $group, role: MEMBER, seats: 1, dueDate: "2027-06-30" }) { id } }`,
    { group: ids.group },
    registry.adminToken,
  );
  expect(opened.errors).toBeUndefined();
  ids.nomination = opened.data!.openNomination.id;
  // A candidate, so that the page shows a candidate card too (the route is checked without one if the rules refuse it).
  await registry.request(
    `mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`,
    {
      input: {
        nominationId: ids.nomination,
        personId: ids.person,
        representedRegionId: ids.region,
        managerApproved: true,
        conflictOfInterestDeclared: true,
      },
    },
    registry.adminToken,
  );
  ids.lineageGroup = await firstId(
    registry,
    '{ groups(first: 1, filter: { search: "Cancersjukdomar", types: [RPO] }) { nodes { id } } }',
  );
  ids.lineagePerson = await firstId(registry, '{ persons(first: 1, search: "Per Eklund") { nodes { id } } }');
  ids.dialogue = await firstId(registry, '{ dialogues(first: 1, year: 2025) { nodes { id } } }');
  ids.body = await firstId(
    registry,
    '{ groups(first: 1, filter: { includeBodies: true, types: [BG] }) { nodes { id } } }',
  );
  const meetings = await registry.request<{ meetings: { id: string }[] }>(
    'query ($group: ID!) { meetings(groupId: $group, year: 2024) { id } }',
    { group: ids.body },
    registry.adminToken,
  );
  expect(meetings.errors).toBeUndefined();
  ids.meeting = meetings.data!.meetings[0]!.id;
});

type Role = 'admin' | 'samordnare' | 'norrbotten' | 'dialog' | 'lasare';

/** Each route with the role that uses it; the viewer also meets the screens it may not use. */
const ROUTES: { role: Role; path: () => string }[] = [
  { role: 'samordnare', path: () => '/' },
  { role: 'samordnare', path: () => `/regions/${ids.region}` },
  { role: 'samordnare', path: () => '/groups' },
  { role: 'samordnare', path: () => '/groups/new' },
  { role: 'samordnare', path: () => `/groups/${ids.group}` },
  { role: 'samordnare', path: () => `/groups/${ids.group}/edit` },
  { role: 'samordnare', path: () => '/persons' },
  { role: 'samordnare', path: () => `/persons/${ids.person}` },
  { role: 'samordnare', path: () => `/persons/${ids.person}/extract` },
  { role: 'samordnare', path: () => '/persons/review' },
  { role: 'samordnare', path: () => '/persons/duplicates' },
  { role: 'samordnare', path: () => '/nominations' },
  { role: 'samordnare', path: () => `/nominations/${ids.nomination}` },
  { role: 'samordnare', path: () => '/reports/annual?year=2024' },
  { role: 'samordnare', path: () => '/import' },
  { role: 'samordnare', path: () => '/goals' },
  { role: 'samordnare', path: () => '/feedback?year=2024' },
  { role: 'lasare', path: () => '/feedback?year=2024' },
  { role: 'samordnare', path: () => '/no-such-page' },
  { role: 'samordnare', path: () => '/bodies' },
  { role: 'samordnare', path: () => `/groups/${ids.body}?meetingYear=2024` },
  { role: 'samordnare', path: () => `/meetings/${ids.meeting}` },
  { role: 'samordnare', path: () => `/meetings/${ids.meeting}/roll-call` },
  { role: 'samordnare', path: () => '/attendance?year=2024' },
  { role: 'samordnare', path: () => '/topics' },
  { role: 'samordnare', path: () => `/groups/${ids.lineageGroup}` },
  { role: 'samordnare', path: () => `/persons/${ids.lineagePerson}` },
  { role: 'samordnare', path: () => '/composition' },
  { role: 'samordnare', path: () => '/composition/rules' },
  { role: 'lasare', path: () => '/composition' },
  { role: 'lasare', path: () => '/composition/rules' },
  { role: 'samordnare', path: () => '/organisations' },
  { role: 'lasare', path: () => '/organisations' },
  { role: 'samordnare', path: () => '/populations' },
  { role: 'lasare', path: () => '/populations' },
  { role: 'norrbotten', path: () => '/' },
  { role: 'norrbotten', path: () => '/nominations' },
  { role: 'norrbotten', path: () => `/nominations/${ids.nomination}` },
  { role: 'dialog', path: () => '/dialogues?year=2025' },
  { role: 'dialog', path: () => `/dialogues/new?group=${ids.group}&year=2026` },
  { role: 'dialog', path: () => `/dialogues/${ids.dialogue}` },
  { role: 'dialog', path: () => `/dialogues/${ids.dialogue}/edit` },
  { role: 'dialog', path: () => '/dialogues/questions?year=2025' },
  { role: 'admin', path: () => '/admin/users' },
  { role: 'lasare', path: () => '/import' },
  { role: 'lasare', path: () => '/admin/users' },
  { role: 'lasare', path: () => `/dialogues/new?group=${ids.group}&year=2026` },
  { role: 'lasare', path: () => `/meetings/${ids.meeting}` },
  { role: 'lasare', path: () => `/meetings/${ids.meeting}/roll-call` },
  { role: 'lasare', path: () => '/topics' },
];

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const viewportsOf = (language: 'sv' | 'en') =>
  language === 'sv' ? VIEWPORTS : VIEWPORTS.filter((viewport) => viewport.name === 'phone');

const APP_TITLE = { sv: 'Kunskapsstyrningsregistret', en: 'Knowledge Governance Register' } as const;

interface Visit {
  at: string;
  axe: AxeFinding[];
  overflow: { overflow: number; culprits: string[] };
  title: string;
}

const visits: Visit[] = [];

/** Opens the route and waits until its main heading is on screen and nothing in the main part is still loading. */
async function open(path: string) {
  const { page, registry } = session;
  await page.goto(`${registry.url}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('main [role="status"]')).some((el) =>
        /^(Hämtar|Loading)…$/.test(el.textContent ?? ''),
      ),
  );
  await page.waitForLoadState('networkidle');
}

describe('every route, for the role that uses it, in Swedish on a desktop and a phone, in English on a phone', () => {
  beforeAll(async () => {
    const { page, registry } = session;
    const roles = [...new Set(ROUTES.map((r) => r.role))];
    for (const role of roles) {
      await forgetSession(page, registry.url);
      await chooseLanguage(page, 'sv');
      await page.setViewportSize({ width: 1366, height: 768 });
      await signIn(page, registry.url, `${role}@nrf.example`, DEMO_PASSWORD);
      for (const language of ['sv', 'en'] as const) {
        await chooseLanguage(page, language);
        for (const route of ROUTES.filter((r) => r.role === role)) {
          const path = route.path();
          // Each route loads once per language and is checked wide, then narrowed to the phone (the page reflows).
          // English, the second language, is checked on the phone only: its screens are the Swedish ones with longer
          // words, so the phone is where they can break, and the walk stays within the suite's time.
          const viewports = viewportsOf(language);
          await page.setViewportSize({ width: viewports[0].width, height: viewports[0].height });
          await open(path);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          for (const viewport of viewports) {
            if (viewport !== viewports[0]) {
              await page.setViewportSize({ width: viewport.width, height: viewport.height });
              await page.waitForTimeout(150);
            }
            visits.push({
              at: `${role} ${language} ${viewport.name} ${path}`,
              axe: await seriousAxeFindings(page),
              overflow: viewport.name === 'phone' ? await overflowWidth(page) : { overflow: 0, culprits: [] },
              title: await page.title(),
            });
          }
        }
      }
    }
  }, 600_000);

  it('has no serious or critical axe-core violation', () => {
    expect(visits.length).toBe(ROUTES.length * 3);
    const found = visits
      .filter((v) => v.axe.length)
      .map((v) => `${v.at}: ${v.axe.map((f) => `${f.rule} (${f.impact}) at ${f.targets.join(', ')}`).join('; ')}`);
    expect(found).toEqual([]);
  });

  it('is no wider than a 390 px phone (no sideways scrolling, WCAG 1.4.10)', () => {
    expect(
      visits
        .filter((v) => v.overflow.overflow > 0)
        .map((v) => `${v.at}: ${v.overflow.overflow} px too wide (${v.overflow.culprits.join('; ')})`),
    ).toEqual([]);
  });

  it('has a title that names the page, not the application alone', () => {
    const bare = visits.filter((v) => {
      const language = v.at.split(' ')[1] as 'sv' | 'en';
      return v.title === APP_TITLE[language] || !v.title.endsWith(` – ${APP_TITLE[language]}`);
    });
    expect(bare.map((v) => `${v.at}: "${v.title}"`)).toEqual([]);
  });

  it('tells a role that may not use a screen so, in Swedish, instead of showing its form', async () => {
    const { page, registry } = session;
    await forgetSession(page, registry.url);
    await chooseLanguage(page, 'sv');
    await signIn(page, registry.url, 'lasare@nrf.example', DEMO_PASSWORD);
    for (const path of [
      '/import',
      '/admin/users',
      `/dialogues/new?group=${ids.group}&year=2026`,
      '/persons/review',
      `/persons/${ids.person}/extract`,
      '/groups/new',
      `/meetings/${ids.meeting}/roll-call`,
      '/topics',
    ]) {
      await open(path);
      expect(await page.locator('main h1').innerText(), path).toBe('Du saknar behörighet');
      expect(await page.locator('main form, main input, main select, main textarea').count(), path).toBe(0);
    }
    // The navigation offers none of them either.
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const name of ['Import', 'Gallring', 'Användare', 'Ämnen'])
      expect(await nav.getByRole('link', { name }).count(), name).toBe(0);
  });

  it('moves focus to the main heading after a navigation, and names the page in the title', async () => {
    const { page, registry } = session;
    await forgetSession(page, registry.url);
    await chooseLanguage(page, 'sv');
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Grupper' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grupper' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Grupper');
    expect(await page.title()).toBe('Grupper – Kunskapsstyrningsregistret');
  });

  it('marks only the deepest matching menu link as the current page, and names the review period in years', async () => {
    const { page, registry } = session;
    await forgetSession(page, registry.url);
    await chooseLanguage(page, 'sv');
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await open('/persons/review');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await nav.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Gallring']);
    await page.getByRole('option', { name: /den inställda perioden, \d+ år/ }).waitFor({ state: 'attached' });
    await open('/persons');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await nav.locator('[aria-current="page"]').allInnerTexts()).toEqual(['Personer']);
  });
});
