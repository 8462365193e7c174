import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';

const ids: Record<string, string> = {};

const session = browserSession('demo', async (registry) => {
  const regions = await registry.services.geography.regions();
  const region = (code: string) => regions.find((r) => r.code === code)!.id;
  const created = await registry.request<{ own: { id: string }; other: { id: string } }>(
    `mutation ($own: ID!, $other: ID!) {
      own: createPerson(input: { name: "Olle Egen", title: "Sjuksköterska", employerRegionId: $own }) { id }
      other: createPerson(input: { name: "Ylva Annan", title: "Överläkare", employerRegionId: $other }) { id }
    }`,
    { own: region('25'), other: region('24') },
    registry.adminToken,
  );
  expect(created.errors).toBeUndefined();
  ids.own = created.data!.own.id;
  ids.other = created.data!.other.id;
});

describe('a region representative and the persons of the regions', () => {
  it("sees no edit controls on another region's person", async () => {
    const { page, registry } = session;
    await signIn(page, registry.url, 'norrbotten@nrf.example', DEMO_PASSWORD);
    await page.goto(`${registry.url}/persons/${ids.other}`);
    await page.getByRole('heading', { level: 1, name: 'Ylva Annan' }).waitFor();
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    expect(await page.getByRole('button', { name: 'Redigera' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Radera personuppgifter' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Registerutdrag' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTEFACTS, 'access-other-region-person.png'), fullPage: true });
  });

  it('is back at the sign-in page when the session ends elsewhere (the API answers 401)', async () => {
    const { page, registry } = session;
    const token = await page.evaluate(() => localStorage.getItem('ks-registry.token'));
    expect(
      (
        await fetch(`${registry.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{"query":"mutation { logout }"}',
        })
      ).ok,
    ).toBe(true);
    const refused = await fetch(`${registry.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${token}`,
      },
      body: '{"query":"{ me { id } }"}',
    });
    expect(refused.status).toBe(401);
    await page.goto(`${registry.url}/persons/${ids.other}`);
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('ks-registry.token'))).toBeNull();
    await signIn(page, registry.url, 'norrbotten@nrf.example', DEMO_PASSWORD);
    await page.goto(`${registry.url}/persons/${ids.other}`);
    await page.getByRole('heading', { level: 1, name: 'Ylva Annan' }).waitFor();
  });

  it('is refused by the API when trying anyway, and the person stays as they were', async () => {
    const { page } = session;
    // The representative's own session sends the edit the screen does not offer.
    const answer = await page.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${localStorage.getItem('ks-registry.token')}`,
        },
        body: JSON.stringify({ query: `mutation { updatePerson(input: { id: "${id}", title: "Ändrad" }) { id } }` }),
      });
      return response.json();
    }, ids.other);
    expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
    await page.reload();
    expect(await textWhen(page.locator('dl.facts'), 'Överläkare')).not.toContain('Ändrad');
  });

  it("edits their own region's person, and the change shows in the history", async () => {
    const { page, registry } = session;
    await page.goto(`${registry.url}/persons/${ids.own}`);
    await page.getByRole('button', { name: 'Redigera' }).click();
    const form = page.getByRole('form', { name: 'Redigera person' });
    await form.getByLabel('Titel').fill('Specialistsjuksköterska');
    await form.getByRole('button', { name: 'Spara' }).click();
    await textWhen(page.locator('dl.facts'), 'Specialistsjuksköterska');
    const history = page.locator('.audit-history');
    expect(await textWhen(history.locator('li'), 'Ändrade personen')).toContain('norrbotten@nrf.example');
    await history.locator('li', { hasText: 'Ändrade personen' }).locator('summary').click();
    expect(await textWhen(history.getByRole('row'), 'Titel')).toContain('Specialistsjuksköterska');
    await page.screenshot({ path: join(ARTEFACTS, 'access-own-region-history.png'), fullPage: true });
  });
});

describe('an administrator manages users', () => {
  it('invites a user, who can sign in, and deactivates them again', async () => {
    const { page, registry } = session;
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await signIn(page, registry.url, 'admin@nrf.example', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Användare' }).click();
    const form = page.getByRole('form', { name: 'Bjud in användare' });
    await form.getByLabel('E-postadress').fill('ny.samordnare@nrf.example');
    await form.getByLabel('Roll').selectOption({ label: 'Samordnare' });
    await form.getByLabel('Första lösenord').fill('en-ny-samordnare-1');
    await form.getByRole('button', { name: 'Skapa användare' }).click();
    await textWhen(page.getByRole('status'), 'kan nu logga in');
    const row = page.getByRole('row', { name: /ny\.samordnare@nrf\.example/ });
    expect(await row.innerText()).toContain('Samordnare');

    const token = await registry.login('ny.samordnare@nrf.example', 'en-ny-samordnare-1');
    await row.getByRole('button', { name: 'Stäng av ny.samordnare@nrf.example' }).click();
    // Deactivating ends the user's sessions at once: the screen asks first.
    const question = page.getByRole('alertdialog', { name: 'Stänga av ny.samordnare@nrf.example?' });
    await question.getByRole('button', { name: 'Stäng av' }).click();
    await textWhen(row, 'Avstängd');
    expect((await registry.request('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.screenshot({ path: join(ARTEFACTS, 'access-users.png'), fullPage: true });
  });
});
