import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OrganisationKind } from './organisation.entity.js';

@InputType()
export class CreateOrganisationInput {
  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => ID, { nullable: true, description: 'The region it lies in; none for a national organisation.' })
  regionId?: string | null;
}

@InputType({ description: 'Only the fields given change; give regionId null to clear it.' })
export class UpdateOrganisationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
