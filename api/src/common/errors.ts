import { GraphQLError } from 'graphql';
import type { ErrorReason } from './error-reasons.js';

/** The refusal codes of the API contract; every refused request carries exactly one of them. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

export const CONTRACT_ERROR_CODES: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
];

export interface ErrorDetails {
  /** Stable machine-readable reason, e.g. `MEMBERSHIP_OVERLAP`, one of `ERROR_REASONS`; the client translates it. */
  reason: ErrorReason;
  /** The input field the error concerns, so a form can point at it. */
  field?: string;
  /** Values the client needs to phrase the message in its own language. */
  params?: Record<string, string | number | null>;
}

/**
 * A request the domain refuses. Services throw it before writing anything (or inside a transaction that is then
 * rolled back), so a refused mutation never changes the register.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: ErrorDetails) {
    super(message, {
      extensions: { code, reason: details.reason, field: details.field, params: details.params },
    });
  }
}

/** The HTTP status of each refusal, where the request is refused as a whole (before execution, or outside GraphQL). */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Marks a refusal made before the operation runs (not signed in, too deep, too costly) with its HTTP status, which
 * Apollo would otherwise answer as 500. Errors of single fields during execution keep GraphQL's 200.
 */
export function refusingRequest<T extends DomainError>(error: T): T {
  error.extensions.http = { status: HTTP_STATUS_OF[error.extensions.code as ErrorCode] };
  return error;
}

export const badInput = (message: string, details: ErrorDetails) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (entity: string, id: string, field?: string) =>
  new DomainError('NOT_FOUND', `${entity} ${id} does not exist.`, {
    reason: 'NOT_FOUND',
    field,
    params: { entity, id },
  });
export const conflict = (message: string, details: ErrorDetails) => new DomainError('CONFLICT', message, details);
export const forbidden = (message: string, details: ErrorDetails = { reason: 'FORBIDDEN' }) =>
  new DomainError('FORBIDDEN', message, details);
export const unauthenticated = (message = 'Sign in to use the registry.') =>
  new DomainError('UNAUTHENTICATED', message, { reason: 'UNAUTHENTICATED' });
