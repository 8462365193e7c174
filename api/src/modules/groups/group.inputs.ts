import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GroupStatus, GroupType, Tier } from './group-type.js';

@InputType({ description: 'Narrows a list of groups; all given conditions must hold.' })
export class GroupFilter {
  @Field(() => [GroupType], { nullable: true })
  types?: GroupType[] | null;

  @Field(() => Tier, { nullable: true })
  tier?: Tier | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also list bodies (FD, BG, RSK …); without it, and without types naming them, only the nine types.',
  })
  includeBodies?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Owner (RPO/RAG/RSG) or host (NPO).' })
  healthcareRegionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Owner of local groups.' })
  regionId?: string | null;

  @Field(() => GroupStatus, { nullable: true })
  status?: GroupStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only the working groups under this programme area.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType()
export class CreateGroupInput {
  @Field(() => String)
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => GroupType)
  type: GroupType;

  @Field(() => ID, { nullable: true, description: 'The programme area a working group sits under.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The group of the same kind one tier up.' })
  counterpartId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for RPO/RAG/RSG (inherited from the parent); host of an NPO.',
  })
  healthcareRegionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for LPO/LAG/LSG (inherited from the parent).' })
  regionId?: string | null;

  @Field(() => Boolean, { nullable: true })
  universityHealthcare?: boolean | null;

  @Field(() => GroupStatus, { nullable: true })
  status?: GroupStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  mandate?: string | null;
}

@InputType({ description: 'Only the fields given change; give null to clear an optional field.' })
export class UpdateGroupInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; a newer one in the register is a CONFLICT.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  counterpartId?: string | null;

  @Field(() => ID, { nullable: true })
  healthcareRegionId?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => Boolean, { nullable: true })
  universityHealthcare?: boolean | null;

  @Field(() => GroupStatus, { nullable: true })
  status?: GroupStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  mandate?: string | null;
}
