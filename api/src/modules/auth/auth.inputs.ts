import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';
import { UserRole } from '../../common/user-role.js';

export const MIN_PASSWORD_LENGTH = 10;

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => User)
  user: User;

  @Field(() => Date)
  expiresAt: Date;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an e-mail address such as name@region.se' })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(200)
  password: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => ID, { nullable: true, description: 'Required for REGION_REPRESENTATIVE: the region they speak for.' })
  regionId?: string | null;
}

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => UserRole, { nullable: true })
  role?: UserRole | null;

  @Field(() => ID, { nullable: true, description: 'The region of a REGION_REPRESENTATIVE; ignored for other roles.' })
  regionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the user and ends their sessions.' })
  active?: boolean | null;
}

@InputType()
export class SetUserPasswordInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(200)
  password: string;
}

@ObjectType({ description: "What a user's role lets them do; the API refuses the rest with FORBIDDEN." })
export class UserPermissions {
  @Field(() => Boolean, { description: 'Change groups, memberships, goals, seats and nominations.' })
  editRegister: boolean;

  @Field(() => Boolean, { description: 'Propose candidates (a region representative for their own region).' })
  proposeCandidates: boolean;

  @Field(() => Boolean, { description: 'Add persons (a region representative those employed by their region).' })
  addPersons: boolean;

  @Field(() => Boolean)
  logDialogues: boolean;

  @Field(() => Boolean)
  manageUsers: boolean;

  @Field(() => Boolean, { description: 'Produce register extracts, erase persons and review them for erasure.' })
  handlePersonalData: boolean;
}
