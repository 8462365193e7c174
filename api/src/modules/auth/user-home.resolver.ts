import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { HealthcareRegion } from '../geography/healthcare-region.entity.js';
import { UserRoleInfo, userRoleInfos } from './user-role-info.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserHomeResolver {
  @Query(() => [UserRoleInfo], { description: 'Every user role with what it asks of a user.' })
  userRoles() {
    return userRoleInfos();
  }

  @FieldResolver(() => HealthcareRegion, {
    nullable: true,
    description:
      "The healthcare region the pages open on: that of the user's region, else the register's home healthcare " +
      'region (HOME_HEALTHCARE_REGION). Null only before the reference data is seeded.',
  })
  homeHealthcareRegion(@Root() user: User, @Ctx() { services }: Context) {
    return services.geography.homeHealthcareRegion(user.regionId);
  }
}
