import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Organisation } from '../organisations/organisation.entity.js';

/** How many persons an organisation employs: the field lives on Organisation, its data here. */
@Resolver(() => Organisation)
export class OrganisationEmployeesResolver {
  @FieldResolver(() => Int, { description: 'Persons (not archived) the organisation employs.' })
  async employeeCount(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return (await loaders.employeeCount.load(organisation.id))?.count ?? 0;
  }
}
