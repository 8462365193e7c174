import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const session = browserSession('demo');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const year = Number(
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()),
);

/** The page is no wider than its viewport: nothing scrolls sideways (WCAG 1.4.10). */
const pageWidth = () => session.page.evaluate(() => document.documentElement.scrollWidth);
const status = () => session.page.locator('[role="status"].save-status');
let dialoguePath = '';

describe("the dialogue lead's year", () => {
  it('copies last year’s questions into a year that has none, from the overview', async () => {
    await session.page.setViewportSize(DESKTOP);
    await signIn(session.page, session.registry.url, 'dialog@nrf.example', DEMO_PASSWORD);
    await session.page.getByRole('link', { name: 'Dialoger' }).click();
    await session.page.getByText(`Det finns inga frågor för ${year}.`).waitFor();
    await session.page.getByRole('button', { name: `Kopiera frågorna från ${year - 1} till ${year}` }).click();
    expect(await textWhen(status(), 'kopierades')).toMatch(
      new RegExp(`^\\d+ frågor kopierades från ${year - 1} till ${year}\\.$`),
    );
    // the matrix is headed by the questions themselves, not by their keys (D11)
    const headings = await session.page.locator('table.matrix thead th').allInnerTexts();
    expect(headings.join(' ')).toContain('Mål 2:');
    expect(headings.join(' ')).not.toMatch(/nivastrukturering|nara-vard|vardforlopp/);
  });

  it('logs a dialogue in the new year; the form leaves no draft until something is typed', async () => {
    const row = session.page.getByRole('row', { name: /Primärvård/ });
    await row.getByRole('link', { name: 'Logga dialog' }).click();
    await session.page.getByRole('heading', { level: 1, name: new RegExp(`Uppföljningsdialog ${year} med`) }).waitFor();
    const drafts = () =>
      session.page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('dialogue-draft')));
    expect(await drafts()).toEqual([]);
    const answers = session.page.getByRole('group', { name: 'Svar på årets frågor' }).locator('textarea');
    await answers.first().fill('Första svaret om vårdförloppen.');
    expect(await drafts()).toHaveLength(1);
    await session.page.getByRole('button', { name: 'Spara dialogen' }).click();
    expect(await textWhen(status(), 'sparades')).toMatch(/^Dialogen med .*Primärvård.* sparades\.$/);
    expect(await drafts()).toEqual([]);
  });

  it('edits the dialogue on a phone; the earlier version shows on the dialogue page', async () => {
    await session.page.setViewportSize(PHONE);
    await session.page
      .getByRole('row', { name: /Primärvård/ })
      .getByRole('link', { name: /^Dialogen med .*Primärvård/ })
      .click();
    await session.page.getByRole('link', { name: 'Ändra dialogen' }).click();
    await session.page.getByRole('heading', { level: 1, name: /Ändra uppföljningsdialog/ }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    const answer = session.page.getByRole('group', { name: 'Svar på årets frågor' }).locator('textarea').first();
    expect(await answer.inputValue()).toBe('Första svaret om vårdförloppen.');
    await answer.fill('Rättat svar om vårdförloppen.');
    await session.page.getByRole('button', { name: 'Spara ändringarna' }).click();
    expect(await textWhen(status(), 'sparades')).toMatch(/^Ändringarna i dialogen med .*Primärvård.* sparades\.$/);
    // The page shows what it had cached, then the register's answer (cache-and-network): wait for the edited answer.
    expect(await textWhen(session.page.getByRole('main'), 'Rättat svar om vårdförloppen.')).toContain(
      'Rättat svar om vårdförloppen.',
    );
    const revisions = session.page.getByRole('region', { name: 'Tidigare versioner' });
    await revisions.getByText(/^Version \d+, ersatt/).click();
    expect(await revisions.innerText()).toContain('Första svaret om vårdförloppen.');
    const history = await session.page.locator('.history-list').innerText();
    expect(history).toContain('dialog@nrf.example');
    expect(history).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    await session.page.screenshot({ path: join(ARTEFACTS, 'dialogue-revisions-phone.png'), fullPage: true });
  });

  it('is told in Swedish when someone else changed the dialogue meanwhile', async () => {
    await session.page.getByRole('link', { name: 'Ändra dialogen' }).click();
    await session.page.getByRole('heading', { level: 1, name: /Ändra uppföljningsdialog/ }).waitFor();
    const id = /\/dialogues\/([^/]+)\/edit/.exec(session.page.url())![1]!;
    dialoguePath = `/dialogues/${id}`;
    const other = await session.registry.request(
      'mutation($id: ID!) { updateDialogue(input: { id: $id, notes: "Ändrad i en annan flik" }) { version } }',
      { id },
      session.registry.adminToken,
    );
    expect(other.errors).toBeUndefined();
    await session.page.getByLabel('Övriga anteckningar').fill('Min ändring');
    await session.page.getByRole('button', { name: 'Spara ändringarna' }).click();
    expect(await textWhen(session.page.getByRole('alert'), 'Någon annan')).toBe(
      'Någon annan har ändrat uppgifterna sedan du öppnade dem. Ladda om och försök igen.',
    );
  });
});

