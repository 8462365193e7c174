import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT, type SeedMode } from '../../../api/src/app/config.js';
import { startTestRegistry, type TestRegistry } from '../../../api/src/test-support/registry.js';

export const ARTEFACTS = join(REPO_ROOT, 'test-results', 'e2e');

/** Debian's Chromium, headless; the background-networking flags keep it off the network this machine does not have. */
function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The sign-in page, as a page object. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { name: 'Översikt', exact: true }).waitFor();
}

/** Waits until the locator shows text matching `pattern`, and returns that text for the test's own assertion. */
export async function textWhen(locator: Locator, pattern: RegExp | string): Promise<string> {
  const matching = locator.filter({ hasText: pattern }).first();
  await matching.waitFor({ state: 'visible' });
  return matching.innerText();
}

export interface BrowserSession {
  registry: TestRegistry;
  page: Page;
}

/**
 * One registry serving the built client and one browser page for a test file: started before its tests, stopped
 * after. `prepare` creates the file's fixtures through the API, not by clicking.
 */
export function browserSession(seed: SeedMode, prepare?: (registry: TestRegistry) => Promise<void>): BrowserSession {
  const session = {} as BrowserSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    session.registry = await startTestRegistry({ seed, clientDist: join(REPO_ROOT, 'client', 'dist') });
    await prepare?.(session.registry);
    browser = await launchBrowser();
    session.page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    // Generous for a 2-core CI machine that runs two test files at once: a first page with its queries has taken
    // over 10 s there while passing in 1.4 s alone. A real fault still fails, only later.
    session.page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
    await session.registry?.stop();
  });
  return session;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding: the rule, its impact and where on the page. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it stands and returns its serious and critical findings.
 * axe is evaluated in the page through the DevTools protocol (the client's Content-Security-Policy forbids inline
 * scripts, so page.addScriptTag cannot add it); a navigation removes it again.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact!,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
      }));
  });
}

/**
 * How much wider than the viewport the document is, in CSS pixels (0 when it fits: no sideways scroll), and the
 * outermost elements that stick out, to say what to fix.
 */
export function overflowWidth(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflow = Math.max(0, document.documentElement.scrollWidth - width);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''}`;
    const culprits = overflow
      ? Array.from(document.querySelectorAll('body *'))
          .filter(
            (el) =>
              el.getBoundingClientRect().right > width + 1 &&
              (el.parentElement?.getBoundingClientRect().right ?? 0) <= width + 1,
          )
          .slice(0, 5)
          .map(
            (el) =>
              `${describe(el.parentElement!)} > ${describe(el)} (${Math.round(el.getBoundingClientRect().right)} px)`,
          )
      : [];
    return { overflow, culprits };
  });
}

/** Sets the client's language for the next page load (the language switch keeps it in localStorage). */
export async function chooseLanguage(page: Page, language: 'sv' | 'en'): Promise<void> {
  await page.evaluate((lang) => localStorage.setItem('ks-registry.language', lang), language);
}

/** Ends the browser's session without the UI, so that the next sign-in starts from the sign-in page. */
export async function forgetSession(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.evaluate(() => localStorage.removeItem('ks-registry.token'));
}
