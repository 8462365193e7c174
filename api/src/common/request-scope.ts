import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request shares across the services it calls. */
export interface RequestScope {
  /** The register's version token as read once in this request; cleared when the request changes the register. */
  version?: string;
}

/**
 * Request-scoped state without passing it through every call: the server runs each request inside `run`, and
 * services called outside a request (seeding, scripts, tests of the services) simply find no scope.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();
