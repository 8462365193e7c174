import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { GroupType } from '../groups/group-type.js';
import { Group } from '../groups/group.entity.js';
import { MemberRole } from '../memberships/member-role.js';
import { CareLevel } from '../persons/person.entity.js';
import { CompositionRule, CompositionRuleKind, RuleSeverity } from './composition-rule.entity.js';

/** How a group stands against a rule, or against all its rules: the worst of them. */
export enum CompositionStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

registerEnumType(CompositionStatus, {
  name: 'CompositionStatus',
  valuesConfig: {
    GREEN: { description: 'The rule is met.' },
    AMBER: { description: 'An advisory rule is broken, or a rule cannot be judged (nothing recorded to judge by).' },
    RED: { description: 'A required rule is broken.' },
  },
});

@ObjectType({ description: 'How a group stands against one composition rule on a day.' })
export class CompositionCheck {
  @Field(() => CompositionRule)
  rule: CompositionRule;

  @Field(() => CompositionStatus)
  status: CompositionStatus;

  @Field(() => String, { description: 'In plain Swedish, written by the server.' })
  message: string;

  @Field(() => MemberRole, {
    nullable: true,
    description: 'The role a nomination to mend a broken rule would ask for; null when a nomination would not mend it.',
  })
  suggestedRole: MemberRole | null;

  /** Resolved to `suggestedRegions` by the resolver. */
  suggestedRegionIds: string[];
}

@ObjectType({ description: "A group's composition on a day: every rule of its type, and the worst status." })
export class GroupComposition {
  @Field(() => Group)
  group: Group;

  @Field(() => DateScalar)
  asOf: IsoDate;

  @Field(() => CompositionStatus, { description: 'RED if a check is red, else AMBER if one is amber, else GREEN.' })
  status: CompositionStatus;

  @Field(() => [CompositionCheck], { description: 'One per rule of the group type, in the order of the rule kinds.' })
  checks: CompositionCheck[];
}

@ObjectType({ description: 'The composition of every group of a tier on a day: groups × rules.' })
export class CompositionHeatMap {
  @Field(() => DateScalar)
  asOf: IsoDate;

  @Field(() => [CompositionRuleKind], { description: 'The columns: every kind some listed group type has a rule of.' })
  rules: CompositionRuleKind[];

  @Field(() => [GroupComposition], { description: 'The rows: one per group, by name.' })
  rows: GroupComposition[];
}

@ObjectType({ description: 'A kind of composition rule and the one field it takes, as a form for a rule offers it.' })
export class CompositionRuleKindInfo {
  @Field(() => CompositionRuleKind)
  kind: CompositionRuleKind;

  @Field(() => String, {
    nullable: true,
    description: 'minShare, minCount, years or careLevels; null when the kind takes none (EVERY_AREA_REPRESENTED).',
  })
  field: string | null;

  @Field(() => [GroupType], { description: 'The group types a rule of the kind may be written for.' })
  groupTypes: GroupType[];
}

@InputType()
export class CompositionRuleInput {
  @Field(() => GroupType)
  groupType: GroupType;

  @Field(() => CompositionRuleKind)
  kind: CompositionRuleKind;

  @Field(() => RuleSeverity)
  severity: RuleSeverity;

  @Field(() => Float, { nullable: true, description: 'GENDER_BALANCE only: 0 < minShare ≤ 0.5.' })
  @IsOptional()
  minShare?: number | null;

  @Field(() => Int, { nullable: true, description: 'PROFESSIONS, PATIENT_REPRESENTATIVE, MUNICIPAL_REPRESENTATIVE.' })
  @IsOptional()
  minCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'INTERESTS_REVIEWED, CHAIR_TERM_LIMIT.' })
  @IsOptional()
  years?: number | null;

  @Field(() => [CareLevel], { nullable: true, description: 'CARE_LEVELS only.' })
  @IsOptional()
  @ArrayMaxSize(3)
  careLevels?: CareLevel[] | null;
}

@InputType()
export class UpdateCompositionRuleInput {
  @Field(() => ID)
  id: string;

  @Field(() => RuleSeverity, { nullable: true })
  @IsOptional()
  severity?: RuleSeverity | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  minShare?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  minCount?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  years?: number | null;

  @Field(() => [CareLevel], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3)
  careLevels?: CareLevel[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion?: number | null;
}
