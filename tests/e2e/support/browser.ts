import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT, type SeedMode } from '../../../api/src/app/config.js';
import { startTestRegistry, type TestRegistry } from '../../../api/src/test-support/registry.js';

export const ARTEFACTS = join(REPO_ROOT, 'test-results', 'e2e');

/** Debian's Chromium, headless; the background-networking flags keep it off the network this machine does not have. */
export function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
    session.page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await session.registry?.stop();
  });
  return session;
}
