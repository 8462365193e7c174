import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, overflowWidth, seriousAxeFindings, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const session = browserSession('demo');

/** Region Norrbotten's population share on the dashboard, once it shows the given day. */
async function norrbottenPopulationShare(day: string): Promise<string> {
  const { page, registry } = session;
  await page.goto(registry.url);
  await fillDate(dateField(page, 'Datum'), day);
  const table = page.getByRole('table', { name: `Fördelning av platser ${day}` });
  const row = table.getByRole('row', { name: /Region Norrbotten/ });
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  return cells[2]!.replace(/\s+/g, ' ').trim();
}

describe('populations per year', () => {
  it("a coordinator edits a population and the dashboard's population share changes", async () => {
    const { page, registry } = session;
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    const before = await norrbottenPopulationShare('2024-12-31');
    expect(await textWhen(page.locator('main p'), 'Befolkningsandelarna bygger på')).toBe(
      'Befolkningsandelarna bygger på folkmängden 2024.',
    );
    const otherYear = await norrbottenPopulationShare('2023-12-31');

    await page.getByRole('link', { name: 'Folkmängd', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Folkmängd per region och år' }).waitFor();
    await page.getByRole('button', { name: /, ändra folkmängden för Region Norrbotten 2024$/ }).click();
    await page.getByLabel('Folkmängd för Region Norrbotten 2024').fill('500 000');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect(await textWhen(page.getByRole('status'), 'är sparad')).toBe(
      'Folkmängden för Region Norrbotten 2024 är sparad: 500\u00a0000.',
    );
    const history = page.getByRole('region', { name: 'Ändringshistorik' }).or(page.locator('.audit-history'));
    await page.getByLabel('Visa ändringar för').selectOption({ label: 'Region Norrbotten' });
    expect(await textWhen(history.locator('li'), '2024:')).toMatch(/2024: 248\s300 → 500\s000 \(ändrad för hand\)/);

    const after = await norrbottenPopulationShare('2024-12-31');
    expect(after).not.toBe(before);
    expect(Number(after.replace(/[^\d,]/g, '').replace(',', '.'))).toBeGreaterThan(
      Number(before.replace(/[^\d,]/g, '').replace(',', '.')),
    );
    // Only 2024's reports use the figure of 2024.
    expect(await norrbottenPopulationShare('2023-12-31')).toBe(otherYear);
    await page.screenshot({ path: join(ARTEFACTS, 'populations-dashboard.png'), fullPage: true });
  });

  it('imports a year from a file on a phone: preview first, then saved', async () => {
    const { page, registry } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${registry.url}/populations`);
    await page.getByRole('heading', { level: 1, name: 'Folkmängd per region och år' }).waitFor();
    expect(await overflowWidth(page)).toEqual({ overflow: 0, culprits: [] });
    await page.getByLabel('År', { exact: true }).fill('2025');
    await page.getByLabel('Fil (CSV eller text)').setInputFiles({
      name: 'be0101.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('"region";"2025"\n"25 Norrbottens län";"250 100"\n"24 Västerbottens län";"279 900"\n'),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { name: 'Så här ändras folkmängden för 2025' }).waitFor();
    expect(await page.getByText('Inget är sparat ännu. 2 av 2 värden ändras.').count()).toBe(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara 2 värden för 2025' }).click();
    expect(await textWhen(page.getByRole('status'), 'inläst')).toBe('Folkmängden för 2025 är inläst: 2 regioner.');
    expect(
      await textWhen(page.getByRole('button', { name: /, ändra folkmängden för Region Norrbotten 2025$/ }), /250\s100/),
    ).toMatch(/250\s100/);

    // A file with an unknown county code is refused whole, with the line named.
    await page.getByLabel('Fil (CSV eller text)').setInputFiles({
      name: 'fel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('25;250 000\n99 Påhittat län;1\n'),
    });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    expect(await textWhen(page.getByRole('alert'), 'länskoden')).toBe(
      'Rad 2: länskoden 99 hör inte till någon region i registret.',
    );
    await page.screenshot({ path: join(ARTEFACTS, 'populations-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
