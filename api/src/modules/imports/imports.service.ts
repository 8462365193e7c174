import { DataSource, EntityManager, IsNull, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { searchKey } from '../../common/connection.js';
import { isIsoDate, type IsoDate } from '../../common/dates.js';
import { badInput, conflict, DomainError, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { Transactions } from '../../common/transactions.js';
import { validateInput } from '../../common/validation.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail, DeferredEvents } from '../audit/audit.service.js';
import { Actor, REGISTER_KEEPERS, requireRole } from '../auth/actor.js';
import type { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import type { Region } from '../geography/region.entity.js';
import { GeographyService } from '../geography/geography.service.js';
import { Group } from '../groups/group.entity.js';
import { CreateGroupInput, UpdateGroupInput } from '../groups/group.inputs.js';
import { counterpartTypeOf, GroupType, parentTypeOf, Tier, tierOf } from '../groups/group-type.js';
import { GroupsService } from '../groups/groups.service.js';
import { AddMembershipInput, UpdateMembershipInput } from '../memberships/membership.inputs.js';
import { Membership } from '../memberships/membership.entity.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import { CreatePersonInput, UpdatePersonInput } from '../persons/person.inputs.js';
import { Person } from '../persons/person.entity.js';
import { PersonsService } from '../persons/persons.service.js';
import { codeOf, GENDER_LABELS, GROUP_STATUS_LABELS, MEMBER_ROLE_LABELS } from '../spreadsheets/labels.js';
import { SHEET_LIMITS, storedRows, type SheetRow } from '../spreadsheets/spreadsheet.js';
import { parseInWorker } from '../spreadsheets/upload-worker.js';
import { ImportJob } from './import-job.entity.js';
import { ColumnMapping, ImportFieldInfo, ImportInput, ImportKind, ImportResult, ImportRowResult, ImportRowStatus } from './import.types.js';
import type { ErrorReason } from '../../common/error-reasons.js';

/** A file with more rows than this is split by the coordinator: one transaction must stay short. */
export const MAX_IMPORT_ROWS = SHEET_LIMITS.rows;

interface FieldSpec extends ImportFieldInfo {
  /** Other headers coordinators use for the column, matched case- and space-insensitively. */
  synonyms: string[];
}

const field = (key: string, label: string, required: boolean, ...synonyms: string[]): FieldSpec => ({ key, label, required, synonyms });

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
const FIELD_OF_INPUT: Record<string, string> = {
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

/** A refusal of one row, named by the import field whose column holds the problem. */
class RowProblem extends Error {
  constructor(
    readonly field: string | null,
    readonly reason: ErrorReason,
    message: string,
    readonly params: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

/** Thrown out of a dry run's transaction so that everything it wrote is rolled back. */
class DryRunDone extends Error {
  constructor() {
    super('dry run');
  }
}

const importDone = (job: ImportJob) =>
  conflict(`${job.fileName} was already imported; upload the file again to import it once more.`, { reason: 'IMPORT_DONE' });

/** Rows per transaction: short enough that other users' writes wait a moment at most, long enough to be quick. */
const CHUNK_ROWS = 200;
/** The rows an import result lists: refused and changed rows first of all, new and unchanged ones while few. */
const MAX_RESULT_ROWS = 10_000;
const MAX_PLAIN_RESULT_ROWS = 1_000;

/**
 * A dry run rolls back each chunk, so records created by an earlier chunk are gone when a later row names them (a
 * person on two rows, a group and its parent). The shadow keeps what the dry run created and writes a record back,
 * inside the current chunk's transaction, when a row needs it; the chunk's rollback removes it again.
 */
class DryRunShadow {
  private readonly created = new Map<string, { target: EntityTarget<ObjectLiteral>; entity: ObjectLiteral; requires: string[] }>();
  /** Records to write back with another: a person's new memberships, for the overlap check. */
  private readonly followers = new Map<string, string[]>();
  private present = new Set<string>();

  beginChunk(): void {
    this.present = new Set();
  }

  add(target: EntityTarget<ObjectLiteral>, entity: ObjectLiteral & { id: string }, requires: (string | null)[] = [], follows: string | null = null): void {
    this.created.set(entity.id, { target, entity: { ...entity }, requires: requires.filter((id): id is string => !!id) });
    this.present.add(entity.id);
    if (follows) this.followers.set(follows, [...(this.followers.get(follows) ?? []), entity.id]);
  }

  async ensure(em: EntityManager, id: string | null | undefined): Promise<void> {
    if (!id || this.present.has(id)) return;
    this.present.add(id);
    const record = this.created.get(id);
    if (record) {
      for (const required of record.requires) await this.ensure(em, required);
      await em.getRepository(record.target).insert(record.entity);
    }
    for (const follower of this.followers.get(id) ?? []) await this.ensure(em, follower);
  }
}

type Cells = Record<string, string>;

interface RowOutcome {
  status: Exclude<ImportRowStatus, ImportRowStatus.REFUSED>;
  label: string;
  changes: string[];
}

/** Lookups for one import, loaded once and kept up to date as rows create records. */
interface Lookups {
  regions: Region[];
  healthcareRegions: HealthcareRegion[];
  groups: Map<string, Group>;
  personsByEmail: Map<string, Person>;
  personsByName: Map<string, Person>;
  /** In a dry run: what earlier, rolled-back chunks created. */
  shadow: DryRunShadow | null;
}

const groupKey = (type: GroupType, name: string, ownerId: string | null) => `${type}|${searchKey(name)}|${ownerId ?? ''}`;
const personNameKey = (name: string, regionId: string | null) => `${searchKey(name)}|${regionId ?? ''}`;

/**
 * Imports persons, groups and memberships from spreadsheets. Every row goes through the same service calls as a
 * form would, in transactions of CHUNK_ROWS rows: a refused row writes nothing and is reported with its line, column
 * and reason; a dry run rolls back every chunk, so it writes nothing. Rows are matched on natural
 * keys (a person's e-mail, or name and region; a group's type, name and owner; a membership's group, person, role
 * and start date), so importing the same file twice changes nothing the second time.
 */
export class ImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly persons: PersonsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {}

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
    const headers = job.header.map((h) => ({ column: h, key: headerKey(h) }));
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
    const lookups = await this.lookups(this.db.manager, dryRun ? new DryRunShadow() : null);
    const result: ImportResult = { kind: input.kind, dryRun, total: 0, created: 0, changed: 0, unchanged: 0, refused: 0, rows: [], rowsOmitted: 0 };
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
    if (result.rows.length < MAX_RESULT_ROWS && (telling || result.rows.length < MAX_PLAIN_RESULT_ROWS)) result.rows.push(row);
    else result.rowsOmitted++;
  }

  /** The mapping as field → column index; unknown fields, missing columns and unmapped required fields are refused. */
  private checkMapping(job: ImportJob, input: ImportInput): Map<string, number> {
    const specs = IMPORT_FIELDS[input.kind];
    const columns = new Map<string, number>();
    for (const { field: key, column } of input.mapping) {
      if (!specs.some((s) => s.key === key)) {
        throw badInput(`${key} is not a field of this import.`, { reason: 'IMPORT_MAPPING', field: 'mapping', params: { field: key } });
      }
      const index = job.header.indexOf(column);
      if (index < 0) {
        throw badInput(`The file has no column "${column}".`, { reason: 'IMPORT_COLUMN_MISSING', field: 'mapping', params: { column } });
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

  private async lookups(em: EntityManager, shadow: DryRunShadow | null): Promise<Lookups> {
    const [regions, healthcareRegions, groups, persons] = await Promise.all([
      this.geography.regions(),
      this.geography.healthcareRegions(),
      em.getRepository(Group).find(),
      em.getRepository(Person).findBy({ erasedAt: IsNull() }),
    ]);
    const lookups: Lookups = { regions, healthcareRegions, groups: new Map(), personsByEmail: new Map(), personsByName: new Map(), shadow };
    for (const group of groups) this.remember(lookups, group);
    for (const person of persons) this.rememberPerson(lookups, person);
    return lookups;
  }

  private remember(lookups: Lookups, group: Group): void {
    lookups.groups.set(groupKey(group.type, group.name, group.regionId ?? group.healthcareRegionId), group);
  }

  private rememberPerson(lookups: Lookups, person: Person): void {
    if (person.emailKey) lookups.personsByEmail.set(person.emailKey, person);
    lookups.personsByName.set(personNameKey(person.name, person.employerRegionId), person);
  }

  /**
   * One row. The services check a row's rules before they write, so a refused row has written nothing, except a
   * membership row that first creates its person: that person is deleted again (see membershipRow). The row's audit
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
    const columnOf = (fieldKey: string | null) => (fieldKey ? (input.mapping.find((m) => m.field === fieldKey)?.column ?? null) : null);
    const mark = events.mark();
    try {
      const outcome =
        kind === ImportKind.PERSONS
          ? await this.personRow(em, actor, cells, lookups)
          : kind === ImportKind.GROUPS
            ? await this.groupRow(em, actor, cells, lookups)
            : await this.membershipRow(em, actor, cells, lookups);
      return { line, ...outcome, problem: null };
    } catch (error) {
      events.rollbackTo(mark);
      if (error instanceof RowProblem) {
        return { line, status: ImportRowStatus.REFUSED, label: this.labelOf(kind, cells), changes: [], problem: { column: columnOf(error.field), reason: error.reason, message: error.message, params: error.params } };
      }
      if (error instanceof DomainError) {
        const extensions = error.extensions as { code?: string; reason?: string; field?: string; params?: Record<string, unknown> };
        const fieldKey = extensions.field ? (FIELD_OF_INPUT[extensions.field] ?? (kind === ImportKind.MEMBERSHIPS && extensions.field === 'name' ? 'personName' : extensions.field)) : null;
        return {
          line,
          status: ImportRowStatus.REFUSED,
          label: this.labelOf(kind, cells),
          changes: [],
          problem: { column: columnOf(fieldKey), reason: extensions.reason ?? String(extensions.code), message: error.message, params: extensions.params ?? null },
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

  // ── persons ──────────────────────────────────────────────────────────────────────────────────────────────────

  private async personRow(em: EntityManager, actor: Actor, cells: Cells, lookups: Lookups): Promise<RowOutcome> {
    const name = this.required(cells, 'name');
    // An empty cell gives no value: a new person is created without it, an existing one keeps theirs.
    const email = cells.email || undefined;
    const title = cells.title || undefined;
    const gender = cells.gender ? this.code(GENDER_LABELS, cells.gender, 'gender') : undefined;
    const employerRegionId = cells.employerRegion ? this.region(lookups, cells.employerRegion, 'employerRegion') : undefined;
    const existing = this.findPerson(lookups, name, email ?? null, employerRegionId ?? null);
    if (!existing) {
      const input = Object.assign(new CreatePersonInput(), { name, email, title, gender, employerRegionId });
      await this.validate(input);
      const person = await this.persons.createWithin(em, actor, 'importPersons', input);
      lookups.shadow?.add(Person, person);
      this.rememberPerson(lookups, person);
      return { status: ImportRowStatus.NEW, label: person.name, changes: [] };
    }
    await lookups.shadow?.ensure(em, existing.id);
    const wanted: Partial<UpdatePersonInput> = {};
    if (email && email.toLowerCase() !== existing.emailKey) wanted.email = email;
    if (email && name !== existing.name) wanted.name = name;
    if (title && title !== existing.title) wanted.title = title;
    if (gender && gender !== existing.gender) wanted.gender = gender;
    if (employerRegionId && employerRegionId !== existing.employerRegionId) wanted.employerRegionId = employerRegionId;
    return this.applyUpdate(existing.name, wanted, async () => {
      const input = Object.assign(new UpdatePersonInput(), { id: existing.id, ...wanted });
      await this.validate(input);
      this.rememberPerson(lookups, await this.persons.updateWithin(em, actor, 'importPersons', input));
    });
  }

  /**
   * A person by e-mail when given, else by name and employer region; a person found by name who has no e-mail yet
   * is the same person when a later file gives one.
   */
  private findPerson(lookups: Lookups, name: string, email: string | null, regionId: string | null): Person | undefined {
    const byName = lookups.personsByName.get(personNameKey(name, regionId));
    if (!email) return byName;
    return lookups.personsByEmail.get(email.trim().toLowerCase()) ?? (byName && !byName.emailKey ? byName : undefined);
  }

  // ── groups ───────────────────────────────────────────────────────────────────────────────────────────────────

  private async groupRow(em: EntityManager, actor: Actor, cells: Cells, lookups: Lookups): Promise<RowOutcome> {
    const type = this.groupType(this.required(cells, 'type'), 'type');
    const name = this.required(cells, 'name');
    const tier = tierOf(type);
    const healthcareRegionId = cells.healthcareRegion ? this.healthcareRegion(lookups, cells.healthcareRegion, 'healthcareRegion') : null;
    const regionId = cells.region && tier === Tier.LOCAL ? this.region(lookups, cells.region, 'region') : null;
    const ownerId = regionId ?? healthcareRegionId;
    const parentType = parentTypeOf(type);
    const parentId = cells.parent ? this.relatedGroup(lookups, parentType, cells.parent, ownerId, 'parent') : null;
    const counterpartType = counterpartTypeOf(type);
    const counterpartOwner = tier === Tier.LOCAL ? (lookups.regions.find((r) => r.id === regionId)?.healthcareRegionId ?? null) : null;
    const counterpartId = cells.counterpart ? this.relatedGroup(lookups, counterpartType, cells.counterpart, counterpartOwner, 'counterpart') : null;
    const status = cells.status ? this.code(GROUP_STATUS_LABELS, cells.status, 'status') : undefined;
    const existing = lookups.groups.get(groupKey(type, name, ownerId));
    for (const id of [parentId, counterpartId, existing?.id]) await lookups.shadow?.ensure(em, id);
    if (!existing) {
      const input = Object.assign(new CreateGroupInput(), { type, name, healthcareRegionId, regionId, parentId, counterpartId, status, mandate: cells.mandate || null });
      await this.validate(input);
      const group = await this.groups.createWithin(em, actor, 'importGroups', input);
      lookups.shadow?.add(Group, group, [parentId, counterpartId]);
      this.remember(lookups, group);
      return { status: ImportRowStatus.NEW, label: `${type} ${group.name}`, changes: [] };
    }
    const wanted: Partial<UpdateGroupInput> = {};
    if (parentId && parentId !== existing.parentId) wanted.parentId = parentId;
    if (counterpartId && counterpartId !== existing.counterpartId) wanted.counterpartId = counterpartId;
    if (status && status !== existing.status) wanted.status = status;
    if (cells.mandate && cells.mandate !== existing.mandate) wanted.mandate = cells.mandate;
    return this.applyUpdate(`${type} ${existing.name}`, wanted, async () => {
      const input = Object.assign(new UpdateGroupInput(), { id: existing.id, ...wanted });
      await this.validate(input);
      this.remember(lookups, await this.groups.updateWithin(em, actor, 'importGroups', input));
    });
  }

  /** A parent or counterpart named in a cell: its type follows from the row's type, its owner from the row's. */
  private relatedGroup(lookups: Lookups, type: GroupType | null, cell: string, ownerId: string | null, fieldKey: string): string {
    const name = type ? cell.replace(new RegExp(`^${type}\\s+`, 'i'), '') : cell;
    const found = type && (lookups.groups.get(groupKey(type, name, ownerId)) ?? (tierOf(type) === Tier.NATIONAL ? this.nationalGroup(lookups, type, name) : undefined));
    if (!found) throw new RowProblem(fieldKey, 'IMPORT_GROUP_UNKNOWN', `There is no ${type ?? ''} "${name}" in the register.`, { group: cell });
    return found.id;
  }

  /** A national group by type and name, whichever healthcare region hosts it. */
  private nationalGroup(lookups: Lookups, type: GroupType, name: string): Group | undefined {
    const key = searchKey(name);
    return [...lookups.groups.values()].find((g) => g.type === type && searchKey(g.name) === key);
  }

  // ── memberships ──────────────────────────────────────────────────────────────────────────────────────────────

  private async membershipRow(em: EntityManager, actor: Actor, cells: Cells, lookups: Lookups): Promise<RowOutcome> {
    const type = this.groupType(this.required(cells, 'groupType'), 'groupType');
    const groupName = this.required(cells, 'groupName');
    const ownerId = cells.groupOwner ? this.owner(lookups, type, cells.groupOwner) : null;
    const group =
      lookups.groups.get(groupKey(type, groupName, ownerId)) ?? (tierOf(type) === Tier.NATIONAL ? this.nationalGroup(lookups, type, groupName) : undefined);
    if (!group) {
      throw new RowProblem('groupName', 'IMPORT_GROUP_UNKNOWN', `There is no ${type} "${groupName}"; import the groups first.`, { group: `${type} ${groupName}` });
    }
    const personName = this.required(cells, 'personName');
    const personRegionId = cells.personRegion ? this.region(lookups, cells.personRegion, 'personRegion') : null;
    const role = this.code(MEMBER_ROLE_LABELS, this.required(cells, 'role'), 'role');
    const representedRegionId = cells.representedRegion ? this.region(lookups, cells.representedRegion, 'representedRegion') : null;
    const startDate = this.date(this.required(cells, 'startDate'), 'startDate');
    const endDate = cells.endDate ? this.date(cells.endDate, 'endDate') : null;
    const label = `${personName} – ${type} ${group.name}`;

    const membershipInput = (personId: string) =>
      Object.assign(new AddMembershipInput(), { groupId: group.id, personId, role, representedRegionId, startDate, endDate, note: cells.note || null });
    const found = this.findPerson(lookups, personName, cells.personEmail || null, personRegionId);
    if (!found) {
      // The new person and their membership are written together or not at all. The services refuse before they
      // write, so no savepoint is needed: a refused membership deletes the person just created.
      const personInput = Object.assign(new CreatePersonInput(), { name: personName, email: cells.personEmail || null, employerRegionId: personRegionId });
      await this.validate(personInput);
      await this.validate(membershipInput(group.id));
      await lookups.shadow?.ensure(em, group.id);
      const person = await this.persons.createWithin(em, actor, 'importMemberships', personInput);
      let membership: Membership;
      try {
        membership = await this.memberships.addWithin(em, actor, 'importMemberships', membershipInput(person.id), { group, person });
      } catch (error) {
        // A refused membership takes its new person with it (the person's audit event goes back with the row's).
        await em.getRepository(Person).delete({ id: person.id });
        throw error;
      }
      lookups.shadow?.add(Person, person);
      lookups.shadow?.add(Membership, membership, [group.id, person.id], person.id);
      this.rememberPerson(lookups, person);
      return { status: ImportRowStatus.NEW, label, changes: ['person'] };
    }
    const person = found;
    for (const id of [group.id, person.id]) await lookups.shadow?.ensure(em, id);
    const existing = await em.getRepository(Membership).findOneBy({ groupId: group.id, personId: person.id, role, startDate, archivedAt: IsNull() });
    if (!existing) {
      const input = membershipInput(person.id);
      await this.validate(input);
      const membership = await this.memberships.addWithin(em, actor, 'importMemberships', input, { group, person });
      lookups.shadow?.add(Membership, membership, [group.id, person.id], person.id);
      return { status: ImportRowStatus.NEW, label, changes: [] };
    }
    const wanted: Partial<UpdateMembershipInput> = {};
    if (cells.endDate !== undefined && endDate !== existing.endDate) wanted.endDate = endDate;
    if (cells.representedRegion !== undefined && representedRegionId !== existing.representedRegionId) wanted.representedRegionId = representedRegionId;
    if (cells.note !== undefined && (cells.note || null) !== existing.note) wanted.note = cells.note || null;
    return this.applyUpdate(label, wanted, async () => {
      const input = Object.assign(new UpdateMembershipInput(), { id: existing.id, ...wanted });
      await this.validate(input);
      await this.memberships.updateWithin(em, actor, 'importMemberships', input);
    });
  }

  /** A group's owner: the region of a local group, the healthcare region of the others. */
  private owner(lookups: Lookups, type: GroupType, cell: string): string {
    return tierOf(type) === Tier.LOCAL ? this.region(lookups, cell, 'groupOwner') : this.healthcareRegion(lookups, cell, 'groupOwner');
  }

  // ── cells ────────────────────────────────────────────────────────────────────────────────────────────────────

  private async applyUpdate(label: string, wanted: object, update: () => Promise<void>): Promise<RowOutcome> {
    const changes = Object.keys(wanted);
    if (!changes.length) return { status: ImportRowStatus.UNCHANGED, label, changes };
    await update();
    return { status: ImportRowStatus.CHANGED, label, changes };
  }

  private async validate(input: object): Promise<void> {
    await validateInput(input);
  }

  private required(cells: Cells, fieldKey: string): string {
    const value = cells[fieldKey];
    if (!value) throw new RowProblem(fieldKey, 'IMPORT_VALUE_MISSING', 'The cell is empty but the field is required.');
    return value;
  }

  private code<T extends string>(labels: Record<T, string>, cell: string, fieldKey: string): T {
    const code = codeOf(labels, cell);
    if (!code) {
      throw new RowProblem(fieldKey, 'IMPORT_VALUE_UNKNOWN', `"${cell}" is not one of ${Object.values(labels).join(', ')}.`, {
        value: cell,
        allowed: (Object.values(labels) as string[]).join(', '),
      });
    }
    return code;
  }

  private groupType(cell: string, fieldKey: string): GroupType {
    const type = Object.values(GroupType).find((t) => t === cell.trim().toUpperCase());
    if (!type) {
      throw new RowProblem(fieldKey, 'IMPORT_VALUE_UNKNOWN', `"${cell}" is not a group type.`, { value: cell, allowed: Object.values(GroupType).join(', ') });
    }
    return type;
  }

  /** A region by code ("24"), name ("Region Västerbotten") or the name without "Region". */
  private region(lookups: Lookups, cell: string, fieldKey: string): string {
    const key = searchKey(cell).replace(/^region\s+/, '');
    const region = lookups.regions.find((r) => r.code === cell.trim() || searchKey(r.name).replace(/^region\s+/, '') === key);
    if (!region) throw new RowProblem(fieldKey, 'IMPORT_REGION_UNKNOWN', `There is no region "${cell}".`, { value: cell });
    return region.id;
  }

  /** A healthcare region by code ("NORRA"), name ("Norra sjukvårdsregionen") or its first word ("Norra"). */
  private healthcareRegion(lookups: Lookups, cell: string, fieldKey: string): string {
    const key = searchKey(cell);
    const found = lookups.healthcareRegions.find(
      (hr) => hr.code.toLowerCase() === key || searchKey(hr.name) === key || searchKey(hr.name).split(' ')[0] === key,
    );
    if (!found) throw new RowProblem(fieldKey, 'IMPORT_REGION_UNKNOWN', `There is no healthcare region "${cell}".`, { value: cell });
    return found.id;
  }

  /** A calendar date as YYYY-MM-DD; Excel's dates arrive in that form too. */
  private date(cell: string, fieldKey: string): IsoDate {
    if (!isIsoDate(cell)) throw new RowProblem(fieldKey, 'IMPORT_DATE_INVALID', `"${cell}" is not a date in the form YYYY-MM-DD.`, { value: cell });
    return cell;
  }
}
