import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';
import { startTestRegistry, TEST_ADMIN, type TestRegistry } from '../../api/src/test-support/registry.js';
import { ARTEFACTS, launchBrowser, signIn, textWhen } from './support/browser.js';

let registry: TestRegistry;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'reference', clientDist: join(REPO_ROOT, 'client', 'dist') });
  // Fixtures through the API, not by clicking: a collaboration group and a person to seat in it.
  const created = await registry.request(
    `mutation {
      createGroup(input: { name: "Testgrupp för läkemedel", type: NSG }) { id }
      createPerson(input: { name: "Eva Testsson", email: "eva.testsson@test.example", title: "Apotekare" }) { id }
    }`,
    {},
    registry.adminToken,
  );
  expect(created.errors).toBeUndefined();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await registry?.stop();
});

describe('a coordinator keeping the register in the browser', () => {
  it('signs in, finds the group in the browser and opens it', async () => {
    await signIn(page, registry.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByRole('link', { name: 'Grupper', exact: true }).click();
    await page.getByRole('tab', { name: 'Nationell nivå' }).click();
    await page.getByLabel('Sök grupp').fill('testgrupp');
    await page.getByRole('link', { name: 'Testgrupp för läkemedel' }).click();
    expect(await textWhen(page.getByRole('heading', { level: 1 }), 'Testgrupp för läkemedel')).toContain('NSG');
    expect(await page.getByText('Inga medlemmar detta datum.').isVisible()).toBe(true);
  });

  it('refuses an end date before the start date with a Swedish message, and adds nobody', async () => {
    const form = page.getByRole('form', { name: 'Lägg till medlem' });
    await form.getByLabel('Sök person').fill('Testsson');
    await form.getByRole('button', { name: /Eva Testsson/ }).click();
    await form.getByLabel('Företrädd region').selectOption({ label: 'Region Norrbotten' });
    await form.getByLabel('Startdatum').fill('2025-01-01');
    await form.getByLabel('Slutdatum (sista dag)').fill('2024-12-31');
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();
    expect(await textWhen(form.getByRole('alert'), /före startdatumet/)).toBe(
      'Slutdatumet 2024-12-31 ligger före startdatumet 2025-01-01. Slutdatum är sista dagen i uppdraget.',
    );
    expect(await page.getByText('Inga medlemmar detta datum.').isVisible()).toBe(true);
  });

  it('adds the membership through the form and lists the new member', async () => {
    const form = page.getByRole('form', { name: 'Lägg till medlem' });
    await form.getByLabel('Slutdatum (sista dag)').fill('');
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();
    expect(await textWhen(form.getByRole('status'), 'tillagd')).toBe('Eva Testsson är tillagd.');
    const row = await textWhen(page.getByRole('row'), 'Eva Testsson');
    expect(row.split('\t').map((cell) => cell.trim()).slice(0, 5)).toEqual(['Eva Testsson · Apotekare', 'Ledamot', 'Region Norrbotten', '2025-01-01', '–']);
    await page.screenshot({ path: join(ARTEFACTS, 'group-page.png'), fullPage: true });

    const members = await registry.request<{ groups: { nodes: { memberships: { person: { name: string } }[] }[] } }>(
      '{ groups(filter: { search: "Testgrupp" }) { nodes { memberships { person { name } } } } }',
      {},
      registry.adminToken,
    );
    expect(members.data?.groups.nodes[0]?.memberships.map((m) => m.person.name)).toEqual(['Eva Testsson']);
  });
});
