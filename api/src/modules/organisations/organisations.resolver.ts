import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Region } from '../geography/region.entity.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  @Query(() => [Organisation], { description: 'Organisations sorted by name; search matches the name.' })
  organisations(
    @Arg('kind', () => OrganisationKind, { nullable: true }) kind: OrganisationKind | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() { services }: Context,
  ) {
    return services.organisations.list(kind, search);
  }

  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.organisations.find(id);
  }

  @Mutation(() => Organisation)
  createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: Context) {
    return ctx.services.organisations.create(actorOf(ctx), input);
  }

  @Mutation(() => Organisation)
  updateOrganisation(@Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput, @Ctx() ctx: Context) {
    return ctx.services.organisations.update(actorOf(ctx), input);
  }

  @Mutation(() => ID, {
    description: 'Deletes an organisation that employs nobody and no seat represents (ORGANISATION_IN_USE otherwise).',
  })
  deleteOrganisation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ctx.services.organisations.delete(actorOf(ctx), id, expectedVersion);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region it lies in; null for national ones.' })
  region(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return organisation.regionId ? loaders.region.load(organisation.regionId) : null;
  }
}
