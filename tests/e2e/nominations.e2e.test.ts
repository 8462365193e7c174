import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';

const session = browserSession('demo', async (registry) => {
  const created = await registry.request(
    `mutation {
      a: createPerson(input: { name: "Nora Nominerad", email: "nora.nominerad@norrbotten.example", title: "Överläkare" }) { id }
      b: createPerson(input: { name: "Vera Västerbo", email: "vera.vasterbo@vasterbotten.example", title: "Dietist" }) { id }
    }`,
    {},
    registry.adminToken,
  );
  expect(created.errors).toBeUndefined();
});

/** Norrbotten's seats in the dashboard's share table. */
async function norrbottenSeats(): Promise<number> {
  const row = await textWhen(session.page.getByRole('row'), 'Region Norrbotten');
  return Number(row.split('\t')[1]);
}

async function proposeCandidate(name: string, region: string) {
  const form = session.page.getByRole('form', { name: 'Föreslå kandidat' });
  await form.getByLabel('Sök person').fill(name.split(' ')[1]!);
  await form.getByRole('button', { name: new RegExp(name) }).click();
  await form.getByLabel('Föreslås av region').selectOption({ label: region });
  await form.getByLabel('Chefens godkännande finns').check();
  await form.getByLabel('Jävsdeklaration finns').check();
  await form.getByRole('button', { name: 'Föreslå', exact: true }).click();
  await session.page.getByRole('heading', { level: 3, name: new RegExp(name) }).waitFor();
}

describe('a coordinator runs a nomination from vacancy to appointment', () => {
  let seatsBefore: number;

  it('opens a nomination for an NAG', async () => {
    await signIn(session.page, session.registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    seatsBefore = await norrbottenSeats();
    await session.page.getByRole('link', { name: 'Nomineringar' }).click();
    await session.page.getByRole('button', { name: 'Öppna nominering' }).click();
    const form = session.page.getByRole('form', { name: 'Öppna nominering' });
    await form.getByRole('combobox', { name: 'Grupp' }).fill('Hälsosamtal');
    await session.page.getByRole('option', { name: 'NAG Hälsosamtal' }).click();
    await form.getByRole('button', { name: 'Öppna nomineringen' }).click();
    expect(await textWhen(session.page.getByRole('heading', { level: 1 }), 'Nominering till')).toContain('Hälsosamtal');
  });

  it('takes two candidates from different regions and shows what each does to the shares and the goal', async () => {
    await proposeCandidate('Nora Nominerad', 'Region Norrbotten');
    await proposeCandidate('Vera Västerbo', 'Region Västerbotten');
    const impact = await textWhen(session.page.locator('.impact'), 'Om Nora Nominerad utses idag');
    expect(impact).toMatch(/Gemensamt ansvar för jämlik vård/);
    // Each affected goal: the region's share before → after (one decimal), its population share and the distance.
    expect(impact).toMatch(
      /Region Norrbotten: andel \d+,\d\s%\s→\s\d+,\d\s%, befolkningsandel \d+,\d\s%, avstånd [−+-]?\d+,\d → [−+-]?\d+,\d procentenheter/,
    );
    // Each candidate's impact loads on its own: wait for the second one rather than look once.
    await session.page.getByRole('table', { name: /Om Vera Västerbo utses idag/ }).waitFor({ state: 'visible' });
  });

  it('appoints one, who then sits in the group and counts on the dashboard', async () => {
    const form = session.page.getByRole('form', { name: 'Beslut' });
    await form.getByLabel(/Nora Nominerad/).check();
    await form.getByLabel('Beslutsreferens').fill('BG 2026-11-20 § 4');
    await form.getByRole('button', { name: 'Fatta beslut' }).click();
    await session.page
      .getByRole('alertdialog', { name: 'Fatta beslut?' })
      .getByRole('button', { name: 'Fatta beslut' })
      .click();
    await textWhen(session.page.locator('dd'), 'Beslutad');
    await session.page.screenshot({ path: join(ARTEFACTS, 'nomination.png'), fullPage: true });

    await session.page.getByRole('heading', { level: 1 }).getByRole('link', { name: 'Hälsosamtal' }).click();
    const row = await textWhen(session.page.getByRole('row'), 'Nora Nominerad');
    expect(row).toContain('Region Norrbotten');

    await session.page.getByRole('link', { name: 'Översikt' }).click();
    await session.page.getByRole('heading', { name: 'Översikt', exact: true }).waitFor();
    // The dashboard shows what it had cached, then the register's answer (cache-and-network): read until it is in.
    let seats = await norrbottenSeats();
    for (let tries = 0; seats !== seatsBefore + 1 && tries < 50; tries++) {
      await session.page.waitForTimeout(200);
      seats = await norrbottenSeats();
    }
    expect(seats).toBe(seatsBefore + 1);
  });

  it('prints the dashboard with its healthcare region and filters, without the buttons', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    try {
      const named = page.locator('.print-only');
      expect(await named.isVisible()).toBe(true);
      expect(await named.innerText()).toMatch(
        /^Sjukvårdsregion: Norra sjukvårdsregionen?\. Datum: \d{4}-\d\d-\d\d\. Nivåer: Nationell.*Ersättare räknas inte med\. Organ räknas inte med\.$/,
      );
      expect(await page.getByRole('link', { name: /lediga platser|ledig plats/ }).isVisible()).toBe(false);
      const filters = await page.locator('.filters').all();
      expect(filters.length).toBeGreaterThan(0);
      for (const filter of filters) expect(await filter.isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('.print-only').isVisible()).toBe(false);
  });
});
