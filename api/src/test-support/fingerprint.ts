import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Tables that change when nobody changes the register: signing in and failing to. */
const NOT_REGISTER_DATA = new Set(['sessions', 'sign_in_failures']);

/**
 * A hash of every row of every register table: equal before and after a refused request proves that it wrote
 * nothing, whichever table a faulty service might have touched.
 */
export async function databaseFingerprint(db: DataSource): Promise<string> {
  const hash = createHash('sha256');
  const tables = db.entityMetadatas
    .map((m) => m.tableName)
    .filter((t) => !NOT_REGISTER_DATA.has(t))
    .sort();
  for (const table of tables) {
    const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM "${table}"`);
    const lines = rows.map((row) => JSON.stringify(row)).sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
