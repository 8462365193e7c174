import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';
import { dateField, dateValue } from './support/dates.js';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

const ids: { runningNomination?: string; artros?: string } = {};

const session = browserSession('demo', async (registry) => {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await registry.request<T>(query, variables, registry.adminToken);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  await gql(`mutation {
    a: createPerson(input: { name: "Jonna Journeysdóttir", email: "jonna.j@norrbotten.example", title: "Distriktsläkare" }) { id }
    b: createPerson(input: { name: "Rut Representerad", email: "rut.r@norrbotten.example", title: "Sjuksköterska" }) { id }
  }`);
  const groups = await gql<{ groups: { nodes: { id: string; name: string }[] } }>(
    `query { groups(filter: { types: [NAG] }, first: 100) { nodes { id name } } }`,
  );
  const byName = (name: string) => groups.groups.nodes.find((g) => g.name === name)!.id;
  ids.artros = byName('Artros');
  const opened = await gql<{ openNomination: { id: string } }>(
    `mutation ($groupId: ID!) { openNomination(input: { groupId: $groupId, role: MEMBER, seats: 1, dueDate: "2099-12-31" }) { id } }`,
    { groupId: byName('Hyperparatyreoidism') },
  );
  ids.runningNomination = opened.openNomination.id;
});

/** Norrbotten's seats in the dashboard's share table. */
async function norrbottenSeats(): Promise<number> {
  const row = await textWhen(session.page.getByRole('row'), 'Region Norrbotten');
  return Number(row.split('\t')[1]);
}

/** Signs in afresh as one of the demo accounts, whoever was signed in before. */
async function signInAs(email: string) {
  await session.page.goto(session.registry.url);
  await session.page.evaluate(() => localStorage.clear());
  await signIn(session.page, session.registry.url, email, DEMO_PASSWORD);
}

