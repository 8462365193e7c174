import { describe, expect, it } from 'vitest';
import { TEST_ADMIN } from '../../api/src/test-support/registry.js';
import { browserSession, overflowWidth, seriousAxeFindings, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const ids: Record<string, string> = {};

const session = browserSession('reference', async (registry) => {
  // Fixtures through the API: an NAG and two persons, one to employ and one to seat.
  const npo = await registry.request<{ createGroup: { id: string } }>(
    'mutation { createGroup(input: { name: "Testområde", type: NPO }) { id } }',
    {},
    registry.adminToken,
  );
  const created = await registry.request<{
    createGroup: { id: string };
    employee: { id: string };
    member: { id: string };
  }>(
    `mutation ($parent: ID!) {
      createGroup(input: { name: "Testgrupp för äldres hälsa", type: NAG, parentId: $parent }) { id }
      employee: createPerson(input: { name: "Kim Kommunsson", title: "Medicinskt ansvarig sjuksköterska" }) { id }
      member: createPerson(input: { name: "Mona Medlemsson" }) { id }
    }`,
    { parent: npo.data!.createGroup.id },
    registry.adminToken,
  );
  expect(created.errors).toBeUndefined();
  ids.group = created.data!.createGroup.id;
  ids.employee = created.data!.employee.id;
});

/** What a screen must be at the width it is shown at: axe-clean and, on a phone, no wider than the screen. */
async function expectUsable(width: number) {
  expect(await seriousAxeFindings(session.page)).toEqual([]);
  if (width < 400) expect((await overflowWidth(session.page)).overflow).toBe(0);
}

describe.each([1366, 390])('organisations in the browser at %i px', (width) => {
  const name = width > 400 ? 'Umeå kommun' : 'Luleå kommun';
  const renamed = `${name} (vård och omsorg)`;

  it('creates an organisation and edits it, confirming each save', async () => {
    const { page, registry } = session;
    await page.setViewportSize({ width, height: 900 });
    if (width > 400) await signIn(page, registry.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.goto(`${registry.url}/organisations`);
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const form = page.getByRole('form', { name: 'Ny organisation' });
    await form.getByLabel('Namn').fill(name);
    await form.getByLabel('Slag').selectOption({ label: 'Kommun' });
    await form
      .getByLabel('Ligger i region')
      .selectOption({ label: width > 400 ? 'Region Västerbotten' : 'Region Norrbotten' });
    await expectUsable(width);
    await form.getByRole('button', { name: 'Spara' }).click();
    expect(await textWhen(page.getByRole('status'), 'sparad')).toBe(`${name} är sparad.`);

    await page.getByRole('button', { name: `Ändra ${name}` }).click();
    const edit = page.getByRole('form', { name: `Ändra ${name}` });
    await edit.getByLabel('Namn').fill(renamed);
    await edit.getByRole('button', { name: 'Spara' }).click();
    expect(await textWhen(page.getByRole('status'), 'sparad')).toBe(`${renamed} är sparad.`);
    const row = await textWhen(page.getByRole('row'), renamed);
    expect(row).toContain('Kommun');
    await expectUsable(width);
  });

  it("records the organisation as a person's employer, with profession and care level", async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/persons/${ids.employee}`);
    await page.getByRole('button', { name: 'Redigera' }).click();
    const form = page.getByRole('form', { name: 'Redigera person' });
    await form.getByLabel('Arbetsgivare').selectOption({ label: renamed });
    await form.getByLabel('Yrke').fill('Sjuksköterska');
    await form.getByLabel('Vårdnivå').selectOption({ label: 'Kommunal vård och omsorg' });
    await expectUsable(width);
    await form.getByRole('button', { name: 'Spara' }).click();
    expect(await textWhen(page.getByRole('status'), 'sparade')).toBe('Uppgifterna om Kim Kommunsson är sparade.');
    const facts = await textWhen(page.locator('dl.facts'), renamed);
    expect(facts).toContain('Sjuksköterska');
    expect(facts).toContain('Kommunal vård och omsorg');
  });

  it('refuses to delete an organisation that employs someone, in plain Swedish, and keeps it', async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/organisations`);
    await page.getByRole('button', { name: `Ta bort ${renamed}` }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.getByRole('heading').innerText()).toBe(`Ta bort ${renamed}?`);
    await dialog.getByRole('button', { name: 'Ta bort' }).click();
    expect(await textWhen(page.getByRole('alert'), 'används')).toBe(
      'Organisationen används av 1 person eller uppdrag och kan inte tas bort.',
    );
    expect(await page.getByRole('row', { name: new RegExp(renamed.replace(/[()]/g, '\\$&')) }).count()).toBe(1);
    await expectUsable(width);
  });

  it('adds a seat representing the organisation and shows it in the member list', async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/groups/${ids.group}`);
    const form = page.getByRole('form', { name: 'Lägg till medlem' });
    await form.getByLabel('Sök person').fill('Medlemsson');
    await form.getByRole('button', { name: /Mona Medlemsson/ }).click();
    await form.getByLabel('Roll').selectOption({ label: 'Ledamot' });
    await form.getByLabel('Företrädd region eller organisation').selectOption({ label: renamed });
    // One seat per width: the phone's starts after the desktop's has ended.
    await fillDate(dateField(form, 'Startdatum'), width > 400 ? '2024-01-01' : '2025-01-01');
    await fillDate(dateField(form, 'Slutdatum (sista dag)'), width > 400 ? '2024-12-31' : '');
    await fillDate(dateField(form, 'Jävsdeklaration granskad'), '2024-01-01');
    await expectUsable(width);
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();
    expect(await textWhen(form.getByRole('status'), 'tillagd')).toBe('Mona Medlemsson är tillagd.');
    const seats = await registry.request<{ organisations: { name: string; seatCount: number }[] }>(
      `{ organisations { name seatCount(asOf: "${width > 400 ? '2024-06-01' : '2025-06-01'}") } }`,
      {},
      registry.adminToken,
    );
    expect(seats.data?.organisations.find((o) => o.name === renamed)?.seatCount).toBe(1);
    if (width < 400) {
      const row = await textWhen(page.getByRole('row'), 'Mona Medlemsson');
      expect(row).toContain(renamed);
    }
  });

  it('deletes an organisation nobody uses, after asking', async () => {
    const { page, registry } = session;
    const unused = `Tillfällig förening ${width}`;
    await page.goto(`${registry.url}/organisations`);
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const form = page.getByRole('form', { name: 'Ny organisation' });
    await form.getByLabel('Namn').fill(unused);
    await form.getByLabel('Slag').selectOption({ label: 'Patient- eller brukarorganisation' });
    await form.getByRole('button', { name: 'Spara' }).click();
    expect(await textWhen(page.getByRole('status'), 'sparad')).toBe(`${unused} är sparad.`);
    await page.getByRole('button', { name: `Ta bort ${unused}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort' }).click();
    expect(await textWhen(page.getByRole('status'), 'borttagen')).toBe(`${unused} är borttagen.`);
    expect(await page.getByRole('row', { name: new RegExp(unused) }).count()).toBe(0);
  });
});
