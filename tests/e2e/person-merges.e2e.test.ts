import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, overflowWidth, seriousAxeFindings, signIn, textWhen } from './support/browser.js';

/**
 * Duplicates: a coordinator merges the demo's Sara Bylund into Sara Nylund on a desktop, then a third record of her
 * (made here through the API) on a phone, and finds both former records in Sara Nylund's register extract.
 */
const session = browserSession('demo', async (registry) => {
  const regions = await registry.services.geography.regions();
  const result = await registry.request(
    'mutation ($r: ID!) { createPerson(input: { name: "Sara Nyllund", employerRegionId: $r }) { id } }',
    { r: regions.find((r) => r.code === '24')!.id },
    registry.adminToken,
  );
  expect(result.errors).toBeUndefined();
});

/** The pair's card on the duplicates page. */
const pair = (page: Page, first: string, second: string) =>
  page.getByRole('article', { name: new RegExp(`^(${first} och ${second}|${second} och ${first})$`) });

/** Merges the pair from the duplicates page, keeping `keep`, and returns the confirmation. */
async function merge(page: Page, keep: string, other: string): Promise<string> {
  const card = pair(page, keep, other);
  await card.waitFor();
  expect(await card.innerText()).toMatch(/Liknande namn/);
  await card.getByRole('radio', { name: `Behåll ${keep}` }).check();
  await card.getByRole('button', { name: /^Slå ihop / }).click();
  const dialog = page.getByRole('alertdialog', { name: `Slå ihop ${other} med ${keep}?` });
  expect(await textWhen(dialog, `${keep} behålls.`)).toMatch(/kan inte ångras/);
  await dialog.getByRole('button', { name: 'Slå ihop' }).click();
  return textWhen(page.getByRole('status'), `${other} är sammanslagen med ${keep}`);
}

async function checkPage(page: Page) {
  expect(await seriousAxeFindings(page)).toEqual([]);
  expect((await overflowWidth(page)).overflow).toBe(0);
}

describe('merging duplicate persons', () => {
  it('merges Sara Bylund into Sara Nylund on a desktop (1366 px), keeping both seats', async () => {
    const { page, registry } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Personer', exact: true }).click();
    // The search settles its address 300 ms after the page opens, which would cancel a navigation started before.
    await textWhen(page.locator('main p'), /\d+ personer/);
    await page.waitForTimeout(400);
    await page.getByRole('link', { name: 'Möjliga dubbletter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dubbletter' }).waitFor();
    const card = pair(page, 'Sara Nylund', 'Sara Bylund');
    expect(await textWhen(card, 'Samma arbetsgivare')).toMatch(/Uppdrag i samma grupp/);
    expect(await card.innerText()).toMatch(/RAG Diabetes/);
    await checkPage(page);
    await page.screenshot({ path: join(ARTEFACTS, 'person-duplicates.png'), fullPage: true });

    expect(await merge(page, 'Sara Nylund', 'Sara Bylund')).toMatch(/1 uppdrag och 0 kandidaturer flyttades/);
    await page.getByRole('link', { name: 'Öppna Sara Nylund' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sara Nylund' }).waitFor();
    expect(await textWhen(page.locator('main'), 'Tidigare poster')).toMatch(/Tidigare poster: Sara Bylund/);
  });

  it('merges a third record on a phone (390 px), and the extract lists both former records', async () => {
    const { page, registry } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${registry.url}/persons/duplicates`);
    await pair(page, 'Sara Nylund', 'Sara Nyllund').waitFor();
    await checkPage(page);
    await merge(page, 'Sara Nylund', 'Sara Nyllund');
    await page.getByRole('link', { name: 'Öppna Sara Nylund' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sara Nylund' }).waitFor();
    await page.getByRole('link', { name: 'Registerutdrag', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Registerutdrag: Sara Nylund' }).waitFor();
    const former = page.getByRole('region', { name: 'Tidigare poster' });
    await former.waitFor();
    expect(await former.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Sara Bylund', 'Sara Nyllund']);
    expect(await former.innerText()).toMatch(/Sammanslagen/);
    await checkPage(page);
    await page.screenshot({ path: join(ARTEFACTS, 'person-extract-former-records.png'), fullPage: true });
  });
});
