import { Field, ObjectType } from 'type-graphql';
import {
  counterpartTypeOf,
  GroupKind,
  GroupType,
  isBody,
  kindOf,
  parentTypeOf,
  takesHealthcareRegion,
  Tier,
  tierOf,
} from './group-type.js';

@ObjectType({ description: 'The structure rules of a group type, so that clients can offer only valid choices.' })
export class GroupTypeInfo {
  @Field(() => GroupType)
  type: GroupType;

  @Field(() => Tier)
  tier: Tier;

  @Field(() => GroupKind)
  kind: GroupKind;

  @Field(() => GroupType, {
    nullable: true,
    description: 'The type a parent must have; null when the type has no parent.',
  })
  parentType: GroupType | null;

  @Field(() => GroupType, {
    nullable: true,
    description: 'The type a counterpart must have; null on the national tier.',
  })
  counterpartType: GroupType | null;

  @Field(() => Boolean, {
    description:
      'Whether the group belongs to a healthcare region (required; a national body: the healthcare region whose seats it holds) or, for an NPO, may name its host.',
  })
  takesHealthcareRegion: boolean;

  @Field(() => Boolean, { description: 'Whether the group belongs to a region (local groups).' })
  takesRegion: boolean;

  @Field(() => Boolean, {
    description:
      'Whether the type is a body (FD, AU, BG, RLS, RSK, council, national body) rather than one of the nine.',
  })
  isBody: boolean;
}

export const groupTypeInfos = (): GroupTypeInfo[] =>
  Object.values(GroupType).map((type) => ({
    type,
    tier: tierOf(type),
    kind: kindOf(type),
    parentType: parentTypeOf(type),
    counterpartType: counterpartTypeOf(type),
    takesHealthcareRegion: takesHealthcareRegion(type),
    takesRegion: tierOf(type) === Tier.LOCAL,
    isBody: isBody(type),
  }));
