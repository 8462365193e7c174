import { IsEmail, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CareLevel, Gender } from './person.entity.js';

/** The fields a person is created and corrected with alike; null clears an optional field. */
@InputType()
abstract class PersonFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address such as name@region.se' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => ID, { nullable: true })
  employerRegionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An organisation other than a region that employs the person; not together with employerRegionId.',
  })
  employerOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Profession, e.g. "Läkare".' })
  @IsOptional()
  @MaxLength(100)
  profession?: string | null;

  @Field(() => CareLevel, { nullable: true })
  careLevel?: CareLevel | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

@InputType()
export class CreatePersonInput extends PersonFieldsInput {
  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

@InputType({ description: 'Only the fields given change; give null to clear an optional field.' })
export class UpdatePersonInput extends PersonFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;
}
