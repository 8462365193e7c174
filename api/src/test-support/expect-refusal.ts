import { expect } from 'vitest';
import { DomainError, type ErrorCode } from '../common/errors.js';

/** Asserts that a service call is refused with the contract's code and the given reason, and that the counts did not move. */
export async function expectRefusal<C>(
  action: () => Promise<unknown>,
  expected: { code: ErrorCode; reason?: string },
  counts?: () => Promise<C>,
): Promise<DomainError> {
  const before = counts ? await counts() : undefined;
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.extensions.code).toBe(expected.code);
  if (expected.reason) expect(domainError.extensions.reason).toBe(expected.reason);
  expect(domainError.message.length).toBeGreaterThan(10);
  if (counts) expect(await counts()).toEqual(before);
  return domainError;
}
