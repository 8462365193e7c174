import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { validateInput } from '../common/validation.js';
import { DateTimeScalar } from '../common/scalars.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { HealthcareRegionsResolver, RegionsResolver } from '../modules/geography/geography.resolver.js';
import {
  DialogueActionsResolver,
  DialogueAnswersResolver,
  DialoguesResolver,
  GroupDialoguesResolver,
} from '../modules/dialogues/dialogues.resolver.js';
import { ExportsResolver } from '../modules/exports/exports.resolver.js';
import { ImportsResolver } from '../modules/imports/imports.resolver.js';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { AnnualReportResolver } from '../modules/reports/annual-report.resolver.js';
import { GoalsResolver } from '../modules/goals/goals.resolver.js';
import { GroupsResolver } from '../modules/groups/groups.resolver.js';
import { MembershipsResolver } from '../modules/memberships/memberships.resolver.js';
import { CandidatesResolver, NominationEventsResolver, NominationsResolver } from '../modules/nominations/nominations.resolver.js';
import { SeatsResolver } from '../modules/seats/seats.resolver.js';
import { PersonsResolver } from '../modules/persons/persons.resolver.js';
import { RepresentationResolver } from '../modules/representation/representation.resolver.js';

export function buildRegistrySchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      HealthcareRegionsResolver,
      RegionsResolver,
      GroupsResolver,
      PersonsResolver,
      MembershipsResolver,
      RepresentationResolver,
      GoalsResolver,
      NominationsResolver,
      CandidatesResolver,
      NominationEventsResolver,
      SeatsResolver,
      DialoguesResolver,
      DialogueAnswersResolver,
      DialogueActionsResolver,
      GroupDialoguesResolver,
      AnnualReportResolver,
      AuditResolver,
      PrivacyResolver,
      ImportsResolver,
      ExportsResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
  });
}

/** The committed SDL: sorted so that its diff shows only real changes. */
export function printRegistrySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
