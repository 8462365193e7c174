import { forbidden } from '../../common/errors.js';
import { UserRole } from './user-role.js';

/** The signed-in user on whose behalf a service call runs. */
export interface Actor {
  userId: string;
  role: UserRole;
  /** The region a REGION_REPRESENTATIVE speaks for. */
  regionId: string | null;
  /** How the audit trail names the actor: the user's e-mail address, or the process acting (such as the seed). */
  label?: string;
}

/** Who keeps the register: groups, memberships and persons of every region. */
export const REGISTER_KEEPERS: readonly UserRole[] = [UserRole.ADMIN, UserRole.COORDINATOR];

export function requireRole(actor: Actor, roles: readonly UserRole[], action: string): void {
  if (!roles.includes(actor.role)) {
    throw forbidden(`Your role ${actor.role} may not ${action}.`, { reason: 'ROLE_NOT_ALLOWED', params: { role: actor.role, action } });
  }
}
