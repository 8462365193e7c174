import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { validate as classValidate } from 'class-validator';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { badInput, unauthenticated } from '../common/errors.js';
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
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { AnnualReportResolver } from '../modules/reports/annual-report.resolver.js';
import { GoalsResolver } from '../modules/goals/goals.resolver.js';
import { GroupsResolver } from '../modules/groups/groups.resolver.js';
import { MembershipsResolver } from '../modules/memberships/memberships.resolver.js';
import { CandidatesResolver, NominationEventsResolver, NominationsResolver } from '../modules/nominations/nominations.resolver.js';
import { SeatsResolver } from '../modules/seats/seats.resolver.js';
import { PersonsResolver } from '../modules/persons/persons.resolver.js';
import { RepresentationResolver } from '../modules/representation/representation.resolver.js';
import type { Context } from './context.js';

/** Every root field but `login` needs a signed-in user; checked here once rather than on each resolver. */
const requireSignIn: MiddlewareFn<Context> = ({ context, info }, next) => {
  const root = info.parentType.name;
  if ((root === 'Query' || root === 'Mutation') && info.fieldName !== 'login' && !context.actor) {
    throw unauthenticated();
  }
  return next();
};

// Control characters other than tab and line breaks are never part of a name or a text, and PostgreSQL refuses NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function refuseControlCharacters(value: unknown, field: string | undefined): void {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value)) {
      throw badInput('Text may not contain control characters.', { reason: 'CONTROL_CHARACTERS', field });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) refuseControlCharacters(item, field);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) refuseControlCharacters(item, key);
  }
}

/** Input shape (lengths, e-mail form) is checked by class-validator; the refusal lists every problem in plain words. */
async function validateInput(argValue: unknown): Promise<void> {
  refuseControlCharacters(argValue, undefined);
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = await classValidate(argValue, { forbidUnknownValues: false, skipMissingProperties: false });
  if (!errors.length) return;
  const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}));
  throw badInput(`Invalid input: ${messages.join('; ')}.`, {
    reason: 'INVALID_INPUT',
    field: errors[0]?.property,
    params: { message: messages.join('; ') },
  });
}

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
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    globalMiddlewares: [requireSignIn],
    validateFn: validateInput,
  });
}

/** The committed SDL: sorted so that its diff shows only real changes. */
export function printRegistrySchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
