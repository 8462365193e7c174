import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Organisation } from '../organisations/organisation.entity.js';

/** Seats representing an organisation: the field lives on Organisation, its data here. */
@Resolver(() => Organisation)
export class OrganisationSeatsResolver {
  @FieldResolver(() => Int, { description: 'Seats representing the organisation active on asOf (default: today).' })
  async seatCount(
    @Root() organisation: Organisation,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { loaders, services }: Context,
  ) {
    return (await loaders.organisationSeatCount(asOf ?? services.clock.today()).load(organisation.id))?.count ?? 0;
  }
}
