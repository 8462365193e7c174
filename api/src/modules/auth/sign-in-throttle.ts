import { DataSource, In } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { SignInFailure } from './sign-in-failure.entity.js';

/** Failures allowed within the window before each further attempt must wait; an office may share one address. */
const FREE_FAILURES = { account: 5, address: 30 } as const;
const WINDOW_MS = 15 * 60_000;
const MAX_WAIT_MS = 15 * 60_000;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/**
 * Slows down password guessing: after the free failures within 15 minutes, every further failure doubles the wait
 * (1 s, 2 s, 4 s … up to 15 minutes) before that account or address may try again.
 */
export class SignInThrottle {
  constructor(private readonly db: DataSource) {}

  /** Refuses the attempt, without checking the password, while one of its keys must wait. */
  async check(keys: string[], now = new Date()): Promise<void> {
    const blocked = await this.db.getRepository(SignInFailure).findBy({ key: In(keys) });
    const until = Math.max(0, ...blocked.map((f) => f.blockedUntil?.getTime() ?? 0));
    if (until > now.getTime()) {
      const seconds = Math.ceil((until - now.getTime()) / 1000);
      throw new DomainError('UNAUTHENTICATED', `Too many failed sign-ins. Try again in ${seconds} seconds.`, {
        reason: 'TOO_MANY_ATTEMPTS',
        params: { retryAfterSeconds: seconds },
      });
    }
  }

  async failed(keys: string[], now = new Date()): Promise<void> {
    const repo = this.db.getRepository(SignInFailure);
    for (const key of keys) {
      const current = await repo.findOneBy({ key });
      const fresh = !current || now.getTime() - current.firstFailedAt.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : current.failures + 1;
      const free = key.startsWith('account:') ? FREE_FAILURES.account : FREE_FAILURES.address;
      const wait = failures > free ? Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - free - 1)) : 0;
      await repo.save({
        key,
        failures,
        firstFailedAt: fresh ? now : current.firstFailedAt,
        blockedUntil: wait ? new Date(now.getTime() + wait) : null,
      });
    }
  }

  /** A successful sign-in clears the account's count; the address keeps its own. */
  async succeeded(email: string): Promise<void> {
    await this.db.getRepository(SignInFailure).delete({ key: accountKey(email) });
  }
}
