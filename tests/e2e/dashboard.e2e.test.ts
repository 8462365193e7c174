import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const session = browserSession('demo');

/** The dashboard's share table as region → [seats, share], once it shows the given day. */
async function sharesOn(day: string): Promise<Record<string, [string, string]>> {
  await textWhen(session.page.getByRole('heading', { level: 2 }), `Fördelning av platser ${day}`);
  const table = session.page.getByRole('table', { name: `Fördelning av platser ${day}` });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
  return Object.fromEntries(rows.map(([region, seats, share]) => [region!, [seats!, share!]]));
}

describe('the dashboard', () => {
  it('opens first after sign-in and shows that goal 1 is met', async () => {
    await signIn(session.page, session.registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    // Goal 1 is the numbered share goal; its number is a field of its own, which the card puts before its name.
    const goal = session.page.getByRole('article', { name: /^Mål 1: Gemensamt ansvar för jämlik vård/ });
    expect(await textWhen(goal, 'Vid måldatum 2024-12-31')).toMatch(/Vid måldatum 2024-12-31:\s*Uppnått/);
  });

  it("shows the annual report's shares on the dates chosen in the date picker", async () => {
    await fillDate(dateField(session.page, 'Datum'), '2023-08-31');
    expect(await sharesOn('2023-08-31')).toEqual({
      'Region Jämtland Härjedalen': ['17', '17,0 %'],
      'Region Norrbotten': ['12', '12,0 %'],
      'Region Västerbotten': ['58', '58,0 %'],
      'Region Västernorrland': ['13', '13,0 %'],
    });
    await fillDate(dateField(session.page, 'Datum'), '2024-12-31');
    const december = await sharesOn('2024-12-31');
    expect(december['Region Västerbotten']).toEqual(['58', '55,8 %']);
    expect(december['Region Norrbotten']).toEqual(['13', '12,5 %']);
    await session.page.screenshot({ path: join(ARTEFACTS, 'dashboard.png'), fullPage: true });
  });

  it("opens a region's view in neutral words for a coordinator, with the region's share and population share", async () => {
    const { page } = session;
    await page
      .getByRole('table', { name: 'Fördelning av platser 2024-12-31' })
      .getByRole('link', { name: 'Region Norrbotten' })
      .click();
    await textWhen(page.getByRole('heading', { level: 2 }), /^Platser för Region Norrbotten \(\d+\)$/);
    expect(await textWhen(page.locator('main p'), 'Befolkningsandelen')).toMatch(
      /^Region Norrbotten har \d+ av \d+ platser, en andel på \d+,\d\s%\. Befolkningsandelen är \d+,\d\s%, ett avstånd på [−+-]?\d+,\d procentenheter\.$/,
    );
    expect(
      await page.getByRole('heading', { level: 2, name: /^Nationella? grupp(er)? utan Region Norrbotten/ }).count(),
    ).toBe(1);
    expect(await page.getByText(/Våra platser|utan oss|Vår andel/).count()).toBe(0);
  });

  it("lists an NPO's RPO counterparts on its page, and the RPO names the NPO: the link reads both ways", async () => {
    const { page, registry } = session;
    const found = await registry.request<{ groups: { nodes: { id: string; name: string }[] } }>(
      '{ groups(filter: { types: [NPO] }, first: 100) { nodes { id name } } }',
      {},
      registry.adminToken,
    );
    const npo = found.data!.groups.nodes.find((g) => g.name === 'Psykisk hälsa')!;
    await page.goto(`${registry.url}/groups/${npo.id}`);
    await textWhen(page.locator('dt'), /^Motsvarighet(er)? på nivån nedanför$/);
    await page.getByRole('link', { name: 'RPO Psykisk hälsa' }).click();
    await textWhen(page.getByRole('heading', { level: 1 }), 'Psykisk hälsa');
    expect(await page.getByRole('link', { name: 'NPO Psykisk hälsa' }).count()).toBe(1);
  });
});
