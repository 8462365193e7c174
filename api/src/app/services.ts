import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../common/dates.js';
import type { RegistryServices } from '../common/context.js';
import { Transactions } from '../common/transactions.js';
import { AuditTrail } from '../modules/audit/audit.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { CompositionService } from '../modules/composition/composition.service.js';
import { DialoguesService } from '../modules/dialogues/dialogues.service.js';
import { FeedbackService } from '../modules/feedback/feedback.service.js';
import { OperationalGoalsService } from '../modules/operational-goals/operational-goals.service.js';
import { ExportsService } from '../modules/exports/exports.service.js';
import { ImportsService } from '../modules/imports/imports.service.js';
import { PrivacyService } from '../modules/privacy/privacy.service.js';
import { AnnualReportService } from '../modules/reports/annual-report.service.js';
import { GoalsService } from '../modules/goals/goals.service.js';
import { GeographyService } from '../modules/geography/geography.service.js';
import { GroupsService } from '../modules/groups/groups.service.js';
import { LineageService } from '../modules/lineage/lineage.service.js';
import { GroupClosingService } from '../modules/memberships/group-closing.service.js';
import { MembershipsService } from '../modules/memberships/memberships.service.js';
import { MeetingsService } from '../modules/meetings/meetings.service.js';
import { NominationsService } from '../modules/nominations/nominations.service.js';
import { SeatsService } from '../modules/seats/seats.service.js';
import { PersonsService } from '../modules/persons/persons.service.js';
import { OrganisationsService } from '../modules/organisations/organisations.service.js';
import { PersonMergesService } from '../modules/person-merges/person-merges.service.js';
import { ImpactService } from '../modules/impact/impact.service.js';
import { RepresentationService } from '../modules/representation/representation.service.js';
import { PopulationsService } from '../modules/populations/populations.service.js';

export interface ServiceOptions {
  clock?: Clock;
  sessionHours?: number;
  /** Years without a seat or candidacy after which a person is listed for review; see PERSON_REVIEW_YEARS. */
  personReviewYears?: number;
  /** The code of the healthcare region users of no region start from; see HOME_HEALTHCARE_REGION. */
  homeHealthcareRegion?: string;
}

/**
 * The domain service layer: every rule of the register lives behind these objects, one per capability. Each module
 * registers its service in common/context.ts's RegistryServices (declaration merging); the object built here must
 * satisfy the merged interface, so a registered service that is not built here fails to compile.
 */
export function createServices(db: DataSource, options: ServiceOptions = {}) {
  const tx = new Transactions(db);
  const clock = options.clock ?? systemClock;
  const audit = new AuditTrail(db);
  const geography = new GeographyService(db, options.homeHealthcareRegion);
  const groups = new GroupsService(db, tx, clock, audit);
  const persons = new PersonsService(db, tx, audit, geography);
  const memberships = new MembershipsService(db, tx, groups, persons, audit, geography, clock);
  const populations = new PopulationsService(db, tx, geography, audit, clock);
  const representation = new RepresentationService(db, geography, audit, populations);
  const goals = new GoalsService(db, tx, geography, representation, audit);
  const dialogues = new DialoguesService(db, tx, clock, groups, memberships, audit);
  const meetings = new MeetingsService(db, tx, clock, groups, memberships, audit);
  const feedback = new FeedbackService(db, tx, geography, groups, audit);
  const operationalGoals = new OperationalGoalsService(
    db,
    tx,
    geography,
    groups,
    meetings,
    dialogues,
    feedback,
    goals.numbers,
    audit,
  );
  const composition = new CompositionService(db, tx, geography, groups, audit, clock);
  const nominations = new NominationsService(
    db,
    tx,
    groups,
    persons,
    memberships,
    geography,
    audit,
    composition,
    clock,
  );
  return {
    db,
    tx,
    clock,
    geography,
    populations,
    organisations: new OrganisationsService(db, tx, audit, geography),
    groups,
    persons,
    memberships,
    groupClosing: new GroupClosingService(tx, clock, groups, memberships),
    lineage: new LineageService(db, tx, groups, memberships, audit),
    representation,
    goals,
    impact: new ImpactService(db, geography, representation, goals, clock),
    nominations,
    composition,
    seats: new SeatsService(db, tx, geography, groups, memberships, audit, clock),
    dialogues,
    meetings,
    feedback,
    operationalGoals,
    annualReport: new AnnualReportService(geography, representation, goals, operationalGoals),
    auth: new AuthService(db, tx, audit, options.sessionHours ?? 12),
    audit,
    exports: new ExportsService(
      tx,
      audit,
      clock,
      geography,
      groups,
      memberships,
      representation,
      nominations,
      dialogues,
      meetings,
    ),
    imports: new ImportsService(db, tx, geography, groups, persons, memberships, audit),
    personMerges: new PersonMergesService(db, tx, audit, persons),
    privacy: new PrivacyService(db, tx, clock, persons, audit, options.personReviewYears ?? 3),
  } satisfies RegistryServices;
}

export type Services = ReturnType<typeof createServices>;
