import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const session = browserSession('demo');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** The verdict a goal card states beside its kind and year (not the level names of its rules). */
const verdictOf = (card: Locator) => card.locator('p.muted .verdict');

/** How far the page is wider than the window (0: no sideways scrolling). */
const overflow = () =>
  session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const status = () => session.page.locator('main [role="status"].save-status');

/**
 * The select whose label starts with `label`. A label wrapping a select also holds its options' text, so getByLabel
 * would also find a select that merely offers the word ("Typ av mål" offers "Ett ämne på varje möte").
 */
const selectLabelled = (scope: Page | Locator, label: string) =>
  scope.locator('label', { hasText: new RegExp(`^${label}`) }).locator('select');

describe('goal 3: feedback to SKR and the förbundsdirektion', () => {
  const goal3 = () => session.page.getByRole('article', { name: 'Mål 3: Implementering av vårdförlopp' });

  it('is partly met in 2025 while only SKR has had feedback', async () => {
    const { page, registry } = session;
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await page.goto(`${registry.url}/goals`);
    await selectLabelled(page, 'År som bedöms').selectOption('2025');
    // The card first shows the cached year's answer (cache-and-network); wait for the register's answer for 2025.
    await textWhen(goal3(), 'År 2025');
    expect(await textWhen(verdictOf(goal3()), /^Delvis uppnått$/)).toBe('Delvis uppnått');
  });

  it('lets a coordinator record the feedback to the förbundsdirektion, on a phone', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Återkoppling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Återkoppling' }).waitFor();
    await selectLabelled(page, 'År').selectOption('2025');
    // The spring's feedback to SKR is listed for 2025 before anything is added.
    await textWhen(page.getByRole('table', { name: /^Återkoppling 2025/ }).locator('tbody tr'), '2025-04-14');
    await page.getByRole('button', { name: 'Registrera återkoppling' }).click();
    await fillDate(dateField(page, 'Datum'), '2025-10-20');
    await page.getByLabel('Ett organ').check();
    await selectLabelled(page, 'Organ').selectOption({ label: 'Förbundsdirektionen (FD)' });
    await page.getByLabel('Vad återkopplingen gällde').fill('Utvärdering av förbundets insatser 2025');
    await page.getByLabel('Referens').fill('NRF 2025/90');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Spara återkopplingen' }).click();
    expect(await textWhen(status(), 'sparades')).toBe('Återkopplingen till Förbundsdirektionen (FD) sparades.');
    const row = await textWhen(page.locator('tbody tr'), '2025-10-20');
    expect(row).toContain('Förbundsdirektionen (FD)');
    expect(row).toContain('NRF 2025/90');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTEFACTS, 'feedback-records.png'), fullPage: true });
  });

  it("turns goal 3's card for 2025 to met, with the outcome in the annual report's words", async () => {
    const { page, registry } = session;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${registry.url}/goals`);
    await selectLabelled(page, 'År som bedöms').selectOption('2025');
    await textWhen(goal3(), 'År 2025');
    // Poll until the register's answer replaces the one cached before the feedback was recorded.
    expect(await textWhen(verdictOf(goal3()), /^Uppnått$/)).toBe('Uppnått');
    expect(await goal3().locator('p[lang="sv"]').innerText()).toMatch(/2025/);
  });

  it('lets the coordinator correct the feedback and delete it after asking, and goal 3 is partly met again', async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/feedback?year=2025`);
    const named = 'återkopplingen till Förbundsdirektionen (FD) 2025-10-20';
    await page.getByRole('button', { name: `Ändra ${named}` }).click();
    const form = page.getByRole('form', { name: `Ändra ${named}` });
    await form.getByLabel('Referens').fill('NRF 2025/91');
    await form.getByRole('button', { name: 'Spara återkopplingen' }).click();
    expect(await textWhen(status(), 'sparades')).toBe('Återkopplingen till Förbundsdirektionen (FD) sparades.');
    expect(await textWhen(page.locator('tbody tr'), '2025-10-20')).toContain('NRF 2025/91');
    await page.getByRole('button', { name: `Ta bort ${named}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Ta bort ${named}?` });
    await dialog.getByRole('button', { name: 'Ta bort återkopplingen' }).click();
    expect(await textWhen(status(), 'togs bort')).toBe(
      'Återkopplingen till Förbundsdirektionen (FD) 2025-10-20 togs bort.',
    );
    expect(await page.locator('tbody tr', { hasText: '2025-10-20' }).count()).toBe(0);
    await page.goto(`${registry.url}/goals`);
    await selectLabelled(page, 'År som bedöms').selectOption('2025');
    await textWhen(goal3(), 'År 2025');
    expect(await textWhen(verdictOf(goal3()), /^Delvis uppnått$/)).toBe('Delvis uppnått');
  });
});

