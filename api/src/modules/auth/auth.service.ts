import { createHash, randomBytes } from 'node:crypto';
import { type DataSource, type EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { badInput, conflict, notFound, unauthenticated } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { VersionedCache } from '../../common/versioned-cache.js';
import { Region } from '../geography/region.entity.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, requireRole, USER_MANAGERS } from '../../common/actor.js';
import { type CreateUserInput, MIN_PASSWORD_LENGTH, type UpdateUserInput } from './auth.inputs.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';
import { accountKey, addressKey, SignInThrottle } from './sign-in-throttle.js';
import { needsRegion } from './user-role-info.js';
import { User } from './user.entity.js';
import { UserRole } from '../../common/user-role.js';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
/** The shape of the tokens `login` issues (32 random bytes in base64url): anything else is unknown without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

// Compared against when the e-mail is unknown, so that a wrong address costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export class AuthService {
  private readonly throttle: SignInThrottle;
  private readonly sessions = new VersionedCache(2000);

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
    private readonly sessionHours: number,
  ) {
    this.throttle = new SignInThrottle(tx);
  }

  /** Signs in; `address` is the client's network address, by which failed attempts are slowed down too. */
  async login(
    email: string,
    password: string,
    address: string | null = null,
  ): Promise<{ token: string; user: User; expiresAt: Date }> {
    const keys = [accountKey(email), ...(address ? [addressKey(address)] : [])];
    const attempt = await this.throttle.claim(keys);
    const user = await this.db.getRepository(User).findOneBy({ emailKey: email.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH).catch(() => false);
    if (!user || !valid || !user.active) {
      await this.throttle.failed(attempt);
      throw unauthenticated('The e-mail address or the password is wrong.');
    }
    await this.throttle.succeeded(attempt);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionHours * 3600_000);
    await this.tx.run(async (em) => {
      // The user's ended sessions go as a new one starts, so the table holds what can still be used and no more.
      const sessions = em.getRepository(Session);
      await sessions.delete({ userId: user.id, expiresAt: LessThanOrEqual(new Date()) });
      await sessions.delete({ userId: user.id, revokedAt: Not(IsNull()) });
      await em
        .getRepository(Session)
        .insert({ tokenHash: tokenHash(token), userId: user.id, expiresAt, revokedAt: null });
    });
    return { token, user, expiresAt };
  }

  /**
   * The actor behind a bearer token, or null when the token is unknown, expired, revoked or its user deactivated.
   * Sessions are cached under the register's version token; revoking a session or changing a user changes that
   * token, so every instance sees a revocation on its next request. Only sessions found are kept: a flood of made-up
   * tokens costs one indexed lookup each (and meets the anonymous rate limit) but cannot evict real sessions.
   */
  async authenticate(token: string): Promise<Actor | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const hash = tokenHash(token);
    const session = await this.sessions.get(
      await this.audit.version(),
      hash,
      () =>
        this.db
          .getRepository(Session)
          .createQueryBuilder('s')
          .innerJoinAndSelect('s.user', 'u')
          .where('s.tokenHash = :hash AND s.revokedAt IS NULL', { hash })
          .getOne(),
      (found) => found !== null,
    );
    const user = session?.user;
    if (!session || session.expiresAt <= new Date() || !user?.active) return null;
    return { userId: user.id, role: user.role, regionId: user.regionId, label: user.email };
  }

  async logout(token: string): Promise<boolean> {
    return this.tx.run(async (em) => {
      const result = await em
        .getRepository(Session)
        .update({ tokenHash: tokenHash(token), revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) return false;
      await this.audit.changed(em);
      return true;
    });
  }

  async user(id: string): Promise<User> {
    const user = isId(id) ? await this.db.getRepository(User).findOneBy({ id }) : null;
    if (!user) throw notFound('User', id);
    return user;
  }

  /** Every user, for the administrators' screen. */
  async users(actor: Actor): Promise<User[]> {
    requireRole(actor, USER_MANAGERS, 'list users');
    return this.db.getRepository(User).find({ order: { emailKey: 'ASC' } });
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.db.getRepository(User).findBy({ id: In(ids.filter(isId)) });
  }

  async createUser(actor: Actor, input: CreateUserInput): Promise<User> {
    requireRole(actor, USER_MANAGERS, 'create users');
    // Hashed before the transaction: scrypt takes tens of milliseconds, and on SQLite every other write waits for it.
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async (em) => {
      const emailKey = input.email.trim().toLowerCase();
      if (await em.getRepository(User).countBy({ emailKey })) {
        throw conflict(`A user with the e-mail address ${input.email} already exists.`, {
          reason: 'EMAIL_TAKEN',
          field: 'email',
        });
      }
      const regionId = await this.checkRegion(em, input.role, input.regionId ?? null);
      const user = em.getRepository(User).create({
        email: input.email.trim(),
        emailKey,
        passwordHash,
        role: input.role,
        regionId,
        active: true,
      });
      await em.getRepository(User).save(user);
      await this.recordChange(em, actor, 'createUser', null, user);
      return user;
    });
  }

  /**
   * Changes a user's role, region or standing. A deactivated user's sessions end at once; the last active
   * administrator cannot be demoted or deactivated, so that someone can always manage users.
   */
  async updateUser(actor: Actor, input: UpdateUserInput): Promise<User> {
    requireRole(actor, USER_MANAGERS, 'change users');
    return this.tx.run(async (em) => {
      const user = isId(input.id) ? await em.getRepository(User).findOneBy({ id: input.id }) : null;
      if (!user) throw notFound('User', input.id);
      const before = this.audit.snapshot(user);
      const role = input.role ?? user.role;
      const active = input.active ?? user.active;
      const requested = input.regionId === undefined ? user.regionId : input.regionId;
      const regionId = await this.checkRegion(em, role, needsRegion(role) ? requested : null);
      if (user.role === UserRole.ADMIN && user.active && (role !== UserRole.ADMIN || !active)) {
        const admins = await em.getRepository(User).countBy({ role: UserRole.ADMIN, active: true });
        if (admins <= 1) {
          throw conflict('This is the last active administrator; make another user administrator first.', {
            reason: 'LAST_ADMIN',
          });
        }
      }
      Object.assign(user, { role, regionId, active });
      await em.getRepository(User).save(user);
      if (!active) await this.revokeSessions(em, user.id);
      await this.recordChange(em, actor, 'updateUser', before, user);
      return user;
    });
  }

  /** Sets a new password for a user who lost theirs; the sessions signed in with the old one end. */
  async setUserPassword(actor: Actor, id: string, password: string): Promise<User> {
    requireRole(actor, USER_MANAGERS, 'set passwords');
    const passwordHash = await hashPassword(password); // before the transaction, as in createUser
    return this.tx.run(async (em) => {
      const user = isId(id) ? await em.getRepository(User).findOneBy({ id }) : null;
      if (!user) throw notFound('User', id);
      user.passwordHash = passwordHash;
      await em.getRepository(User).save(user);
      await this.revokeSessions(em, user.id);
      await this.recordChange(em, actor, 'setUserPassword', user, user);
      return user;
    });
  }

  private async revokeSessions(em: EntityManager, userId: string): Promise<void> {
    await em.getRepository(Session).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async checkRegion(em: EntityManager, role: UserRole, regionId: string | null): Promise<string | null> {
    if (needsRegion(role) && !regionId) {
      throw badInput('A region representative needs the region they speak for: give regionId.', {
        reason: 'REGION_REQUIRED',
        field: 'regionId',
      });
    }
    if (regionId && !(isId(regionId) && (await em.getRepository(Region).countBy({ id: regionId })))) {
      throw notFound('Region', regionId, 'regionId');
    }
    return regionId;
  }

  private recordChange(em: EntityManager, actor: Actor, operation: string, before: object | null, user: User) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.USER,
      entityId: user.id,
      before,
      after: user,
    });
  }

  /** The first administrator, from ADMIN_EMAIL and ADMIN_PASSWORD at start: created, or given that password again. */
  async ensureAdmin(email: string, password: string): Promise<User> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
    }
    const passwordHash = await hashPassword(password); // before the transaction, as in createUser
    return this.tx.run(async (em) => {
      const repo = em.getRepository(User);
      const emailKey = email.trim().toLowerCase();
      const user =
        (await repo.findOneBy({ emailKey })) ?? repo.create({ email: email.trim(), emailKey, regionId: null });
      Object.assign(user, { passwordHash, role: UserRole.ADMIN, active: true });
      return repo.save(user);
    });
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    auth: AuthService;
  }
}
