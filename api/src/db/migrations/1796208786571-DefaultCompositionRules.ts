import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The composition rules the register starts with, as data (coordinators change them at /composition/rules):
 * NAG the full set the sources describe; NPO every healthcare region, the chair's three years and reviewed
 * declarations; the healthcare-regional groups and NSG as advice only. Local groups and bodies start with none: they
 * represent no regions, and genders are seldom recorded there. Stored values only; no table changes.
 */
const DEFAULTS: [
  groupType: string,
  kind: string,
  severity: 'REQUIRED' | 'ADVISORY',
  minShare: number | null,
  minCount: number | null,
  years: number | null,
  careLevels: string | null,
][] = [
  ['NAG', 'EVERY_AREA_REPRESENTED', 'REQUIRED', null, null, null, null],
  ['NAG', 'GENDER_BALANCE', 'REQUIRED', 0.4, null, null, null],
  ['NAG', 'PROFESSIONS', 'ADVISORY', null, 2, null, null],
  ['NAG', 'CARE_LEVELS', 'ADVISORY', null, null, null, 'PRIMARY,SPECIALIST'],
  ['NAG', 'PATIENT_REPRESENTATIVE', 'REQUIRED', null, 1, null, null],
  ['NAG', 'MUNICIPAL_REPRESENTATIVE', 'ADVISORY', null, 1, null, null],
  ['NAG', 'INTERESTS_REVIEWED', 'REQUIRED', null, null, 3, null],
  ['NPO', 'EVERY_AREA_REPRESENTED', 'REQUIRED', null, null, null, null],
  ['NPO', 'CHAIR_TERM_LIMIT', 'REQUIRED', null, null, 3, null],
  ['NPO', 'INTERESTS_REVIEWED', 'REQUIRED', null, null, 3, null],
  ['NSG', 'EVERY_AREA_REPRESENTED', 'ADVISORY', null, null, null, null],
  ['RPO', 'EVERY_AREA_REPRESENTED', 'ADVISORY', null, null, null, null],
  ['RPO', 'GENDER_BALANCE', 'ADVISORY', 0.4, null, null, null],
  ['RAG', 'EVERY_AREA_REPRESENTED', 'ADVISORY', null, null, null, null],
  ['RAG', 'GENDER_BALANCE', 'ADVISORY', 0.4, null, null, null],
  ['RSG', 'EVERY_AREA_REPRESENTED', 'ADVISORY', null, null, null, null],
  ['RSG', 'GENDER_BALANCE', 'ADVISORY', 0.4, null, null, null],
];

const placeholders = (runner: QueryRunner) =>
  runner.connection.driver.options.type === 'postgres'
    ? '$1, $2, $3, $4, $5, $6, $7, $8, 1'
    : '?, ?, ?, ?, ?, ?, ?, ?, 1';

export class DefaultCompositionRules1796208786571 implements MigrationInterface {
  name = 'DefaultCompositionRules1796208786571';

  async up(runner: QueryRunner): Promise<void> {
    for (const row of DEFAULTS) {
      await runner.query(
        `INSERT INTO "composition_rules" ("id", "groupType", "kind", "severity", "minShare", "minCount", "years", "careLevels", "version") VALUES (${placeholders(runner)})`,
        [randomUUID(), ...row],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    // The rules of the default (type, kind) pairs go, changed since or not; rules of other pairs stay.
    for (const [groupType, kind] of DEFAULTS) {
      await runner.query(
        `DELETE FROM "composition_rules" WHERE "groupType" = ${runner.connection.driver.options.type === 'postgres' ? '$1 AND "kind" = $2' : '? AND "kind" = ?'}`,
        [groupType, kind],
      );
    }
  }
}
