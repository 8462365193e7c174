import { Brackets, type EntityManager } from 'typeorm';
import { searchKey } from '../../common/connection.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import { ImportJob } from './import-job.entity.js';
import type { SheetRow } from '../../spreadsheets/spreadsheet.js';

/** A LIKE pattern for text containing `value`, with LIKE's own characters escaped. */
const containing = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The forms a name takes in stored JSON text: as written, in lower case (SQLite's LOWER folds only ASCII, so Å, Ä and Ö
 * are matched as written) and escaped as JSON escapes quotation marks and backslashes.
 */
const storedForms = (name: string) => [...new Set([name, name.toLowerCase(), JSON.stringify(name).slice(1, -1)])];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Erasure of a person in the imports: rows of jobs not yet imported that name the person (by any of `names`, which
 * holds every name and e-mail the person had) are removed from those jobs, and a file name that names them, in a job
 * and in the IMPORT events of the audit trail, has that name replaced by `label`. Confirmed jobs keep no rows.
 */
export async function eraseFromImports(em: EntityManager, names: string[], label: string): Promise<void> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))];
  if (!wanted.length) return;
  const keys = new Set(wanted.map(searchKey));
  const patterns = wanted.flatMap(storedForms).map(containing);
  const mentions = (alias: string, column: string) =>
    new Brackets((w) =>
      patterns.forEach((pattern, i) => {
        w.orWhere(`${alias}."${column}" LIKE :p${i} ESCAPE '\\'`, { [`p${i}`]: pattern });
        w.orWhere(`LOWER(${alias}."${column}") LIKE LOWER(:p${i}) ESCAPE '\\'`);
      }),
    );
  const scrubName = (fileName: string) =>
    wanted.reduce((text, name) => text.replace(new RegExp(escapeRegExp(name), 'gi'), label), fileName);

  const jobs = await em
    .getRepository(ImportJob)
    .createQueryBuilder('j')
    .where(new Brackets((w) => w.where(mentions('j', 'rows')).orWhere(mentions('j', 'fileName'))))
    .getMany();
  for (const job of jobs) {
    const rows = job.rows.startsWith('[')
      ? (JSON.parse(job.rows) as SheetRow[])
      : job.rows
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as SheetRow);
    const kept = rows.filter((row) => !row.cells.some((cell) => keys.has(searchKey(cell))));
    const changes: Partial<ImportJob> = { fileName: scrubName(job.fileName).slice(0, 255) };
    if (kept.length !== rows.length)
      Object.assign(changes, { rows: kept.map((row) => JSON.stringify(row)).join('\n'), rowCount: kept.length });
    await em.getRepository(ImportJob).update({ id: job.id }, changes);
  }

  const events = await em
    .getRepository(AuditEvent)
    .createQueryBuilder('e')
    .where('e.entityType = :type', { type: AuditEntityType.IMPORT })
    .andWhere(mentions('e', 'after'))
    .getMany();
  for (const event of events) {
    const after = JSON.parse(event.after ?? '{}') as { fileName?: string };
    if (typeof after.fileName !== 'string') continue;
    await em
      .getRepository(AuditEvent)
      .update({ id: event.id }, { after: JSON.stringify({ ...after, fileName: scrubName(after.fileName) }) });
  }
}
