import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Connection, PageArgs } from '../../common/connection.js';
import { Region } from '../geography/region.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';
import { Person } from './person.entity.js';

@ObjectType()
export class PersonConnection extends Connection(Person) {}

@Resolver(() => Person)
export class PersonsResolver {
  @Query(() => PersonConnection, { description: 'Persons sorted by name; search matches name or e-mail.' })
  persons(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false }) includeArchived: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: Context,
  ) {
    return services.persons.list(search, includeArchived, page);
  }

  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.persons.find(id);
  }

  @Mutation(() => Person)
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: Context) {
    return ctx.services.persons.create(actorOf(ctx), input);
  }

  @Mutation(() => Person)
  updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: Context) {
    return ctx.services.persons.update(actorOf(ctx), input);
  }

  @Mutation(() => Person, { description: 'Hides the person from search; every past seat stays.' })
  archivePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.persons.archive(actorOf(ctx), id);
  }

  @FieldResolver(() => Region, { nullable: true })
  employerRegion(@Root() person: Person, @Ctx() { loaders }: Context) {
    return person.employerRegionId ? loaders.region.load(person.employerRegionId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation other than a region that employs the person; null when a region does or none.',
  })
  employerOrganisation(@Root() person: Person, @Ctx() { loaders }: Context) {
    return person.employerOrganisationId ? loaders.organisation.load(person.employerOrganisationId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the signed-in user may edit this person (the API refuses otherwise).',
  })
  viewerMayEdit(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.services.persons.mayEdit(actorOf(ctx), person);
  }
}

/** How many persons an organisation employs: the field lives on Organisation, its data here. */
@Resolver(() => Organisation)
export class OrganisationEmployeesResolver {
  @FieldResolver(() => Int, { description: 'Persons (not archived) the organisation employs.' })
  async employeeCount(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return (await loaders.employeeCount.load(organisation.id))?.count ?? 0;
  }
}
