import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';
import { DEMO_PASSWORD } from '../../api/src/modules/seeding/seed.service.js';
import { startTestRegistry, type TestRegistry } from '../../api/src/test-support/registry.js';
import { ARTEFACTS, launchBrowser, signIn, textWhen } from './support/browser.js';

let registry: TestRegistry;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  registry = await startTestRegistry({ seed: 'demo', clientDist: join(REPO_ROOT, 'client', 'dist') });
  const created = await registry.request(
    `mutation {
      a: createPerson(input: { name: "Nora Nominerad", email: "nora.nominerad@norrbotten.example", title: "Överläkare" }) { id }
      b: createPerson(input: { name: "Vera Västerbo", email: "vera.vasterbo@vasterbotten.example", title: "Dietist" }) { id }
    }`,
    {},
    registry.adminToken,
  );
  expect(created.errors).toBeUndefined();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await registry?.stop();
});

/** Norrbotten's seats in the dashboard's share table. */
async function norrbottenSeats(): Promise<number> {
  const row = await textWhen(page.getByRole('row'), 'Region Norrbotten');
  return Number(row.split('\t')[1]);
}

async function proposeCandidate(name: string, region: string) {
  const form = page.getByRole('form', { name: 'Föreslå kandidat' });
  await form.getByLabel('Sök person').fill(name.split(' ')[1]!);
  await form.getByRole('button', { name: new RegExp(name) }).click();
  await form.getByLabel('Föreslås av region').selectOption({ label: region });
  await form.getByLabel('Chefens godkännande finns').check();
  await form.getByLabel('Jävsdeklaration finns').check();
  await form.getByRole('button', { name: 'Föreslå', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: new RegExp(name) }).waitFor();
}

describe('a coordinator runs a nomination from vacancy to appointment', () => {
  let seatsBefore: number;

  it('opens a nomination for an NAG', async () => {
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    seatsBefore = await norrbottenSeats();
    await page.getByRole('link', { name: 'Nomineringar' }).click();
    await page.getByRole('button', { name: 'Öppna nominering' }).click();
    const form = page.getByRole('form', { name: 'Öppna nominering' });
    await form.getByLabel('Sök grupp').fill('Hälsosamtal');
    await form.getByLabel(/^Grupp/).selectOption({ label: 'NAG Hälsosamtal' });
    await form.getByRole('button', { name: 'Öppna nomineringen' }).click();
    expect(await textWhen(page.getByRole('heading', { level: 1 }), 'Nominering till')).toContain('Hälsosamtal');
  });

  it('takes two candidates from different regions and shows what each does to the shares and the goal', async () => {
    await proposeCandidate('Nora Nominerad', 'Region Norrbotten');
    await proposeCandidate('Vera Västerbo', 'Region Västerbotten');
    const impact = await textWhen(page.locator('.impact'), 'Om Nora Nominerad utses idag');
    expect(impact).toMatch(/Mål 1/);
    expect(await page.getByRole('table', { name: /Om Vera Västerbo utses idag/ }).isVisible()).toBe(true);
  });

  it('appoints one, who then sits in the group and counts on the dashboard', async () => {
    const form = page.getByRole('form', { name: 'Beslut' });
    await form.getByLabel(/Nora Nominerad/).check();
    await form.getByLabel('Beslutsreferens').fill('BG 2026-11-20 § 4');
    await form.getByRole('button', { name: 'Fatta beslut' }).click();
    await textWhen(page.locator('dd'), 'Beslutad');
    await page.screenshot({ path: join(ARTEFACTS, 'nomination.png'), fullPage: true });

    await page.getByRole('heading', { level: 1 }).getByRole('link', { name: 'Hälsosamtal' }).click();
    const row = await textWhen(page.getByRole('row'), 'Nora Nominerad');
    expect(row).toContain('Region Norrbotten');

    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { name: 'Översikt', exact: true }).waitFor();
    expect(await norrbottenSeats()).toBe(seatsBefore + 1);
  });
});
