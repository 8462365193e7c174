import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Region } from '../geography/region.entity.js';
import { permissionsOf } from '../../common/actor.js';
import { AuthPayload, CreateUserInput, SetUserPasswordInput, UpdateUserInput, UserPermissions } from './auth.inputs.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'The only operation open without signing in.' })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { services, address }: Context,
  ) {
    return services.auth.login(email, password, address);
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request was sent with.' })
  logout(@Ctx() ctx: Context) {
    return ctx.token ? ctx.services.auth.logout(ctx.token) : false;
  }

  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: Context) {
    return ctx.services.auth.user(actorOf(ctx).userId);
  }

  @Mutation(() => User, { description: 'ADMIN only.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.auth.createUser(actorOf(ctx), input);
  }

  @Query(() => [User], { description: 'ADMIN only: every user, active or not.' })
  users(@Ctx() ctx: Context) {
    return ctx.services.auth.users(actorOf(ctx));
  }

  @Mutation(() => User, { description: 'ADMIN only: change role, region or deactivate (which ends their sessions).' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context) {
    return ctx.services.auth.updateUser(actorOf(ctx), input);
  }

  @Mutation(() => User, { description: "ADMIN only: a new password for a user; the user's sessions end." })
  setUserPassword(@Arg('input', () => SetUserPasswordInput) input: SetUserPasswordInput, @Ctx() ctx: Context) {
    return ctx.services.auth.setUserPassword(actorOf(ctx), input.id, input.password);
  }

  @FieldResolver(() => UserPermissions)
  permissions(@Root() user: User) {
    return permissionsOf(user.role);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region a region representative speaks for.' })
  region(@Root() user: User, @Ctx() { loaders }: Context) {
    return user.regionId ? loaders.region.load(user.regionId) : null;
  }
}
