/** Reading one row's cells into typed values; a cell that cannot be read refuses the row with a RowProblem. */
import { searchKey } from '../../common/connection.js';
import { isIsoDate, type IsoDate } from '../../common/dates.js';
import type { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import type { Region } from '../geography/region.entity.js';
import type { ErrorReason } from '../../common/error-reasons.js';
import { GroupType } from '../groups/group-type.js';
import { codeOf } from '../../spreadsheets/labels.js';

/** One row's cells by import field. */
export type Cells = Record<string, string>;

/** A refusal of one row, named by the import field whose column holds the problem. */
export class RowProblem extends Error {
  constructor(
    readonly field: string | null,
    readonly reason: ErrorReason,
    message: string,
    readonly params: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

export function required(cells: Cells, fieldKey: string): string {
  const value = cells[fieldKey];
  if (!value) throw new RowProblem(fieldKey, 'IMPORT_VALUE_MISSING', 'The cell is empty but the field is required.');
  return value;
}

export function code<T extends string>(labels: Record<T, string>, cell: string, fieldKey: string): T {
  const found = codeOf(labels, cell);
  if (!found) {
    throw new RowProblem(
      fieldKey,
      'IMPORT_VALUE_UNKNOWN',
      `"${cell}" is not one of ${Object.values(labels).join(', ')}.`,
      {
        value: cell,
        allowed: Object.values<string>(labels).join(', '),
      },
    );
  }
  return found;
}

export function groupType(cell: string, fieldKey: string): GroupType {
  const type = Object.values(GroupType).find((t) => t === (cell.trim().toUpperCase() as GroupType));
  if (!type) {
    throw new RowProblem(fieldKey, 'IMPORT_VALUE_UNKNOWN', `"${cell}" is not a group type.`, {
      value: cell,
      allowed: Object.values(GroupType).join(', '),
    });
  }
  return type;
}

/** A region by code ("24"), name ("Region Västerbotten") or the name without "Region". */
export function region(regions: Region[], cell: string, fieldKey: string): string {
  const key = searchKey(cell).replace(/^region\s+/, '');
  const found = regions.find((r) => r.code === cell.trim() || searchKey(r.name).replace(/^region\s+/, '') === key);
  if (!found) throw new RowProblem(fieldKey, 'IMPORT_REGION_UNKNOWN', `There is no region "${cell}".`, { value: cell });
  return found.id;
}

/** A healthcare region by code ("NORRA"), name ("Norra sjukvårdsregionen") or its first word ("Norra"). */
export function healthcareRegion(healthcareRegions: HealthcareRegion[], cell: string, fieldKey: string): string {
  const key = searchKey(cell);
  const found = healthcareRegions.find(
    (hr) => hr.code.toLowerCase() === key || searchKey(hr.name) === key || searchKey(hr.name).split(' ')[0] === key,
  );
  if (!found)
    throw new RowProblem(fieldKey, 'IMPORT_REGION_UNKNOWN', `There is no healthcare region "${cell}".`, {
      value: cell,
    });
  return found.id;
}

/** A calendar date as YYYY-MM-DD; Excel's dates arrive in that form too. */
export function date(cell: string, fieldKey: string): IsoDate {
  if (!isIsoDate(cell))
    throw new RowProblem(fieldKey, 'IMPORT_DATE_INVALID', `"${cell}" is not a date in the form YYYY-MM-DD.`, {
      value: cell,
    });
  return cell;
}
