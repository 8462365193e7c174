import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Tier } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { NominationStatus } from './nomination.entity.js';

@InputType()
export class OpenNominationInput {
  @Field(() => ID)
  groupId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => Int)
  @Min(1)
  @Max(50)
  seats: number;

  @Field(() => DateScalar, { description: 'The last day for proposals.' })
  dueDate: IsoDate;

  @Field(() => ID, { nullable: true, description: "Only candidates representing this region, for one region's seat." })
  regionId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;
}

@InputType()
export class ProposeCandidateInput {
  @Field(() => ID)
  nominationId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { description: 'The region that proposes the candidate and whose seat it would be.' })
  representedRegionId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  motivation?: string | null;

  @Field(() => Boolean)
  managerApproved: boolean;

  @Field(() => Boolean)
  conflictOfInterestDeclared: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  competence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

@InputType()
export class DecideNominationInput {
  @Field(() => ID)
  nominationId: string;

  @Field(() => [ID])
  appointCandidateIds: string[];

  @Field(() => DateScalar, { description: 'The first day of the appointed terms.' })
  startDate: IsoDate;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of the terms, if fixed.' })
  endDate?: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'E.g. "BG 2024-05-12 § 7".' })
  @IsOptional()
  @MaxLength(200)
  decisionReference?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'States the choice to close the nomination with nobody appointed; without it a decision with no appointees is refused (NO_APPOINTEES).',
  })
  closeWithoutAppointment?: boolean | null;
}

@InputType()
export class NominationFilter {
  @Field(() => [NominationStatus], { nullable: true })
  statuses?: NominationStatus[] | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => Tier, { nullable: true })
  tier?: Tier | null;

  @Field(() => ID, {
    nullable: true,
    description: "Nominations for this region's seat, or with a candidate representing it.",
  })
  regionId?: string | null;
}

@InputType({
  description:
    'Opens a nomination to renew a term that ends: the same group, role and region, with the incumbent proposed.',
})
export class OpenRenewalInput {
  @Field(() => ID)
  membershipId: string;

  @Field(() => DateScalar, { description: 'The last day for proposals.' })
  dueDate: IsoDate;
}

@InputType({ description: "Records a candidate's approvals and review; only the fields given change." })
export class UpdateCandidateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true })
  managerApproved?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  conflictOfInterestDeclared?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  declarationReviewed?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  motivation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  competence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}
