import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices } from '../test-support/registry.js';
import type { Actor } from '../modules/auth/actor.js';
import { UserRole } from '../modules/auth/user-role.js';
import { SignInFailure } from '../modules/auth/sign-in-failure.entity.js';
import { networkOf } from '../modules/auth/sign-in-throttle.js';

const ACTOR: Actor = { userId: 'test', role: UserRole.ADMIN, regionId: null, label: 'test' };
const USER = { email: 'isolerad@test.example', password: 'isolation-password-1' };

/**
 * SQLite has one writer at a time; a long transaction (an import's dry run) must not take other requests' statements
 * into it: reads see only what is committed, and a sign-in made meanwhile outlives the transaction's rollback.
 */
describe('a long SQLite transaction', () => {
  let registry: Awaited<ReturnType<typeof openTestServices>>;
  beforeAll(async () => {
    registry = await openTestServices({ database: 'sqlite' });
    await registry.services.auth.ensureAdmin(USER.email, USER.password);
  });
  afterAll(() => registry.close());

  it('is not seen by reads made meanwhile, and does not take a sign-in made meanwhile with it when it rolls back', async () => {
    const { services } = registry;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const long = services.tx.run(async (em) => {
      await services.persons.createWithin(em, ACTOR, 'test', { name: 'Ofärdig Dryrun' });
      inserted();
      await gate;
      throw new Error('dry run: rolled back');
    });
    await written;

    const seen = await services.persons.list('Ofärdig', false, { first: 10 });
    expect(seen.nodes).toEqual([]);
    const signingIn = services.auth.login(USER.email, USER.password, '127.0.0.1');
    release();
    await expect(long).rejects.toThrow('dry run');
    const { token } = await signingIn;
    expect(await services.auth.authenticate(token)).not.toBeNull();
    expect((await services.persons.list('Ofärdig', false, { first: 10 })).nodes).toEqual([]);
  });

  it('keeps failed sign-ins made meanwhile', async () => {
    const { services } = registry;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const long = services.tx.run(async () => {
      await gate;
      throw new Error('rolled back');
    });
    const guesses = [1, 2, 3].map(() => services.auth.login(USER.email, 'wrong-password-1', '127.0.0.2').catch((e: Error) => e.message));
    release();
    await expect(long).rejects.toThrow();
    await Promise.all(guesses);
    const row = await services.db.getRepository(SignInFailure).findOneBy({ key: 'address:127.0.0.2' });
    expect(row?.failures).toBeGreaterThanOrEqual(1);
  });
});

describe('sign-in addresses', () => {
  it('are counted by /64 for IPv6 and as IPv4 when IPv4-mapped', () => {
    expect(networkOf('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:0db8:0001:0002:ffff::9')).toBe('2001:db8:1:2::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
    expect(networkOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(networkOf('192.0.2.7')).toBe('192.0.2.7');
  });
});