describe("the coordinator's share goals", () => {
  const name = 'Varje region inom fem procentenheter';

  it('creates a population-parity goal on a phone, from the dashboard', async () => {
    await session.page.setViewportSize(PHONE);
    await session.page.goto(session.registry.url);
    await session.page.evaluate(() => localStorage.clear());
    await signIn(session.page, session.registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await session.page.getByRole('link', { name: 'Hantera andelsmålen' }).click();
    await session.page.getByRole('button', { name: 'Nytt mål' }).click();
    await session.page.getByLabel('Namn').fill(name);
    await session.page.getByLabel('Typ av mål').selectOption('POPULATION_PARITY');
    await session.page.getByLabel(/Tillåtet avstånd till befolkningsandelen/).fill('5');
    await session.page.getByLabel('Region Norrbotten').check();
    await session.page.getByLabel('Region Västerbotten').check();
    await fillDate(dateField(session.page, 'Utgångsläge (datum)'), `${year - 1}-01-01`);
    await fillDate(dateField(session.page, 'Måldatum'), `${year + 1}-12-31`);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
    await session.page.getByRole('button', { name: 'Spara målet' }).click();
    expect(await textWhen(status(), 'sparades')).toBe(`Målet ”${name}” sparades.`);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.width);
  });

  it("shows the goal's card with population share, distance and tolerance", async () => {
    await session.page.setViewportSize(DESKTOP);
    const card = session.page.getByRole('article', { name: name });
    const table = card.getByRole('table').first();
    const headings = await table.locator('thead th').allInnerTexts();
    expect(headings).toEqual([
      'Region',
      'Befolkningsandel',
      expect.stringMatching(/^Andel /),
      'Avstånd till befolkningsandelen',
      'Tillåtet avstånd',
      'Uppfyllt',
    ]);
    const norrbotten = await table.getByRole('row', { name: /Region Norrbotten/ }).innerText();
    // population share, share, the signed distance, the tolerance and the row's verdict
    expect(norrbotten).toMatch(/\d+,\d\s%\s+\d+,\d\s%\s+[+−]?\d+,\d\sp\.e\.\s+±5,0\sp\.e\.\s+(Ja|Nej)$/);
    await session.page.screenshot({ path: join(ARTEFACTS, 'goal-parity-card.png'), fullPage: true });
  });

  it('deletes the goal after asking', async () => {
    await session.page.getByRole('button', { name: `Ta bort målet ${name}` }).click();
    const dialog = session.page.getByRole('alertdialog', { name: `Ta bort målet ”${name}”?` });
    await dialog.getByRole('button', { name: 'Ta bort målet' }).click();
    expect(await textWhen(status(), 'togs bort')).toBe(`Målet ”${name}” togs bort.`);
    expect(await session.page.getByRole('article', { name }).count()).toBe(0);
  });
});

describe('a viewer', () => {
  it('is offered neither the dialogue edit nor goal editing', async () => {
    await session.page.goto(session.registry.url);
    await session.page.evaluate(() => localStorage.clear());
    await signIn(session.page, session.registry.url, 'lasare@nrf.example', DEMO_PASSWORD);
    await session.page.goto(`${session.registry.url}${dialoguePath}/edit`);
    // The route itself tells the role it may not log or edit dialogues, before any form is drawn.
    await session.page.getByRole('heading', { level: 1, name: 'Du saknar behörighet' }).waitFor();
    await session.page.getByText('Du saknar behörighet att logga dialoger').waitFor();
    expect(await session.page.getByRole('button', { name: 'Spara ändringarna' }).count()).toBe(0);
    await session.page.goto(`${session.registry.url}/goals`);
    await session.page.getByText('Du kan läsa målen; samordnare skapar, ändrar och tar bort dem.').waitFor();
    expect(await session.page.getByRole('button', { name: 'Nytt mål' }).count()).toBe(0);
  });
});
