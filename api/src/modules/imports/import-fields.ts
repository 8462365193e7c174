/** The fields each import kind fills, and the headers they are recognised by. */
import { searchKey } from '../../common/connection.js';
import type { ColumnMapping, ImportFieldInfo, ImportKind } from './import.types.js';

interface FieldSpec extends ImportFieldInfo {
  /** Other headers coordinators use for the column, matched case- and space-insensitively. */
  synonyms: string[];
}

const field = (key: string, label: string, required: boolean, ...synonyms: string[]): FieldSpec => ({
  key,
  label,
  required,
  synonyms,
});

/** The fields of each kind; the labels are the headers the exports write, so that an exported file maps itself. */
export const IMPORT_FIELDS: Record<ImportKind, FieldSpec[]> = {
  PERSONS: [
    field('name', 'Namn', true, 'Person', 'Personnamn'),
    field('email', 'E-post', false, 'E-postadress', 'Epost', 'Email', 'Mejl'),
    field('title', 'Titel', false, 'Befattning'),
    field('gender', 'Kön', false),
    field('employerRegion', 'Arbetsgivare', false, 'Region', 'Personens region', 'Arbetsgivarregion'),
  ],
  GROUPS: [
    field('type', 'Grupptyp', true, 'Typ'),
    field('name', 'Namn', true, 'Grupp', 'Gruppnamn'),
    field('healthcareRegion', 'Sjukvårdsregion', false, 'Värdregion', 'Värdskap'),
    field('region', 'Region', false),
    field('parent', 'Programområde', false, 'Överordnad', 'Överordnad grupp'),
    field('counterpart', 'Motsvarighet', false),
    field('status', 'Status', false),
    field('mandate', 'Uppdrag', false, 'Mandat'),
  ],
  MEMBERSHIPS: [
    field('groupType', 'Grupptyp', true, 'Typ'),
    field('groupName', 'Grupp', true, 'Gruppnamn'),
    field('groupOwner', 'Ägare', false, 'Gruppens ägare', 'Sjukvårdsregion', 'Gruppens region'),
    field('personName', 'Namn', true, 'Person', 'Personnamn'),
    field('personEmail', 'E-post', false, 'E-postadress', 'Epost', 'Email'),
    field('personRegion', 'Arbetsgivare', false, 'Personens region'),
    field('role', 'Roll', true, 'Uppdrag'),
    field('representedRegion', 'Företräder', false, 'Företrädd region', 'Representerar'),
    field('startDate', 'Startdatum', true, 'Från', 'Start'),
    field('endDate', 'Slutdatum', false, 'Till', 'Slut'),
    field('note', 'Anteckning', false, 'Notering'),
  ],
};

/** The service fields a refusal names, and the import field (so the column) they come from. */
export const FIELD_OF_INPUT: Record<string, string> = {
  employerRegionId: 'employerRegion',
  healthcareRegionId: 'healthcareRegion',
  regionId: 'region',
  parentId: 'parent',
  counterpartId: 'counterpart',
  representedRegionId: 'representedRegion',
  groupId: 'groupName',
  personId: 'personName',
};

const headerKey = (text: string) => searchKey(text).replace(/[^\p{L}\p{N}]/gu, '');

/** Each field's column: the first header, not taken by an earlier field, that is its label or one of its synonyms. */
export function suggestedMapping(header: string[], kind: ImportKind): ColumnMapping[] {
  const headers = header.map((h) => ({ column: h, key: headerKey(h) }));
  const taken = new Set<string>();
  const mapping: ColumnMapping[] = [];
  for (const spec of IMPORT_FIELDS[kind]) {
    const names = [spec.label, ...spec.synonyms].map(headerKey);
    const match = names.map((n) => headers.find((h) => h.key === n && !taken.has(h.column))).find(Boolean);
    if (match) {
      taken.add(match.column);
      mapping.push({ field: spec.key, column: match.column });
    }
  }
  return mapping;
}
