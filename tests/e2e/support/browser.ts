import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../../api/src/app/config.js';

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
