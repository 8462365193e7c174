import { createHash, randomBytes } from 'node:crypto';
import { DataSource, In, IsNull, MoreThan } from 'typeorm';
import { badInput, conflict, notFound, unauthenticated } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { Transactions } from '../../common/transactions.js';
import { Region } from '../geography/region.entity.js';
import { Actor, requireRole } from './actor.js';
import { CreateUserInput, MIN_PASSWORD_LENGTH } from './auth.inputs.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { UserRole } from './user-role.js';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

// Compared against when the e-mail is unknown, so that a wrong address costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly sessionHours: number,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: User; expiresAt: Date }> {
    const user = await this.db.getRepository(User).findOneBy({ emailKey: email.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || !user.active) throw unauthenticated('The e-mail address or the password is wrong.');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionHours * 3600_000);
    await this.db.getRepository(Session).insert({ tokenHash: tokenHash(token), userId: user.id, expiresAt, revokedAt: null });
    return { token, user, expiresAt };
  }

  /** The actor behind a bearer token, or null when the token is unknown, expired, revoked or its user deactivated. */
  async authenticate(token: string): Promise<Actor | null> {
    const session = await this.db.getRepository(Session).findOne({
      where: { tokenHash: tokenHash(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    const user = session?.user;
    if (!user?.active) return null;
    return { userId: user.id, role: user.role, regionId: user.regionId };
  }

  async logout(token: string): Promise<boolean> {
    const result = await this.db
      .getRepository(Session)
      .update({ tokenHash: tokenHash(token), revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async user(id: string): Promise<User> {
    const user = isId(id) ? await this.db.getRepository(User).findOneBy({ id }) : null;
    if (!user) throw notFound('User', id);
    return user;
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.db.getRepository(User).findBy({ id: In(ids.filter(isId)) });
  }

  async createUser(actor: Actor, input: CreateUserInput): Promise<User> {
    requireRole(actor, [UserRole.ADMIN], 'create users');
    return this.tx.run(async (em) => {
      const emailKey = input.email.trim().toLowerCase();
      if (await em.getRepository(User).countBy({ emailKey })) {
        throw conflict(`A user with the e-mail address ${input.email} already exists.`, { reason: 'EMAIL_TAKEN', field: 'email' });
      }
      const regionId = input.regionId ?? null;
      if (input.role === UserRole.REGION_REPRESENTATIVE && !regionId) {
        throw badInput('A region representative needs the region they speak for: give regionId.', {
          reason: 'REGION_REQUIRED',
          field: 'regionId',
        });
      }
      if (regionId && !(isId(regionId) && (await em.getRepository(Region).countBy({ id: regionId })))) {
        throw notFound('Region', regionId, 'regionId');
      }
      const user = em.getRepository(User).create({
        email: input.email.trim(),
        emailKey,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        regionId,
        active: true,
      });
      return em.getRepository(User).save(user);
    });
  }

  /** The first administrator, from ADMIN_EMAIL and ADMIN_PASSWORD at start: created, or given that password again. */
  async ensureAdmin(email: string, password: string): Promise<User> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
    }
    return this.tx.run(async (em) => {
      const repo = em.getRepository(User);
      const emailKey = email.trim().toLowerCase();
      const user = (await repo.findOneBy({ emailKey })) ?? repo.create({ email: email.trim(), emailKey, regionId: null });
      Object.assign(user, { passwordHash: await hashPassword(password), role: UserRole.ADMIN, active: true });
      return repo.save(user);
    });
  }
}
