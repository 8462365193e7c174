import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { MemberRole, Participation } from './member-role.js';

/** The fields a membership is added and corrected with alike. */
@InputType()
abstract class MembershipTiesInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation whose seat this is (a municipal or patient organisation seat), instead of a region.',
  })
  representedOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: "A deputy's member: a voting seat of the same group at the time." })
  standsInForId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the declaration of interests was last reviewed; not in the future.',
  })
  interestsReviewedOn?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class AddMembershipInput extends MembershipTiesInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => ID, {
    nullable: true,
    description:
      'The region whose seat this is: required for chair, vice chair, member and deputy outside local groups; none for other roles.',
  })
  representedRegionId?: string | null;

  @Field(() => Participation, { nullable: true, description: "Default: the role's defaultParticipation." })
  participation?: Participation | null;

  @Field(() => DateScalar)
  startDate: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'The last day served, if the term is known.' })
  endDate?: IsoDate | null;
}

@InputType({ description: 'Corrects a membership; only the fields given change. To end a term use endMembership.' })
export class UpdateMembershipInput extends MembershipTiesInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => MemberRole, { nullable: true })
  role?: MemberRole | null;

  @Field(() => ID, { nullable: true })
  representedRegionId?: string | null;

  @Field(() => Participation, {
    nullable: true,
    description: "Omitted: kept, or the new role's default when the role changes.",
  })
  participation?: Participation | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: IsoDate | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: IsoDate | null;
}
