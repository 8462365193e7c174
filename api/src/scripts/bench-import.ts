/**
 * Times the import of a 50,000-row membership file (the documented limit) in which every row also brings a new
 * person (the most statements per row), on SQLite or PostgreSQL: upload and parse, dry run, confirmed import, and the
 * process's peak RSS. The target is 5 minutes each for the dry run and the import. `npm run bench` runs it for each
 * database in a process of its own with the API's heap limit; alone:
 * node --max-old-space-size=192 --import tsx src/scripts/bench-import.ts [sqlite|postgres] [rows]
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GroupType } from '../modules/groups/group-type.js';
import { ImportKind } from '../modules/imports/import.types.js';
import { toCsv } from '../spreadsheets/spreadsheet-writing.js';
import { coordinator } from '../test-support/factories.js';
import { openTestServices, type TestDatabase } from '../test-support/registry.js';

export interface ImportTiming {
  rows: number;
  fileBytes: number;
  uploadMs: number;
  dryRunMs: number;
  importMs: number;
  /** The highest resident memory of the process that ran the import (Linux; 0 elsewhere). */
  peakRssMb: number;
}

const peakRssMb = () => {
  try {
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
};

export async function measureImport(database: TestDatabase, rowCount = 50_000): Promise<ImportTiming> {
  const env = await openTestServices({ database });
  try {
    for (let i = 0; i < 50; i++)
      await env.services.groups.create(coordinator, { name: `Programområde ${i}`, type: GroupType.NPO });
    const rows = Array.from({ length: rowCount }, (_, i) => [
      'NPO',
      `Programområde ${i % 50}`,
      '',
      `Person ${i}`,
      `person${i}@region.example`,
      'Region Norrbotten',
      'Ledamot',
      'Region Norrbotten',
      '2024-01-01',
      '',
    ]);
    const columns = [
      'Grupptyp',
      'Grupp',
      'Ägare',
      'Namn',
      'E-post',
      'Arbetsgivare',
      'Roll',
      'Företräder',
      'Startdatum',
      'Slutdatum',
    ];
    const file = toCsv({ name: 'medlemmar', columns, rows });
    const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const result = await work();
      return [result, Math.round(performance.now() - start)];
    };
    const [job, uploadMs] = await time(() => env.services.imports.upload(coordinator, 'medlemmar.csv', file));
    const input = {
      jobId: job.id,
      kind: ImportKind.MEMBERSHIPS,
      mapping: env.services.imports.suggestMapping(job, ImportKind.MEMBERSHIPS),
    };
    const [preview, dryRunMs] = await time(() => env.services.imports.run(coordinator, input, true));
    const [done, importMs] = await time(() => env.services.imports.run(coordinator, input, false));
    if (preview.created !== rowCount || done.created !== rowCount)
      throw new Error(`expected ${rowCount} new rows, got ${preview.created} / ${done.created}`);
    return { rows: rowCount, fileBytes: file.length, uploadMs, dryRunMs, importMs, peakRssMb: peakRssMb() };
  } finally {
    await env.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const database = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
  console.log(JSON.stringify({ database, ...(await measureImport(database, Number(process.argv[3] ?? 50_000))) }));
}
