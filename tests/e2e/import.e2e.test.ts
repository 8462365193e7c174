import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GroupType } from '../../api/src/modules/groups/group-type.js';
import { DEMO_PASSWORD } from '../../api/src/seeding/seed.service.js';
import { toCsv } from '../../api/src/spreadsheets/spreadsheet-writing.js';
import { databaseFingerprint } from '../../api/src/test-support/fingerprint.js';
import { ARTEFACTS, browserSession, signIn, textWhen } from './support/browser.js';

const session = browserSession('demo');

/** A coordinator's member list with one good row and two deliberate errors. */
function memberFile(): string {
  const path = join(ARTEFACTS, 'import-medlemmar.csv');
  writeFileSync(
    path,
    toCsv({
      name: 'medlemmar',
      columns: ['Grupptyp', 'Grupp', 'Namn', 'E-post', 'Arbetsgivare', 'Roll', 'Företräder', 'Startdatum', 'Slutdatum'],
      rows: [
        [
          'NAG',
          'Hälsosamtal',
          'Ida Importerad',
          'ida.importerad@norrbotten.example',
          'Region Norrbotten',
          'Ledamot',
          'Region Norrbotten',
          '2025-02-01',
          '',
        ],
        ['NAG', 'Finns Inte', 'Olle Okänd', '', 'Region Norrbotten', 'Ledamot', 'Region Norrbotten', '2025-02-01', ''],
        [
          'NAG',
          'Hälsosamtal',
          'Dora Datum',
          '',
          'Region Västerbotten',
          'Ledamot',
          'Region Västerbotten',
          '2025-02-30',
          '',
        ],
      ],
    }),
  );
  return path;
}

describe('a coordinator imports a member list', () => {
  it('uploads the file, maps the columns and sees every error of the dry run, with nothing written', async () => {
    const { page, registry } = session;
    await signIn(page, registry.url, 'samordnare@nrf.example', DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Uppdrag (medlemskap)').check();
    await page.getByLabel('Fil (CSV eller XLSX)').setInputFiles(memberFile());
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const mapping = page.getByRole('form', { name: 'Koppla kolumner' });
    await textWhen(mapping.getByRole('heading'), '3 rader');
    // The exports' own headers map themselves; the file has no owner column, so that stays unmapped.
    expect(
      await mapping
        .getByLabel(/^Grupp/)
        .first()
        .inputValue(),
    ).toBe('Grupptyp');
    expect(await mapping.getByLabel('Ägare').inputValue()).toBe('');

    const fingerprint = await databaseFingerprint(registry.db);
    await mapping.getByRole('button', { name: 'Provkör' }).click();
    const preview = page.getByRole('region', { name: 'Provkörning' });
    const summary = await textWhen(preview.getByRole('list', { name: 'Sammanfattning' }), 'nya');
    expect(summary).toMatch(/1\s*nya/);
    expect(summary).toMatch(/2\s*avvisade/);
    const unknownGroup = await textWhen(preview.getByRole('row'), 'Olle Okänd');
    expect(unknownGroup).toMatch(/^3\b/);
    expect(unknownGroup).toContain('Grupp');
    expect(unknownGroup).toContain('finns inte i registret');
    const badDate = await textWhen(preview.getByRole('row'), 'Dora Datum');
    expect(badDate).toContain('Startdatum');
    expect(badDate).toContain('inte ett datum');
    expect(await databaseFingerprint(registry.db)).toBe(fingerprint);
    await page.screenshot({ path: join(ARTEFACTS, 'import-dry-run.png'), fullPage: true });
  });

  it('imports the good row on confirmation, which then shows on the group page', async () => {
    const { page, registry } = session;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Importera 1 rad' }).click();
    await textWhen(page.getByRole('status'), 'är importerad');
    const group = (await registry.services.groups.list({ search: 'Hälsosamtal', types: [GroupType.NAG] }, {}))
      .nodes[0]!;
    await page.goto(`${registry.url}/groups/${group.id}`);
    await textWhen(page.getByRole('row'), 'Ida Importerad');
    expect(await textWhen(page.locator('.audit-history li'), 'Importerade uppdrag')).toContain(
      'samordnare@nrf.example',
    );
  });
});