describe('the annual report of 2024', () => {
  it('states goal 4 as not met with 12 quorate meetings of 14, and the roll-up', async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/reports/annual?year=2024`);
    const verdicts = page.getByRole('region', { name: 'Bedömning per mål' });
    expect(await textWhen(verdicts.locator('p'), 'mål')).toBe('Fem av sex mål är uppnådda.');
    const goal4 = await textWhen(verdicts.getByRole('row'), 'Skapa förutsättningar för sjukvårdsregional samverkan');
    expect(goal4).toMatch(/^4\s+Skapa förutsättningar för sjukvårdsregional samverkan\s+Ej uppnått$/);
    for (const goal of [3, 5]) {
      const row = verdicts
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: String(goal), exact: true }) });
      expect(await row.locator('.verdict').innerText(), `goal ${goal}`).toBe('Uppnått');
    }
    const paragraph = await textWhen(page.locator('.report-text p'), 'beslutsför vid');
    expect(paragraph).toContain('14 möten');
    expect(paragraph).toContain('12 möten');
    expect(paragraph).toContain('Av dessa 12 möten har 8 haft delvis frånvaro.');
    expect(paragraph).toMatch(/Bedömningen är att målet inte är uppnått\.$/);
    await page.screenshot({ path: join(ARTEFACTS, 'annual-report-goals-2024.png'), fullPage: true });
  });
});

describe('a new goal of a topic at every meeting', () => {
  const name = 'Vårdförlopp på varje möte med beredningsgruppen';

  it('is created by a coordinator with the topic and the bodies, and shows its card', async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/goals`);
    await page.getByRole('button', { name: 'Nytt verksamhetsmål' }).click();
    const form = page.getByRole('form', { name: 'Nytt verksamhetsmål' });
    await selectLabelled(form, 'Typ av mål').selectOption('TOPIC_AT_EVERY_MEETING');
    await form.getByLabel('Nummer').fill('7');
    await form.getByLabel('Namn').fill(name);
    await selectLabelled(form, 'Ämne').selectOption({ label: 'Vårdförlopp' });
    await form.getByLabel('Beredningsgruppen (BG)').check();
    await form.getByLabel(/Gräns för delvis uppnått/).fill('50');
    await form.getByRole('button', { name: 'Spara målet' }).click();
    expect(await textWhen(status(), 'sparades')).toBe(`Målet ”${name}” sparades.`);
    const card = page.getByRole('article', { name: `Mål 7: ${name}` });
    expect(await textWhen(card, 'Ett ämne på varje möte')).toContain('Ett ämne på varje möte med organen');
    expect(await verdictOf(card).innerText()).toMatch(/^(Uppnått|Delvis uppnått|Ej uppnått)$/);
    // The rule of each level, as the API words it from the goal's fields.
    expect(await card.locator('.level-rules dt').allInnerTexts()).toEqual(['Uppnått', 'Delvis uppnått', 'Ej uppnått']);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTEFACTS, 'operational-goal-cards.png'), fullPage: true });
  });
});

describe("a member's participation", () => {
  it("names a participation other than the right to decide, and offers the role's own as the default", async () => {
    const { page, registry } = session;
    const found = await registry.request<{ groups: { nodes: { id: string }[] } }>(
      '{ groups(filter: { types: [RSK] }, first: 1) { nodes { id } } }',
      {},
      registry.adminToken,
    );
    await page.goto(`${registry.url}/groups/${found.data!.groups.nodes[0]!.id}`);
    // RSK's process leader attends and speaks without a vote; the members with a vote show no participation.
    const leader = await textWhen(page.locator('table.members tbody tr'), 'Processledare');
    expect(leader).toContain('Processledare · Närvaro- och yttranderätt (adjungerad)');
    const member = page.locator('table.members tbody tr', { hasText: 'Ledamot' }).first();
    expect(await member.locator('td').first().innerText()).toBe('Ledamot');
    const form = page.getByRole('form', { name: 'Lägg till medlem' });
    const participation = selectLabelled(form, 'Deltagande');
    await selectLabelled(form, 'Roll').selectOption({ label: 'Sekreterare' });
    expect(await participation.locator('option:checked').innerText()).toBe('Närvaro- och yttranderätt (adjungerad)');
    await selectLabelled(form, 'Roll').selectOption({ label: 'Ledamot' });
    expect(await participation.locator('option:checked').innerText()).toBe('Beslutsrätt');
  });
});

describe('the member-share report', () => {
  it('leaves the bodies out until asked to count them', async () => {
    const { page, registry } = session;
    await page.goto(registry.url);
    await fillDate(dateField(page, 'Datum'), '2024-12-31');
    const intro = page.locator('main p.muted', { hasText: /platser \(Nationell nivå\)\.$/ });
    const seats = async (text: RegExp | string) => Number((await textWhen(intro, text)).match(/^\d+/)![0]);
    // The count of today shows first; read it only once the new date's answer has come.
    await page.waitForLoadState('networkidle');
    const without = await seats(/^\d+ platser/);
    const includeBodies = page.getByLabel('Räkna med organ');
    expect(await includeBodies.isChecked()).toBe(false);
    await includeBodies.check();
    // Norra's representative in the national body for highly specialised care counts once bodies do.
    expect(await seats(`${without + 1} platser`)).toBe(without + 1);
  });
});
