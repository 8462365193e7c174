import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { readSpreadsheet } from '../../api/src/spreadsheets/spreadsheet.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';

const session = browserSession('demo');

describe('the annual report page', () => {
  it('states the 2024 figures of the member-share goal and the verdicts of goals 1, 2 and 6', async () => {
    const { page, registry } = session;
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Årsredovisning' }).click();
    await page.getByLabel('År', { exact: true }).fill('2024');
    const text = await textWhen(page.locator('.report-text'), 'Region Västerbottens andel i december 2024');
    expect(text).toContain('Region Norrbotten 12 procent');
    expect(text).toContain('Region Jämtland Härjedalen 17 procent');
    expect(text).toContain('Region Västernorrland 13 procent');
    expect(text).toContain('Region Västerbotten 58 procent');
    expect(text).toContain('Region Västerbottens andel i december 2024 uppgick till 56 procent');
    // Goal 1 in the text (in the report's wording), goals 2 and 6 in the dialogue table: each judged as met.
    const goal1 = text.split('\n').find((p) => p.includes('uppgick till 56 procent'))!;
    expect(goal1).toMatch(/Bedömningen är att målet är uppnått\.$/);
    for (const goal of ['Mål 2', 'Mål 6']) {
      expect(await textWhen(page.getByRole('row'), goal)).toContain('Målet bedöms som uppnått');
    }
    expect(await page.locator('.goal-cards').innerText()).toContain('Uppnått');
    await page.locator('.recharts-surface').first().waitFor();
    await page.screenshot({ path: join(ARTEFACTS, 'annual-report-2024.png'), fullPage: true });
  });

  it('prints without the application around it, and downloads as a document', async () => {
    const { page } = session;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.locator('.report-text').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Ladda ner/ }).click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('uppgick till 56 procent');
    expect(html).toContain('<svg');
  });

  it('exports the dialogue coverage as a spreadsheet from the page', async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: 'Exportera täckningen' }).getByRole('button', { name: 'XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dialogtackning-2024.xlsx');
    const sheet = await readSpreadsheet(readFileSync(await download.path()));
    expect(sheet.header).toContain('Uppfyllt');
    expect(sheet.rows.length).toBeGreaterThan(0);
  });
});
