/** The import wizard's service: uploads, mappings, and the chunked transactions that run or try an import. */
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, DomainError, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail, DeferredEvents } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import type { PersonsService } from '../persons/persons.service.js';
import { storedRows, type SheetRow } from '../../spreadsheets/spreadsheet.js';
import { parseInWorker } from '../../spreadsheets/upload-worker.js';
import { ImportJob } from './import-job.entity.js';
import { DryRunShadow } from './import-dry-run.js';
import { FIELD_OF_INPUT, IMPORT_FIELDS, suggestedMapping } from './import-fields.js';
import { loadLookups, type Lookups } from './import-matching.js';
import { RowProblem, type Cells } from './import-parsing.js';
import { RowWriter } from './import-writing.js';
import {
  type ColumnMapping,
  type ImportFieldInfo,
  type ImportInput,
  ImportKind,
  type ImportResult,
  type ImportRowResult,
  ImportRowStatus,
} from './import.types.js';

/** Thrown out of a dry run's transaction so that everything it wrote is rolled back. */
class DryRunDone extends Error {
  constructor() {
    super('dry run');
  }
}

const importDone = (job: ImportJob) =>
  conflict(`${job.fileName} was already imported; upload the file again to import it once more.`, {
    reason: 'IMPORT_DONE',
  });

/** Rows per transaction: short enough that other users' writes wait a moment at most, long enough to be quick. */
const CHUNK_ROWS = 200;
/** The rows an import result lists: refused and changed rows first of all, new and unchanged ones while few. */
const MAX_RESULT_ROWS = 10_000;
const MAX_PLAIN_RESULT_ROWS = 1_000;

/**
 * Imports persons, groups and memberships from spreadsheets. Every row goes through the same service calls as a
 * form would, in transactions of CHUNK_ROWS rows: a refused row writes nothing and is reported with its line, column
 * and reason; a dry run rolls back every chunk, so it writes nothing. Rows are matched on natural
 * keys (a person's e-mail, or name and region; a group's type, name and owner; a membership's group, person, role
 * and start date), so importing the same file twice changes nothing the second time.
 */
export class ImportsService {
  private readonly writer: RowWriter;

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    groups: GroupsService,
    persons: PersonsService,
    memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {
    this.writer = new RowWriter(groups, persons, memberships);
  }

  /** Reads an uploaded file in a worker (see `parseInWorker`) and keeps its rows for the wizard's next steps. */
  async upload(actor: Actor, fileName: string, content: Buffer): Promise<ImportJob> {
    requireRole(actor, REGISTER_KEEPERS, 'import spreadsheets');
    const sheet = await parseInWorker(content);
    if (sheet.header.some((h) => !h)) {
      throw badInput('Every column needs a header in the first row.', { reason: 'FILE_HEADER_MISSING', field: 'file' });
    }
    const repo = this.db.getRepository(ImportJob);
    return this.tx.run((em) =>
      em.getRepository(ImportJob).save(
        repo.create({
          fileName: fileName.slice(0, 255) || 'import',
          header: sheet.header,
          rows: sheet.rows,
          rowCount: sheet.rowCount,
          uploadedBy: actor.userId,
          importedAt: null,
        }),
      ),
    );
  }

  async job(actor: Actor, id: string): Promise<ImportJob> {
    requireRole(actor, REGISTER_KEEPERS, 'import spreadsheets');
    const job = isId(id) ? await this.db.getRepository(ImportJob).findOneBy({ id }) : null;
    if (!job) throw notFound('ImportJob', id, 'jobId');
    return job;
  }

  fields(kind: ImportKind): ImportFieldInfo[] {
    return IMPORT_FIELDS[kind].map(({ key, label, required }) => ({ key, label, required }));
  }

  /** The column each field is read from when the headers are the exports' own or their usual variants. */
  suggestMapping(job: ImportJob, kind: ImportKind): ColumnMapping[] {
    return suggestedMapping(job.header, kind);
  }

