import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ERROR_REASONS } from '../common/error-reasons.js';
import { validateInput } from '../common/validation.js';
import { DateTimeScalar } from '../common/scalars.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import {
  CompositionCheckResolver,
  CompositionRulesResolver,
  GroupCompositionResolver,
} from '../modules/composition/composition.resolver.js';
import { UserHomeResolver } from '../modules/auth/user-home.resolver.js';
import { HealthcareRegionsResolver, RegionsResolver } from '../modules/geography/geography.resolver.js';
import {
  DialogueActionsResolver,
  DialogueAnswersResolver,
  DialoguesResolver,
  GroupDialoguesResolver,
} from '../modules/dialogues/dialogues.resolver.js';
import { ExportsResolver } from '../modules/exports/exports.resolver.js';
import { FeedbackResolver } from '../modules/feedback/feedback.resolver.js';
import { OperationalGoalsResolver } from '../modules/operational-goals/operational-goals.resolver.js';
import { ImportsResolver } from '../modules/imports/imports.resolver.js';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { AnnualReportResolver } from '../modules/reports/annual-report.resolver.js';
import { GoalsResolver } from '../modules/goals/goals.resolver.js';
import { GroupsResolver } from '../modules/groups/groups.resolver.js';
import { MembershipsResolver } from '../modules/memberships/memberships.resolver.js';
import { GroupClosingResolver } from '../modules/memberships/group-closing.resolver.js';
import {
  GroupLineageResolver,
  GroupSuccessionResolver,
  MembershipLineageResolver,
} from '../modules/lineage/lineage.resolver.js';
import {
  AgendaItemResolver,
  AttendanceResolver,
  BodyAttendanceResolver,
  GroupQuorumRuleResolver,
  MeetingQuorumResolver,
  MeetingsResolver,
  MeetingYearResolver,
  PersonAttendanceResolver,
  RegionAttendanceResolver,
} from '../modules/meetings/meetings.resolver.js';
import {
  GroupMembershipsResolver,
  PersonMembershipsResolver,
} from '../modules/memberships/membership-fields.resolver.js';
import {
  CandidatesResolver,
  NominationEventsResolver,
  NominationsResolver,
} from '../modules/nominations/nominations.resolver.js';
import {
  CandidateActionsResolver,
  NominationActionsResolver,
} from '../modules/nominations/nomination-actions.resolver.js';
import { SeatsResolver } from '../modules/seats/seats.resolver.js';
import { PersonsResolver } from '../modules/persons/persons.resolver.js';
import { OrganisationEmployeesResolver } from '../modules/persons/organisation-employees.resolver.js';
import { OrganisationsResolver } from '../modules/organisations/organisations.resolver.js';
import { OrganisationSeatsResolver } from '../modules/memberships/organisation-seats.resolver.js';
import { PersonFormerRecordsResolver, PersonMergesResolver } from '../modules/person-merges/person-merges.resolver.js';
import { RepresentationResolver } from '../modules/representation/representation.resolver.js';
import { ImpactResolver } from '../modules/impact/impact.resolver.js';
import { PopulationsResolver, RegionPopulationsResolver } from '../modules/populations/populations.resolver.js';

export function buildRegistrySchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      UserHomeResolver,
      HealthcareRegionsResolver,
      RegionsResolver,
      PopulationsResolver,
      RegionPopulationsResolver,
      GroupsResolver,
      PersonsResolver,
      PersonMergesResolver,
      PersonFormerRecordsResolver,
      MembershipsResolver,
      GroupMembershipsResolver,
      GroupClosingResolver,
      GroupSuccessionResolver,
      GroupLineageResolver,
      MembershipLineageResolver,
      PersonMembershipsResolver,
      RepresentationResolver,
      GoalsResolver,
      ImpactResolver,
      NominationsResolver,
      CandidatesResolver,
      NominationEventsResolver,
      NominationActionsResolver,
      CandidateActionsResolver,
      SeatsResolver,
      CompositionRulesResolver,
      CompositionCheckResolver,
      GroupCompositionResolver,
      DialoguesResolver,
      DialogueAnswersResolver,
      DialogueActionsResolver,
      GroupDialoguesResolver,
      MeetingsResolver,
      AttendanceResolver,
      AgendaItemResolver,
      MeetingQuorumResolver,
      MeetingYearResolver,
      BodyAttendanceResolver,
      RegionAttendanceResolver,
      PersonAttendanceResolver,
      GroupQuorumRuleResolver,
      FeedbackResolver,
      OperationalGoalsResolver,
      AnnualReportResolver,
      AuditResolver,
      PrivacyResolver,
      ImportsResolver,
      ExportsResolver,
      OrganisationsResolver,
      OrganisationEmployeesResolver,
      OrganisationSeatsResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
  });
}

/** The committed SDL: sorted so that its diff shows only real changes. */
export function printRegistrySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * The refusal reasons as the client reads them, written beside the schema: the client's message table is typed by this
 * list, and it cannot import the API's code.
 */
export function printErrorReasons(): string {
  const reasons = ERROR_REASONS.map((reason) => `  '${reason}',`).join('\n');
  return [
    '// Generated by `npm run schema` from api/src/common/error-reasons.ts; do not edit.',
    '/** Every reason the API can give for a refusal (`extensions.reason`), and the contract codes. */',
    `export const ERROR_REASONS = [\n${reasons}\n] as const;`,
    '',
    'export type ErrorReason = (typeof ERROR_REASONS)[number];',
    '',
  ].join('\n');
}
