import { randomUUID } from 'node:crypto';
import type { Clock } from '../../common/dates.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/errors.js';
import { TrendInterval } from '../../common/periods.js';
import type { DialoguesService } from '../dialogues/dialogues.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import { GROUP_STATUS_LABELS, GroupType, Tier, tierOf } from '../groups/group-type.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import type { MeetingsService } from '../meetings/meetings.service.js';
import type { NominationsService } from '../nominations/nominations.service.js';
import type { RepresentationReport } from '../representation/representation.types.js';
import type { RepresentationService } from '../representation/representation.service.js';
import { MEMBER_ROLE_LABELS } from '../memberships/member-role.js';
import { spreadsheetFile, type SpreadsheetFile, type Table } from '../../spreadsheets/spreadsheet-writing.js';
import { percent } from './export-cells.js';
import { type ExportInput, ExportList } from './exports.types.js';
import { MeetingTables } from './meeting-tables.js';

/** The headers of the groups export; the importer maps a file with these headers by itself. */
export const GROUP_COLUMNS = [
  'Grupptyp',
  'Namn',
  'Sjukvårdsregion',
  'Region',
  'Programområde',
  'Motsvarighet',
  'Status',
  'Uppdrag',
];
/** The headers of the members export, one row per membership; the importer maps them by itself. */
export const MEMBER_COLUMNS = [
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
  'Anteckning',
];

/**
 * Groups are listed tier by tier, programme areas and collaboration groups before the working groups, so that a
 * group's parent and counterpart come before it and an import of the file finds them.
 */
const TYPE_ORDER: GroupType[] = [
  GroupType.NPO,
  GroupType.NSG,
  GroupType.NAG,
  GroupType.RPO,
  GroupType.RSG,
  GroupType.RAG,
  GroupType.LPO,
  GroupType.LSG,
  GroupType.LAG,
];

const NOMINATION_STATUS_LABELS: Record<string, string> = {
  OPEN: 'Öppen',
  REVIEW: 'Under beredning',
  DECIDED: 'Beslutad',
  CANCELLED: 'Avbruten',
};
const ACTION_STATUS_LABELS: Record<string, string> = { OPEN: 'Öppen', DONE: 'Klar' };

/**
 * Every list a screen shows, as a table for a spreadsheet: the same service calls as the screen, each list read
 * in full with a bounded number of statements, headers and codes in Swedish.
 */
