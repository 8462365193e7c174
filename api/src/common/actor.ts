import { forbidden } from './errors.js';
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
/** Who adds and edits persons and proposes candidates; a region representative only for their own region. */
export const REGION_PROPOSERS: readonly UserRole[] = [...REGISTER_KEEPERS, UserRole.REGION_REPRESENTATIVE];
/** Who logs the follow-up dialogues, their questions and actions. */
export const DIALOGUE_KEEPERS: readonly UserRole[] = [...REGISTER_KEEPERS, UserRole.DIALOGUE_LEAD];
export const USER_MANAGERS: readonly UserRole[] = [UserRole.ADMIN];

/** What a role may do, for the client to show only the controls that the API would not refuse. */
export function permissionsOf(role: UserRole) {
  return {
    editRegister: REGISTER_KEEPERS.includes(role),
    proposeCandidates: REGION_PROPOSERS.includes(role),
    addPersons: REGION_PROPOSERS.includes(role),
    logDialogues: DIALOGUE_KEEPERS.includes(role),
    manageUsers: USER_MANAGERS.includes(role),
    handlePersonalData: REGISTER_KEEPERS.includes(role),
  };
}

/** Whether the actor is the representative of this region (coordinators and others speak for no one region). */
export function representsRegion(actor: Actor | null, regionId: string): boolean {
  return actor?.role === UserRole.REGION_REPRESENTATIVE && actor.regionId === regionId;
}

export function requireRole(actor: Actor, roles: readonly UserRole[], action: string): void {
  if (!roles.includes(actor.role)) {
    throw forbidden(`Your role ${actor.role} may not ${action}.`, {
      reason: 'ROLE_NOT_ALLOWED',
      params: { role: actor.role, action },
    });
  }
}
