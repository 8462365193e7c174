import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { ShareGoal } from '../goals/share-goal.entity.js';
import { GoalEvaluation } from '../goals/share-goal.types.js';
import { MemberRole } from '../memberships/member-role.js';
import { RepresentationReport } from '../representation/representation.types.js';

@InputType({ description: 'A seat that a decision would fill.' })
export class PlannedAppointment {
  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  representedRegionId: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  role: MemberRole;
}

@InputType({ description: 'Appointments and endings to preview; nothing is written.' })
export class RepresentationImpactInput {
  @Field(() => ID)
  healthcareRegionId: string;

  @Field(() => DateScalar, { description: 'The day the changes would take effect.' })
  asOf: IsoDate;

  @Field(() => [Tier], { nullable: true })
  tiers?: Tier[] | null;

  @Field(() => [GroupType], { nullable: true })
  types?: GroupType[] | null;

  @Field(() => [MemberRole], { nullable: true })
  roles?: MemberRole[] | null;

  @Field(() => [PlannedAppointment], { defaultValue: [] })
  appoint: PlannedAppointment[];

  @Field(() => [ID], { defaultValue: [], description: 'Memberships that would end the day before asOf.' })
  endMembershipIds: string[];
}

@ObjectType()
export class GoalImpact {
  @Field(() => ShareGoal)
  goal: ShareGoal;

  @Field(() => GoalEvaluation)
  before: GoalEvaluation;

  @Field(() => GoalEvaluation)
  after: GoalEvaluation;

  @Field(() => Boolean, {
    description: "True when the changes move a region's share in the goal or whether the goal is met.",
  })
  affected: boolean;

  @Field(() => [ID], { description: 'The regions of the goal whose share the changes move.' })
  affectedRegionIds: string[];
}

@ObjectType({
  description: 'The shares and every goal of the healthcare region, before and after the previewed changes.',
})
export class RepresentationImpact {
  @Field(() => RepresentationReport)
  before: RepresentationReport;

  @Field(() => RepresentationReport)
  after: RepresentationReport;

  @Field(() => [GoalImpact])
  goals: GoalImpact[];
}

@ObjectType({ description: 'How much one more seat for a region would move the shares towards population parity.' })
export class SeatRecommendation {
  @Field(() => Int, { description: '1 is the region that should get the next seat.' })
  rank: number;

  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  seats: number;

  @Field(() => Float)
  share: number;

  @Field(() => Float)
  populationShare: number;

  @Field(() => Float, { description: 'The share if this region got the seat.' })
  shareIfAppointed: number;

  @Field(() => Float, {
    description: 'Sainte-Laguë quotient: population / (2 × seats + 1); the highest gets the next seat.',
  })
  quotient: number;

  @Field(() => String, { description: 'Why, in Swedish.' })
  reason: string;
}
