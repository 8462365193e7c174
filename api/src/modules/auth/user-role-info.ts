import { Field, ObjectType } from 'type-graphql';
import { UserRole } from '../../common/user-role.js';

/** Whether a user of this role speaks for one region, and so must be given it: a region representative. */
export const needsRegion = (role: UserRole) => role === UserRole.REGION_REPRESENTATIVE;

@ObjectType({ description: 'What a user role means in the register, so that clients need not repeat the rules.' })
export class UserRoleInfo {
  @Field(() => UserRole)
  role: UserRole;

  @Field(() => Boolean, {
    description: 'Whether a user of the role speaks for one region, which createUser and updateUser then require.',
  })
  needsRegion: boolean;
}

export const userRoleInfos = (): UserRoleInfo[] =>
  Object.values(UserRole).map((role) => ({ role, needsRegion: needsRegion(role) }));
