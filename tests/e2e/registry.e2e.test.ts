import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_ADMIN } from '../../api/src/test-support/registry.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const session = browserSession('reference', async (registry) => {
  // Fixtures through the API, not by clicking: a collaboration group and a person to seat in it.
  const created = await registry.request(
    `mutation {
      createGroup(input: { name: "Testgrupp för läkemedel", type: NSG }) { id }
      createPerson(input: { name: "Eva Testsson", email: "eva.testsson@test.example", title: "Apotekare" }) { id }
    }`,
    {},
    registry.adminToken,
  );
  expect(created.errors).toBeUndefined();
});

describe('a coordinator keeping the register in the browser', () => {
  it('signs in, finds the group in the browser and opens it', async () => {
    await signIn(session.page, session.registry.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await session.page.getByRole('link', { name: 'Grupper', exact: true }).click();
    await session.page.getByRole('tab', { name: 'Nationell nivå' }).click();
    await session.page.getByLabel('Sök grupp').fill('testgrupp');
    await session.page.getByRole('link', { name: 'Testgrupp för läkemedel' }).click();
    expect(await textWhen(session.page.getByRole('heading', { level: 1 }), 'Testgrupp för läkemedel')).toContain('NSG');
    expect(await session.page.getByText('Inga medlemmar detta datum.').isVisible()).toBe(true);
  });

  it('refuses an end date before the start date with a Swedish message, and adds nobody', async () => {
    const form = session.page.getByRole('form', { name: 'Lägg till medlem' });
    await form.getByLabel('Sök person').fill('Testsson');
    await form.getByRole('button', { name: /Eva Testsson/ }).click();
    await form.getByLabel('Roll').selectOption({ label: 'Ledamot' });
    await form.getByLabel('Företrädd region').selectOption({ label: 'Region Norrbotten' });
    await fillDate(dateField(form, 'Startdatum'), '2025-01-01');
    await fillDate(dateField(form, 'Slutdatum (sista dag)'), '2024-12-31');
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();
    expect(await textWhen(form.getByRole('alert'), /före startdatumet/)).toBe(
      'Slutdatumet 2024-12-31 ligger före startdatumet 2025-01-01. Slutdatum är sista dagen i uppdraget.',
    );
    // The message sits under the field it is about, which is marked invalid for assistive technology.
    expect(
      await dateField(form, 'Slutdatum (sista dag)')
        .getByRole('spinbutton')
        .evaluateAll((segments) => segments.map((s) => s.getAttribute('aria-invalid'))),
    ).toEqual(['true', 'true', 'true']);
    expect(await session.page.getByText('Inga medlemmar detta datum.').isVisible()).toBe(true);
  });

  it('adds the membership through the form and lists the new member', async () => {
    const form = session.page.getByRole('form', { name: 'Lägg till medlem' });
    await fillDate(dateField(form, 'Slutdatum (sista dag)'), '');
    await form.getByRole('button', { name: 'Lägg till medlem' }).click();
    expect(await textWhen(form.getByRole('status'), 'tillagd')).toBe('Eva Testsson är tillagd.');
    const row = await textWhen(session.page.getByRole('row'), 'Eva Testsson');
    expect(
      row
        .split('\t')
        .map((cell) => cell.trim())
        .slice(0, 5),
    ).toEqual(['Eva Testsson · Apotekare', 'Ledamot', 'Region Norrbotten', '2025-01-01', '–']);
    await session.page.screenshot({ path: join(ARTEFACTS, 'group-session.page.png'), fullPage: true });

    const members = await session.registry.request<{
      groups: { nodes: { memberships: { person: { name: string } }[] }[] };
    }>(
      '{ groups(filter: { search: "Testgrupp" }) { nodes { memberships { person { name } } } } }',
      {},
      session.registry.adminToken,
    );
    expect(members.data?.groups.nodes[0]?.memberships.map((m) => m.person.name)).toEqual(['Eva Testsson']);
  });
});
