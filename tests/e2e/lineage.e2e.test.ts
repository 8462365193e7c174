import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_ADMIN } from '../../api/src/test-support/registry.js';
import { ARTEFACTS, browserSession, overflowWidth, seriousAxeFindings, signIn, textWhen } from './support/browser.js';
import { dateField, fillDate } from './support/dates.js';

const ids: Record<string, string> = {};

const session = browserSession('reference', async (registry) => {
  // Fixtures through the API: a regional cancer centre's group with two members, the programme area it merges into,
  // and a second group whose member already sits in that programme area (its carry-over is refused).
  const request = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const result = await registry.request<T>(query, variables, registry.adminToken);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const { healthcareRegions } = await request<{
    healthcareRegions: { id: string; code: string; regions: { id: string; code: string }[] }[];
  }>('{ healthcareRegions { id code regions { id code } } }');
  const norra = healthcareRegions.find((hr) => hr.code === 'NORRA')!;
  const region = (code: string) => norra.regions.find((r) => r.code === code)!.id;
  const group = async (name: string, type: string) =>
    (
      await request<{ createGroup: { id: string } }>(
        'mutation ($name: String!, $type: GroupType!, $hr: ID!) { createGroup(input: { name: $name, type: $type, healthcareRegionId: $hr }) { id } }',
        { name, type, hr: norra.id },
      )
    ).createGroup.id;
  const seat = async (groupId: string, name: string, regionCode: string, startDate: string) => {
    const { createPerson } = await request<{ createPerson: { id: string } }>(
      'mutation ($name: String!) { createPerson(input: { name: $name }) { id } }',
      { name },
    );
    await request('mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
      input: {
        groupId,
        personId: createPerson.id,
        role: 'MEMBER',
        representedRegionId: region(regionCode),
        startDate,
      },
    });
    return createPerson.id;
  };
  ids.rcc = await group('Testcentrum Norr', 'RSG');
  ids.rpo = await group('Testområde cancer', 'RPO');
  ids.other = await group('Testgrupp palliativ vård', 'RSG');
  ids.carried = await seat(ids.rcc, 'Karin Linjesson', '25', '2020-01-01');
  await seat(ids.rcc, 'Olof Linjesson', '24', '2021-06-01');
  const both = await seat(ids.other, 'Britt Dubbelsson', '23', '2020-01-01');
  await request('mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
    input: {
      groupId: ids.rpo,
      personId: both,
      role: 'MEMBER',
      representedRegionId: region('23'),
      startDate: '2024-01-01',
    },
  });
});

async function recordMerger(groupName: string, date: string) {
  const { page } = session;
  await page.getByRole('button', { name: 'Registrera förändring', exact: true }).click();
  const form = page.getByRole('form', { name: 'Registrera förändring' });
  await form.getByRole('combobox', { name: 'Grupp 1' }).fill(groupName);
  await page.getByRole('option', { name: `RSG ${groupName}` }).click();
  await fillDate(dateField(form, 'Gäller från (efterträdarens första dag)'), date);
  await form.getByRole('button', { name: 'Registrera förändringen…' }).click();
  return { form, dialog: page.getByRole('alertdialog') };
}

async function checkPage(label: string) {
  const { page } = session;
  const findings = await seriousAxeFindings(page);
  expect(findings, `${label}: ${JSON.stringify(findings)}`).toEqual([]);
  const width = page.viewportSize()!.width;
  if (width <= 390) expect((await overflowWidth(page)).overflow, label).toBe(0);
}

describe('a coordinator recording a merger in the browser', () => {
  it('on a phone (390 px): merges the centre into the programme area, confirms, and shows the history and trend', async () => {
    const { page, registry } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, registry.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.goto(`${registry.url}/groups/${ids.rpo}`);
    await textWhen(page.getByRole('heading', { level: 1 }), 'Testområde cancer');
    // The lineage section loads after the page's own heading: wait for it rather than look once.
    await page.getByText('Gruppen har inga registrerade föregångare eller efterträdare.').waitFor();
    const { dialog } = await recordMerger('Testcentrum Norr', '2025-01-01');
    const said = await textWhen(dialog, 'RSG Testcentrum Norr');
    expect(said).toContain('Sammanslagning den 2025-01-01.');
    expect(said).toContain('Upphör med sista dag 2024-12-31: RSG Testcentrum Norr');
    expect(said).toContain('Tar över från 2025-01-01: RPO Testområde cancer');
    expect(said).toContain('fortsätter i efterträdaren från 2025-01-01');
    await checkPage('confirmation at 390 px');
    await dialog.getByRole('button', { name: 'Registrera', exact: true }).click();
    const section = page.getByRole('region', { name: 'Historik: föregångare och efterträdare' });
    expect(await textWhen(section.getByRole('status'), 'registrerad')).toBe(
      'Förändringen är registrerad: 2 uppdrag avslutades, 2 fördes över.',
    );
    expect(await textWhen(section.getByRole('listitem').first(), 'Testcentrum Norr')).toContain(
      'Sammanslagning 2025-01-01',
    );
    await section.getByRole('table').first().waitFor();
    await page.screenshot({ path: join(ARTEFACTS, 'lineage-phone.png'), fullPage: true });
    await checkPage('group page after the merger at 390 px');
  });

  it('on a desktop (1366 px): shows the carried-over term as continuing, and a refused carry-over in Swedish', async () => {
    const { page, registry } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${registry.url}/persons/${ids.carried}`);
    const continued = page.getByRole('region', { name: 'Uppdrag som fortsätter i en ny grupp' });
    expect(await textWhen(continued, 'fortsätter')).toContain(
      'Ledamot i RSG Testcentrum Norr (2020-01-01–2024-12-31) fortsätter uppdraget i RPO Testområde cancer från 2025-01-01.',
    );
    await checkPage('person page at 1366 px');

    await page.goto(`${registry.url}/groups/${ids.rpo}`);
    await textWhen(page.getByRole('heading', { level: 1 }), 'Testområde cancer');
    const { form, dialog } = await recordMerger('Testgrupp palliativ vård', '2025-01-01');
    await dialog.getByRole('button', { name: 'Registrera', exact: true }).click();
    expect(await textWhen(form.getByRole('alert'), 'redan ett uppdrag')).toContain(
      'Personen har redan ett uppdrag i gruppen',
    );
    await checkPage('refusal at 1366 px');
    await page.goto(`${registry.url}/groups/${ids.other}`);
    expect(await textWhen(page.getByRole('heading', { level: 1 }), 'palliativ')).toContain('Testgrupp');
    // Refused whole: the group is still active and has no successor.
    // The lineage section loads after the page's own heading: wait for it rather than look once.
    await page.getByText('Gruppen har inga registrerade föregångare eller efterträdare.').waitFor();
  });
});