  /**
   * Classifies every row; with `dryRun` nothing is written, otherwise the rows are imported. The rows go through the
   * services in chunks of CHUNK_ROWS, each chunk in a short transaction of its own: committed for an import, rolled
   * back for a dry run, so that no transaction holds other users' writes for more than a moment. A confirmed import
   * first claims the job with one conditional write, so that a job is imported once however many confirmations
   * arrive; its uploaded rows are removed when it is done. `signal` stops the work between rows when the client goes
   * away: the chunks already committed stay (importing the file again finds them unchanged) and the job may be
   * confirmed again.
   */
  async run(actor: Actor, input: ImportInput, dryRun: boolean, signal?: AbortSignal): Promise<ImportResult> {
    const job = await this.job(actor, input.jobId);
    if (job.importedAt) throw importDone(job);
    const columns = this.checkMapping(job, input);
    if (!dryRun) await this.claim(job);
    try {
      const result = await this.importRows(actor, job, input, columns, dryRun, signal);
      if (!dryRun) await this.finish(actor, job, result);
      return result;
    } catch (error) {
      if (!dryRun) await this.tx.run((em) => em.getRepository(ImportJob).update({ id: job.id }, { importedAt: null }));
      throw error;
    }
  }

  /** Marks the job imported unless another confirmation already has: one conditional UPDATE on either database. */
  private async claim(job: ImportJob): Promise<void> {
    const claimed = await this.tx.run((em) =>
      em
        .createQueryBuilder()
        .update(ImportJob)
        .set({ importedAt: new Date() })
        .where('id = :id AND "importedAt" IS NULL', { id: job.id })
        .execute(),
    );
    if (claimed.affected !== 1) throw importDone(job);
  }

  /** The summary goes to the audit trail; the uploaded rows, personal data, are removed: the job keeps its counts. */
  private async finish(actor: Actor, job: ImportJob, result: ImportResult): Promise<void> {
    await this.tx.run(async (em) => {
      await em.getRepository(ImportJob).update({ id: job.id }, { rows: '' });
      const { rows: _rows, ...summary } = result;
      await this.audit.record(em, actor, {
        operation: 'confirmImport',
        entityType: AuditEntityType.IMPORT,
        entityId: job.id,
        after: { fileName: job.fileName, ...summary },
      });
    });
  }

  private async importRows(
    actor: Actor,
    job: ImportJob,
    input: ImportInput,
    columns: Map<string, number>,
    dryRun: boolean,
    signal: AbortSignal | undefined,
  ): Promise<ImportResult> {
    const fieldKeys = [...columns.keys()];
    const lookups = await loadLookups(this.db.manager, this.geography, dryRun ? new DryRunShadow() : null);
    const result: ImportResult = {
      kind: input.kind,
      dryRun,
      total: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      refused: 0,
      rows: [],
      rowsOmitted: 0,
    };
    const importChunk = (chunk: SheetRow[]) =>
      this.tx.run(async (em) => {
        lookups.shadow?.beginChunk();
        const events = this.audit.defer(em);
        try {
          for (const row of chunk) {
            signal?.throwIfAborted();
            const cells: Cells = {};
            fieldKeys.forEach((fieldKey, i) => (cells[fieldKey] = row.cells[i] ?? ''));
            this.tally(result, await this.importRow(em, actor, input.kind, row.line, cells, lookups, input, events));
          }
          if (!dryRun) await this.audit.flush(em, events);
        } finally {
          this.audit.stopDeferring(em);
        }
        if (dryRun) throw new DryRunDone();
      });
    let chunk: SheetRow[] = [];
    const flush = async () => {
      try {
        await importChunk(chunk);
      } catch (error) {
        if (!(error instanceof DryRunDone)) throw error;
      }
      chunk = [];
    };
    for (const row of storedRows(job.rows, [...columns.values()])) {
      chunk.push(row);
      if (chunk.length === CHUNK_ROWS) await flush();
    }
    if (chunk.length) await flush();
    return result;
  }

  /** Counts a row; the result lists every refused or changed row, and the others only while the list is short. */
  private tally(result: ImportResult, row: ImportRowResult): void {
    result.total++;
    if (row.status === ImportRowStatus.NEW) result.created++;
    else if (row.status === ImportRowStatus.CHANGED) result.changed++;
    else if (row.status === ImportRowStatus.UNCHANGED) result.unchanged++;
    else result.refused++;
    const telling = row.status === ImportRowStatus.REFUSED || row.status === ImportRowStatus.CHANGED;
    if (result.rows.length < MAX_RESULT_ROWS && (telling || result.rows.length < MAX_PLAIN_RESULT_ROWS))
      result.rows.push(row);
    else result.rowsOmitted++;
  }

