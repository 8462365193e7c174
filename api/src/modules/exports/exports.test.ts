import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupType } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { ExportList, SpreadsheetFormat } from './exports.types.js';
import { GROUP_COLUMNS, MEMBER_COLUMNS } from './exports.service.js';

describe('exports', () => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    env = await openTestServices({ clock: { today: () => '2025-06-30' } });
    make = factories(env.services);
  });
  afterAll(() => env.close());

  it('writes one row per membership, in the words and names a coordinator uses', async () => {
    const norrbotten = await make.region('25');
    const npo = await make.npo('Exporterat område');
    const nag = await make.group(GroupType.NAG, { parentId: npo.id });
    const person = await env.services.persons.create(coordinator, {
      name: 'Edit Export',
      email: 'edit@region.example',
      employerRegionId: norrbotten.id,
    });
    await make.membership(nag, person, {
      role: MemberRole.CHAIR,
      representedRegionId: norrbotten.id,
      startDate: '2024-01-01',
      endDate: '2026-12-31',
    });
    const table = await env.services.exports.table({
      list: ExportList.MEMBERS,
      format: SpreadsheetFormat.CSV,
      groupId: nag.id,
      asOf: '2025-01-01',
    });
    expect(table.columns).toEqual(MEMBER_COLUMNS);
    expect(table.rows).toEqual([
      [
        'NAG',
        nag.name,
        '',
        'Edit Export',
        'edit@region.example',
        'Region Norrbotten',
        'Ordförande',
        'Region Norrbotten',
        '2024-01-01',
        '2026-12-31',
        '',
      ],
    ]);
    expect(
      (
        await env.services.exports.table({
          list: ExportList.MEMBERS,
          format: SpreadsheetFormat.CSV,
          groupId: nag.id,
          asOf: '2027-01-01',
        })
      ).rows,
    ).toEqual([]);
  });

  it('lists programme areas before their working groups, so that an import of the file finds every parent', async () => {
    const table = await env.services.exports.table({ list: ExportList.GROUPS, format: SpreadsheetFormat.XLSX });
    expect(table.columns).toEqual(GROUP_COLUMNS);
    const position = (type: string) => table.rows.findIndex((row) => row[0] === type);
    expect(position('NPO')).toBeLessThan(position('NAG'));
    const nag = table.rows.find((row) => row[0] === 'NAG')!;
    expect(nag[4]).toBe('NPO Exporterat område');
  });

  it('refuses a report without its healthcare region', async () => {
    await expect(
      env.services.exports.table({ list: ExportList.REPRESENTATION, format: SpreadsheetFormat.CSV }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'healthcareRegionId' } });
  });
});
