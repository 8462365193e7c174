import { isIPv4, isIPv6 } from 'node:net';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import type { Transactions } from '../../common/transactions.js';
import { SignInFailure } from './sign-in-failure.entity.js';

/** Failures allowed within the window before each further attempt must wait; an office may share one address. */
const FREE_FAILURES = { account: 5, address: 30 } as const;
const WINDOW_MS = 15 * 60_000;
const MAX_WAIT_MS = 15 * 60_000;
/** How long a claimed attempt keeps its account to itself; a crash mid-check frees it after this. */
const IN_FLIGHT_MS = 30_000;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

/**
 * The key of a client address. An IPv6 client usually holds a whole /64, so IPv6 addresses are counted by that
 * prefix; an IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is the IPv4 address it maps.
 */
export const addressKey = (address: string) => `address:${networkOf(address)}`;

export function networkOf(address: string): string {
  const plain = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(plain)) return plain;
  const [head = '', tail = ''] = plain.toLowerCase().split('::') as [string, string?];
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = plain.includes('::') ? groups(tail) : [];
  const full = [...left, ...new Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

const waitAfter = (failures: number, free: number) =>
  failures > free ? Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - free - 1)) : 0;
const freeFor = (key: string) => (key.startsWith('account:') ? FREE_FAILURES.account : FREE_FAILURES.address);

/** A claimed sign-in attempt: counted already, to be settled once the password has been checked. */
export interface SignInAttempt {
  keys: string[];
  failures: Map<string, number>;
}

/**
 * Slows down password guessing. Every attempt is counted before its password is checked, in one atomic statement per
 * key (account and network address), so parallel guesses cannot slip past the count: after the free failures within
 * 15 minutes each further attempt makes the key wait (1 s, 2 s, 4 s … up to 15 minutes). Only one attempt per account
 * is checked at a time. A successful sign-in takes its attempt back and clears the account's count.
 */
export class SignInThrottle {
  constructor(private readonly tx: Transactions) {}

  /** Counts the attempt, or refuses it without checking the password while one of its keys must wait. */
  async claim(keys: string[], now = new Date()): Promise<SignInAttempt> {
    return this.tx.run(async (em) => {
      const failures = new Map<string, number>();
      for (const key of keys) {
        const counted = await this.count(em, key, now);
        if (counted === null) throw await this.refusal(em, keys, now);
        failures.set(key, counted);
      }
      return { keys, failures };
    });
  }

  /** The password was wrong: the keys over their free failures wait before the next attempt. */
  async failed(attempt: SignInAttempt, now = new Date()): Promise<void> {
    await this.tx.run(async (em) => {
      for (const key of attempt.keys) {
        const wait = waitAfter(attempt.failures.get(key) ?? 0, freeFor(key));
        await em
          .getRepository(SignInFailure)
          .update({ key }, { blockedUntil: wait ? new Date(now.getTime() + wait) : null, inFlightUntil: null });
      }
    });
  }

  /** The password was right: the account starts afresh, and the address gets back the attempt it was charged. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await this.tx.run(async (em) => {
      for (const key of attempt.keys) {
        if (key.startsWith('account:')) await em.getRepository(SignInFailure).delete({ key });
        else await em.getRepository(SignInFailure).decrement({ key }, 'failures', 1);
      }
    });
  }

  /**
   * Adds one attempt to the key's count and returns the new count, or null when the key must wait (blocked, or its
   * account has an attempt in flight). One statement, so that simultaneous attempts are each counted.
   */
  private async count(em: EntityManager, key: string, now: Date): Promise<number | null> {
    const driver = em.connection.driver;
    const columns = em.connection.getMetadata(SignInFailure).columns;
    const at = (property: string, value: Date): unknown =>
      driver.preparePersistentValue(
        value,
        columns.find((c) => c.propertyName === property)!,
      );
    const account = key.startsWith('account:');
    const free = freeFor(key);
    // The leading newline keeps TypeORM's SQLite driver from treating the statement as a plain INSERT, whose
    // RETURNING rows it would drop. An old "blockedUntil" kept by the update has passed (the WHERE clause says so).
    const sql = `
INSERT INTO sign_in_failures (key, failures, "firstFailedAt", "blockedUntil", "inFlightUntil")
VALUES (:key, 1, :now, NULL, :inFlight)
ON CONFLICT (key) DO UPDATE SET
  failures = CASE WHEN sign_in_failures."firstFailedAt" < :windowStart THEN 1 ELSE sign_in_failures.failures + 1 END,
  "firstFailedAt" = CASE WHEN sign_in_failures."firstFailedAt" < :windowStart THEN :now ELSE sign_in_failures."firstFailedAt" END,
  "blockedUntil" = CASE WHEN sign_in_failures."firstFailedAt" >= :windowStart AND sign_in_failures.failures + 1 > :free THEN :soon ELSE sign_in_failures."blockedUntil" END,
  "inFlightUntil" = :inFlight
WHERE (sign_in_failures."blockedUntil" IS NULL OR sign_in_failures."blockedUntil" <= :now)
  AND (sign_in_failures."inFlightUntil" IS NULL OR sign_in_failures."inFlightUntil" <= :now)
RETURNING failures`;
    const [query, parameters] = driver.escapeQueryWithParameters(
      sql,
      {
        key,
        free,
        now: at('firstFailedAt', now),
        windowStart: at('firstFailedAt', new Date(now.getTime() - WINDOW_MS)),
        // Until the check settles the attempt, no other attempt may start: the key waits at least a second.
        soon: at('blockedUntil', new Date(now.getTime() + 1000)),
        inFlight: account ? at('inFlightUntil', new Date(now.getTime() + IN_FLIGHT_MS)) : null,
      },
      {},
    );
    const rows: { failures: number }[] = await em.query(query, parameters);
    return rows.length ? Number(rows[0]!.failures) : null;
  }

  private async refusal(em: EntityManager, keys: string[], now: Date): Promise<DomainError> {
    const rows = await em.getRepository(SignInFailure).findBy(keys.map((key) => ({ key })));
    const until = Math.max(
      now.getTime() + 1000,
      ...rows.flatMap((f) => [f.blockedUntil?.getTime() ?? 0, f.inFlightUntil?.getTime() ?? 0]),
    );
    const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    return new DomainError('UNAUTHENTICATED', `Too many sign-in attempts. Try again in ${seconds} seconds.`, {
      reason: 'TOO_MANY_ATTEMPTS',
      params: { retryAfterSeconds: seconds },
    });
  }
}
