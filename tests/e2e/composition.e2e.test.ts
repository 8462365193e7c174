import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { ARTEFACTS, browserSession, overflowWidth, signIn, textWhen } from './support/browser.js';

const session = browserSession('demo');

/** The heat map's buttons that would open a nomination for a patient representative, one per red cell. */
const patientButtons = () => session.page.getByRole('link', { name: /^Öppna nominering: Patientrepresentant i / });

/** Opens the nomination of the first red patient-representative cell, checks the form's prefill and opens it. */
async function openFromRedCell(): Promise<string> {
  const button = patientButtons().first();
  const group = (await button.getAttribute('aria-label'))!.replace(/^Öppna nominering: Patientrepresentant i /, '');
  await button.click();
  const form = session.page.getByRole('form', { name: 'Öppna nominering' });
  await form.waitFor();
  expect(session.page.url()).toContain('role=PATIENT_REPRESENTATIVE');
  expect(await form.getByLabel('Roll').inputValue()).toBe('PATIENT_REPRESENTATIVE');
  await expect.poll(() => form.getByRole('combobox', { name: 'Grupp' }).inputValue()).toContain(group);
  await form.getByRole('button', { name: 'Öppna nomineringen' }).click();
  expect(await textWhen(session.page.getByRole('heading', { level: 1 }), 'Nominering till')).toContain(group);
  return group;
}

describe('a coordinator mends a group from the composition heat map', () => {
  it('at 1366 px: the NAGs without a patient representative are red, and a red cell opens a prefilled nomination', async () => {
    await session.page.setViewportSize({ width: 1366, height: 768 });
    await signIn(session.page, session.registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await session.page.getByRole('link', { name: 'Sammansättning' }).click();
    const table = session.page.getByRole('table', { name: /Sammansättning/ });
    await table.waitFor();
    await table.getByRole('columnheader', { name: 'Patientrepresentant' }).waitFor();
    // 11 of the demo's 14 NAGs have no patient representative: each cell says so in words, not colour alone.
    await expect.poll(() => patientButtons().count()).toBe(11);
    expect(await table.getByText('Gruppen har ingen patientrepresentant.').count()).toBe(11);
    expect(await table.getByText('Ska åtgärdas').count()).toBeGreaterThanOrEqual(11);
    await session.page.screenshot({ path: join(ARTEFACTS, 'composition-heat-map.png') });
    await openFromRedCell();
  });

  it('at 390 px: a list per group, no wider than the phone, and the same nomination from a red cell', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto(`${session.registry.url}/composition`);
    await session.page.getByRole('heading', { level: 1, name: 'Sammansättning' }).waitFor();
    await patientButtons().first().waitFor();
    expect(await session.page.getByRole('table', { name: /Sammansättning/ }).count()).toBe(0);
    expect((await overflowWidth(session.page)).overflow).toBe(0);
    await openFromRedCell();
  });

  it("the group page's card shows the same check with its link", async () => {
    await session.page.setViewportSize({ width: 1366, height: 768 });
    await session.page.goto(`${session.registry.url}/composition`);
    const button = patientButtons().first();
    await button.waitFor();
    const group = (await button.getAttribute('aria-label'))!.replace(/^Öppna nominering: Patientrepresentant i /, '');
    await session.page.getByRole('link', { name: group, exact: true }).first().click();
    const card = session.page.getByRole('region', { name: /Sammansättning/ });
    expect(await textWhen(card, 'Gruppen har ingen patientrepresentant.')).toContain('Ska åtgärdas');
    await card.getByRole('link', { name: `Öppna nominering: Patientrepresentant i ${group}` }).waitFor();
  });
});