/** The page is no wider than the viewport (no sideways scroll). */
async function fitsWidth(): Promise<boolean> {
  return session.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function proposeCandidate(name: string) {
  const form = session.page.getByRole('form', { name: 'Föreslå kandidat' });
  await form.getByLabel('Sök person').fill(name.split(' ')[1]!);
  await form.getByRole('button', { name: new RegExp(name) }).click();
  const region = form.getByLabel('Föreslås av region');
  if ((await region.inputValue()) === '') await region.selectOption({ label: 'Region Norrbotten' });
  await form.getByLabel('Chefens godkännande finns').check();
  await form.getByLabel('Jävsdeklaration finns').check();
  await form.getByRole('button', { name: 'Föreslå', exact: true }).click();
  await textWhen(session.page.getByRole('status'), `${name} är föreslagen som kandidat.`);
}

describe('the coordinator from a vacancy row to an appointed member (1366 px)', () => {
  it('opens the nomination from the vacancy row, prefilled, appoints, and sees the share on the dashboard', async () => {
    const page = session.page;
    await page.setViewportSize(DESKTOP);
    await signInAs('samordnare@nrf.example');
    const before = await norrbottenSeats();
    await page.getByRole('link', { name: 'Nomineringar' }).click();
    // A group well past the first 20 alphabetically: the picker must still hold it.
    await page.getByRole('link', { name: /^Öppna nominering för Osteoporos, Norra/ }).click();
    const form = page.getByRole('form', { name: 'Öppna nominering' });
    await expect.poll(() => form.getByRole('combobox', { name: 'Grupp' }).inputValue()).toBe('NAG Osteoporos');
    expect(await form.getByLabel('Roll').inputValue()).toBe('MEMBER');
    expect(await dateValue(dateField(form, 'Sista dag för förslag'))).not.toBe(new Date().toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Öppna nomineringen' }).click();
    expect(await textWhen(page.getByRole('heading', { level: 1 }), 'Nominering till')).toContain('Osteoporos');
    await textWhen(page.getByRole('status'), 'Nomineringen är öppnad.');

    await proposeCandidate('Jonna Journeysdóttir');
    const decision = page.getByRole('form', { name: 'Beslut' });
    await decision.getByLabel(/Jonna Journeysdóttir/).check();
    await decision.getByRole('button', { name: 'Fatta beslut' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Fatta beslut?' });
    expect(await dialog.innerText()).toContain('Jonna Journeysdóttir (Region Norrbotten) utses från');
    await dialog.getByRole('button', { name: 'Fatta beslut' }).click();
    await textWhen(page.getByRole('status'), /Beslutet är fattat: Jonna Journeysdóttir/);
    await textWhen(page.locator('dd'), 'Beslutad');

    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { name: 'Översikt', exact: true }).waitFor();
    await expect.poll(norrbottenSeats).toBe(before + 1);
  });
});

describe('at 390 px', () => {
  it('opens the form from a vacancy row, cancels it, and a running nomination is linked instead of offered twice', async () => {
    const page = session.page;
    await page.setViewportSize(PHONE);
    await signInAs('samordnare@nrf.example');
    await page.getByRole('link', { name: 'Nomineringar' }).click();
    await page.getByRole('link', { name: /^Öppna nominering för Hypertyreos, Norra/ }).click();
    const form = page.getByRole('form', { name: 'Öppna nominering' });
    await expect.poll(() => form.getByRole('combobox', { name: 'Grupp' }).inputValue()).toBe('NAG Hypertyreos');
    await form.getByRole('button', { name: 'Avbryt' }).click();
    await form.waitFor({ state: 'detached' });
    // The nomination opened for the test runs: its vacancy links to it and offers no second.
    await page.getByRole('link', { name: /^Nominering pågår \(Öppen\) för Hyperparatyreoidism, Norra/ }).waitFor();
    expect(await page.getByRole('link', { name: /^Öppna nominering för Hyperparatyreoidism, Norra/ }).count()).toBe(0);
    await page.getByRole('link', { name: /^Nominering pågår \(Öppen\) för Hyperparatyreoidism, Norra/ }).click();
    expect(await textWhen(page.getByRole('heading', { level: 1 }), 'Nominering till')).toContain('Hyperparatyreoidism');
    await page.screenshot({ path: join(ARTEFACTS, 'journeys-nomination-390.png'), fullPage: true });
  });

  it('lets the region representative propose a candidate and withdraw them', async () => {
    const page = session.page;
    await page.setViewportSize(PHONE);
    await signInAs('norrbotten@nrf.example');
    await page.goto(`${session.registry.url}/nominations/${ids.runningNomination}`);
    await proposeCandidate('Rut Representerad');
    // What the API says the representative may do: approvals for their own region's candidates only, and none of the
    // coordinator's steps.
    const cards = page.locator('ul.candidates > li');
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      const heading = await card.getByRole('heading', { level: 3 }).innerText();
      const own = heading.includes('Region Norrbotten') && !heading.includes('Återtagen');
      expect(await card.getByRole('group', { name: 'Underlag för beslut' }).count()).toBe(own ? 1 : 0);
    }
    expect(await page.getByRole('button', { name: 'Stäng för förslag och bered' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Avbryt nomineringen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Återta kandidaturen för Rut Representerad' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Återta Rut Representerad som kandidat?' });
    await dialog.getByRole('button', { name: 'Återta', exact: true }).click();
    await textWhen(page.getByRole('status'), 'Rut Representerad är återtagen som kandidat.');
    expect(await textWhen(page.getByRole('heading', { level: 3 }), 'Rut Representerad')).toContain('Återtagen');
    expect(await page.getByRole('button', { name: /Återta kandidaturen/ }).count()).toBe(0);
    expect(await fitsWidth()).toBe(true);
  });
});

describe('the coordinator declares seats and the vacancy count follows (1366 px)', () => {
  it('raises Norra’s seats in NAG Artros by two', async () => {
    const page = session.page;
    await page.setViewportSize(DESKTOP);
    await signInAs('samordnare@nrf.example');
    await page.goto(`${session.registry.url}/groups/${ids.artros}`);
    const seats = page.getByRole('region', { name: 'Platser' });
    const vacantToday = async () =>
      Number((await textWhen(seats.locator('p'), /lediga? plats(er)? i dag/)).match(/(\d+)/)![1]);
    /** Norra's row in the seats table: declared, held, vacant. */
    const norraRow = async () =>
      (await textWhen(seats.getByRole('row'), 'Norra sjukvårdsregionen')).split('\t').slice(1, 4).map(Number);
    const before = await vacantToday();
    const [declared, held, vacant] = await norraRow();
    await seats.getByRole('button', { name: 'Ange platser' }).click();
    const form = page.getByRole('form', { name: 'Gruppens platser' });
    const norra = form.getByLabel('Platser för Norra sjukvårdsregionen');
    expect(Number(await norra.inputValue())).toBe(declared);
    const wanted = held! + 2;
    await norra.fill(String(wanted));
    await form.getByRole('button', { name: 'Spara platserna' }).click();
    await textWhen(form.getByRole('status'), /Platserna är sparade/);
    await expect.poll(norraRow).toEqual([wanted, held, 2]);
    expect(await vacantToday()).toBe(before - vacant! + 2);
  });
});

describe('the coordinator corrects and archives memberships from the members table (390 px)', () => {
  it('corrects a term, and archives an entry made in error after confirming', async () => {
    const page = session.page;
    await page.setViewportSize(PHONE);
    await signInAs('samordnare@nrf.example');
    await page.goto(`${session.registry.url}/groups/${ids.artros}`);
    const table = page.getByRole('table', { name: 'Medlemmar per datum' });
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    const name = (await rows.first().getByRole('rowheader').getByRole('link').innerText()).trim();
    expect(await page.getByRole('button', { name: `Avsluta uppdrag för ${name}` }).count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: `Rätta uppdraget för ${name}` }).click();
    const correction = page.getByRole('form', { name: `Rätta uppdraget för ${name}` });
    await correction.getByLabel('Anteckning').fill('Rättad efter beslutsprotokollet.');
    await correction.getByRole('button', { name: 'Spara' }).click();
    await textWhen(page.getByRole('status'), `Uppdraget för ${name} är rättat.`);

    await page.getByRole('button', { name: `Arkivera felregistrering av ${name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Arkivera uppdraget för ${name}?` });
    await dialog.getByRole('button', { name: 'Arkivera', exact: true }).click();
    await textWhen(page.getByRole('status'), `Uppdraget för ${name} är arkiverat som felregistrering.`);
    await expect.poll(() => rows.count()).toBe(count - 1);
  });
});