export class ExportsService {
  private readonly meetingTables: MeetingTables;

  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly representation: RepresentationService,
    private readonly nominations: NominationsService,
    private readonly dialogues: DialoguesService,
    meetings: MeetingsService,
  ) {
    this.meetingTables = new MeetingTables(geography, groups, meetings);
  }

  /** The file of a list; that it was made, by whom, of which list with which filters and how many rows, is logged. */
  async export(actor: Actor, input: ExportInput): Promise<SpreadsheetFile & { rowCount: number }> {
    const table = await this.table(input);
    const file = await spreadsheetFile(table, input.format);
    const { list, format, ...filters } = input;
    await this.tx.run((em) =>
      this.audit.recordAccess(em, actor, {
        operation: 'exportList',
        entityType: AuditEntityType.EXPORT,
        entityId: randomUUID(),
        concerns: [
          { entityType: AuditEntityType.USER, entityId: actor.userId },
          { entityType: AuditEntityType.GROUP, entityId: input.groupId },
        ],
        read: {
          list,
          format,
          filters: JSON.parse(JSON.stringify(filters)) as unknown,
          rowCount: table.rows.length,
          fileName: file.fileName,
        },
      }),
    );
    return { ...file, rowCount: table.rows.length };
  }

  /** The list as a table; a missing filter is refused as a rejection, whichever list it is. */
  async table(input: ExportInput): Promise<Table> {
    switch (input.list) {
      case ExportList.GROUPS:
        return this.groupsTable(input);
      case ExportList.MEMBERS:
        return this.membersTable(input);
      case ExportList.REPRESENTATION:
        return this.representationTable(input);
      case ExportList.REPRESENTATION_TREND:
        return this.trendTable(input);
      case ExportList.NOMINATIONS:
        return this.nominationsTable(input);
      case ExportList.DIALOGUE_COVERAGE:
        return this.coverageTable(input);
      case ExportList.DIALOGUE_ACTIONS:
        return this.actionsTable(input);
      case ExportList.MEETINGS:
        return this.meetingTables.meetingsOf(this.yearOf(input), this.healthcareRegionOf(input), input.groupId ?? null);
      case ExportList.ATTENDANCE:
        return this.meetingTables.attendanceOf(
          this.yearOf(input),
          this.healthcareRegionOf(input),
          input.groupId ?? null,
        );
    }
  }

  private async owners() {
    const [regions, healthcareRegions] = await Promise.all([
      this.geography.regions(),
      this.geography.healthcareRegions(),
    ]);
    const regionName = new Map(regions.map((r) => [r.id, r.name]));
    const healthcareRegionName = new Map(healthcareRegions.map((hr) => [hr.id, hr.name]));
    return {
      region: (id: string | null) => (id ? (regionName.get(id) ?? '') : ''),
      healthcareRegion: (id: string | null) => (id ? (healthcareRegionName.get(id) ?? '') : ''),
      /** A local group's region, or the healthcare region of the others (an NPO's host). */
      ofGroup: (group: Group) =>
        (tierOf(group.type) === Tier.LOCAL
          ? regionName.get(group.regionId ?? '')
          : healthcareRegionName.get(group.healthcareRegionId ?? '')) ?? '',
    };
  }

  private async groupsTable(input: ExportInput): Promise<Table> {
    // Without a filter the list is the whole register, bodies included, so that every member row of a MEMBERS export
    // names a group this list holds and the pair imports again into an empty register.
    const filter = input.groupFilter ?? { includeBodies: true };
    const [found, names] = await Promise.all([this.groups.all(filter), this.owners()]);
    const groups = [...found].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    const related = new Map(
      (
        await this.groups.byIds([
          ...new Set(groups.flatMap((g) => [g.parentId, g.counterpartId]).filter((id): id is string => !!id)),
        ])
      ).map((g) => [g.id, `${g.type} ${g.name}`]),
    );
    return {
      name: `grupper-${this.clock.today()}`,
      columns: GROUP_COLUMNS,
      rows: groups.map((g) => [
        g.type,
        g.name,
        names.healthcareRegion(g.healthcareRegionId),
        names.region(g.regionId),
        g.parentId ? (related.get(g.parentId) ?? '') : '',
        g.counterpartId ? (related.get(g.counterpartId) ?? '') : '',
        GROUP_STATUS_LABELS[g.status],
        g.mandate ?? '',
      ]),
    };
  }

  private async membersTable(input: ExportInput): Promise<Table> {
    const [memberships, names] = await Promise.all([
      this.memberships.withGroupsAndPersons(input.groupId ?? null, input.asOf ?? null),
      this.owners(),
    ]);
    return {
      name: `medlemmar-${input.asOf ?? 'alla'}`,
      columns: MEMBER_COLUMNS,
      rows: memberships.map((m) => [
        m.group!.type,
        m.group!.name,
        names.ofGroup(m.group!),
        m.person!.name,
        m.person!.email ?? '',
        names.region(m.person!.employerRegionId),
        MEMBER_ROLE_LABELS[m.role],
        names.region(m.representedRegionId),
        m.startDate,
        m.endDate ?? '',
        m.note ?? '',
      ]),
    };
  }

  private healthcareRegionOf(input: ExportInput): string {
    if (!input.healthcareRegionId)
      throw badInput('Give the healthcare region of the report.', { reason: 'REQUIRED', field: 'healthcareRegionId' });
    return input.healthcareRegionId;
  }

  private reportRows(report: RepresentationReport, withDate: boolean) {
    return report.shares.map((s) => [
      ...(withDate ? [report.asOf] : []),
      s.region.name,
      s.seats,
      percent(s.share),
      percent(s.populationShare),
      ...(withDate ? [] : [Math.round(s.gapPoints * 10) / 10]),
    ]);
  }

  private async representationTable(input: ExportInput): Promise<Table> {
    const asOf = input.asOf ?? this.clock.today();
    const report = await this.representation.report({
      healthcareRegionId: this.healthcareRegionOf(input),
      asOf,
      tiers: input.tiers,
    });
    return {
      name: `representation-${asOf}`,
      columns: ['Region', 'Platser', 'Andel (%)', 'Befolkningsandel (%)', 'Skillnad (procentenheter)'],
      rows: [...this.reportRows(report, false), ['Totalt', report.totalSeats, report.totalSeats ? 100 : 0, 100, '']],
    };
  }

  private async trendTable(input: ExportInput): Promise<Table> {
    const to = input.to ?? this.clock.today();
    const from = input.from ?? `${Number(to.slice(0, 4)) - 5}${to.slice(4)}`;
    const reports = await this.representation.trend({
      healthcareRegionId: this.healthcareRegionOf(input),
      from,
      to,
      interval: input.interval ?? TrendInterval.QUARTER,
      tiers: input.tiers,
    });
    return {
      name: `representation-${from}--${to}`,
      columns: ['Datum', 'Region', 'Platser', 'Andel (%)', 'Befolkningsandel (%)'],
      rows: reports.flatMap((report) => this.reportRows(report, true)),
    };
  }

  private async nominationsTable(input: ExportInput): Promise<Table> {
    const nominations = await this.nominations.all(input.nominationFilter);
    const [groups, candidates, regions] = await Promise.all([
      this.groups.byIds([...new Set(nominations.map((n) => n.groupId))]),
      this.nominations.candidatesOf(nominations.map((n) => n.id)),
      this.geography.regions(),
    ]);
    const groupOf = new Map(groups.map((g) => [g.id, g]));
    const regionName = new Map(regions.map((r) => [r.id, r.name]));
    return {
      name: `nomineringar-${this.clock.today()}`,
      columns: [
        'Grupptyp',
        'Grupp',
        'Roll',
        'Platser',
        'Status',
        'Sista dag',
        'Region',
        'Kandidater',
        'Utsedda',
        'Beslut',
      ],
      rows: nominations.map((n) => {
        const own = candidates.filter((c) => c.nominationId === n.id && !c.withdrawnAt);
        return [
          groupOf.get(n.groupId)?.type ?? '',
          groupOf.get(n.groupId)?.name ?? '',
          MEMBER_ROLE_LABELS[n.role],
          n.seats,
          NOMINATION_STATUS_LABELS[n.status] ?? n.status,
          n.dueDate,
          n.regionId ? (regionName.get(n.regionId) ?? '') : '',
          own.length,
          own.filter((c) => c.appointed).length,
          n.decisionReference ?? '',
        ];
      }),
    };
  }

  private async coverageTable(input: ExportInput): Promise<Table> {
    const year = this.yearOf(input);
    const overview = await this.dialogues.overview(year);
    const text = new Map(overview.questions.map((q) => [q.key, q.text]));
    const goals = (key: string) =>
      overview.goals
        .filter((g) => g.questionKey === key)
        .map((g) => g.goal)
        .join(', ');
    return {
      name: `dialogtackning-${year}`,
      // The question as the groups read it; its key is an internal name and stays out of the file.
      columns: ['Fråga', 'Mål', 'Grupper som ska svara', 'Besvarade', 'Andel (%)', 'Uppfyllt', 'Saknas'],
      rows: overview.coverage.map((c) => [
        text.get(c.questionKey) ?? c.questionKey,
        goals(c.questionKey),
        c.required,
        c.answered,
        c.required ? percent(c.answered / c.required) : 100,
        c.complete ? 'Ja' : 'Nej',
        c.missing.map((g) => `${g.type} ${g.name}`).join('; '),
      ]),
    };
  }

  private yearOf(input: ExportInput): number {
    return input.year ?? Number(this.clock.today().slice(0, 4));
  }

  private async actionsTable(input: ExportInput): Promise<Table> {
    const asOf = input.asOf ?? this.clock.today();
    const actions = await this.dialogues.overdueActions(asOf);
    const dialogues = new Map(
      (await this.dialogues.byIds([...new Set(actions.map((a) => a.dialogueId))])).map((d) => [d.id, d]),
    );
    const groups = new Map(
      (await this.groups.byIds([...new Set([...dialogues.values()].map((d) => d.groupId))])).map((g) => [g.id, g]),
    );
    return {
      name: `forsenade-atgarder-${asOf}`,
      columns: ['Grupptyp', 'Grupp', 'Dialog', 'Åtgärd', 'Ansvarig', 'Sista dag', 'Status'],
      rows: actions.map((a) => {
        const dialogue = dialogues.get(a.dialogueId);
        const group = dialogue ? groups.get(dialogue.groupId) : undefined;
        return [
          group?.type ?? '',
          group?.name ?? '',
          dialogue?.heldOn ?? '',
          a.description,
          a.ownerName,
          a.dueDate ?? '',
          ACTION_STATUS_LABELS[a.status] ?? a.status,
        ];
      }),
    };
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    exports: ExportsService;
  }
}
