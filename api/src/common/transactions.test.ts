import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, POSTGRES_LIMITS } from '../db/data-source.js';
import { openScratchDatabase, openTestServices, TEST_POSTGRES_URL, testDatabases } from '../test-support/registry.js';
import type { Actor } from './actor.js';
import { UserRole } from './user-role.js';
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
    const guesses = [1, 2, 3].map(() =>
      services.auth.login(USER.email, 'wrong-password-1', '127.0.0.2').catch((e: Error) => e.message),
    );
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

describe.skipIf(!(await testDatabases()).includes('postgres'))('PostgreSQL sessions', () => {
  it('carry statement and idle-in-transaction timeouts, in scratch databases too', async () => {
    const { db, drop } = await openScratchDatabase('postgres');
    try {
      const [statement] = await db.query('SHOW statement_timeout');
      const [idle] = await db.query('SHOW idle_in_transaction_session_timeout');
      expect([statement.statement_timeout, idle.idle_in_transaction_session_timeout]).toEqual(['1min', '1min']);
    } finally {
      await db.destroy();
      await drop();
    }
  });

  it('fail a request that finds the pool taken after the connection timeout, instead of waiting for ever', async () => {
    const db = createDataSource({ url: TEST_POSTGRES_URL });
    db.setOptions({ extra: { ...POSTGRES_LIMITS, max: 1, connectionTimeoutMillis: 300 } });
    await db.initialize();
    try {
      let release!: () => void;
      const held = db.transaction(() => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await expect(db.query('SELECT 1')).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(3000);
      release();
      await held;
    } finally {
      await db.destroy();
    }
  });
});