  /** The mapping as field → column index; unknown fields, missing columns and unmapped required fields are refused. */
  private checkMapping(job: ImportJob, input: ImportInput): Map<string, number> {
    const specs = IMPORT_FIELDS[input.kind];
    const columns = new Map<string, number>();
    for (const { field: key, column } of input.mapping) {
      if (!specs.some((s) => s.key === key)) {
        throw badInput(`${key} is not a field of this import.`, {
          reason: 'IMPORT_MAPPING',
          field: 'mapping',
          params: { field: key },
        });
      }
      const index = job.header.indexOf(column);
      if (index < 0) {
        throw badInput(`The file has no column "${column}".`, {
          reason: 'IMPORT_COLUMN_MISSING',
          field: 'mapping',
          params: { column },
        });
      }
      columns.set(key, index);
    }
    const missing = specs.filter((s) => s.required && !columns.has(s.key));
    if (missing.length) {
      throw badInput(`Choose the columns for ${missing.map((s) => s.label).join(', ')}.`, {
        reason: 'IMPORT_REQUIRED_UNMAPPED',
        field: 'mapping',
        params: { fields: missing.map((s) => s.label).join(', ') },
      });
    }
    return columns;
  }

  /**
   * One row. The services check a row's rules before they write, so a refused row has written nothing, except a
   * membership row that first creates its person: that person is deleted again (see RowWriter.membershipRow). The row's audit
   * events are taken back with it.
   */
  private async importRow(
    em: EntityManager,
    actor: Actor,
    kind: ImportKind,
    line: number,
    cells: Cells,
    lookups: Lookups,
    input: ImportInput,
    events: DeferredEvents,
  ): Promise<ImportRowResult> {
    const columnOf = (fieldKey: string | null) =>
      fieldKey ? (input.mapping.find((m) => m.field === fieldKey)?.column ?? null) : null;
    const mark = events.mark();
    try {
      const outcome =
        kind === ImportKind.PERSONS
          ? await this.writer.personRow(em, actor, cells, lookups)
          : kind === ImportKind.GROUPS
            ? await this.writer.groupRow(em, actor, cells, lookups)
            : await this.writer.membershipRow(em, actor, cells, lookups);
      return { line, ...outcome, problem: null };
    } catch (error) {
      events.rollbackTo(mark);
      if (error instanceof RowProblem) {
        return {
          line,
          status: ImportRowStatus.REFUSED,
          label: this.labelOf(kind, cells),
          changes: [],
          problem: {
            column: columnOf(error.field),
            reason: error.reason,
            message: error.message,
            params: error.params,
          },
        };
      }
      if (error instanceof DomainError) {
        const extensions = error.extensions as {
          code?: string;
          reason?: string;
          field?: string;
          params?: Record<string, unknown>;
        };
        const fieldKey = extensions.field
          ? (FIELD_OF_INPUT[extensions.field] ??
            (kind === ImportKind.MEMBERSHIPS && extensions.field === 'name' ? 'personName' : extensions.field))
          : null;
        return {
          line,
          status: ImportRowStatus.REFUSED,
          label: this.labelOf(kind, cells),
          changes: [],
          problem: {
            column: columnOf(fieldKey),
            reason: extensions.reason ?? String(extensions.code),
            message: error.message,
            params: extensions.params ?? null,
          },
        };
      }
      throw error;
    }
  }

  private labelOf(kind: ImportKind, cells: Cells): string {
    if (kind === ImportKind.PERSONS) return cells.name || '–';
    if (kind === ImportKind.GROUPS) return `${cells.type ?? ''} ${cells.name ?? ''}`.trim() || '–';
    return `${cells.personName || '–'} – ${cells.groupType ?? ''} ${cells.groupName ?? ''}`.trim();
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    imports: ImportsService;
  }
}
