import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Tracked } from '../../common/tracked.entity.js';
import { GroupType } from '../groups/group-type.js';
import { CareLevel } from '../persons/person.entity.js';

/** What a rule of a group's composition looks at. */
export enum CompositionRuleKind {
  EVERY_AREA_REPRESENTED = 'EVERY_AREA_REPRESENTED',
  GENDER_BALANCE = 'GENDER_BALANCE',
  PROFESSIONS = 'PROFESSIONS',
  CARE_LEVELS = 'CARE_LEVELS',
  PATIENT_REPRESENTATIVE = 'PATIENT_REPRESENTATIVE',
  MUNICIPAL_REPRESENTATIVE = 'MUNICIPAL_REPRESENTATIVE',
  INTERESTS_REVIEWED = 'INTERESTS_REVIEWED',
  CHAIR_TERM_LIMIT = 'CHAIR_TERM_LIMIT',
}

registerEnumType(CompositionRuleKind, {
  name: 'CompositionRuleKind',
  valuesConfig: {
    EVERY_AREA_REPRESENTED: {
      description: 'Every healthcare region (national groups) or every region of the healthcare region represented.',
    },
    GENDER_BALANCE: { description: 'Each gender at least minShare of the members with a recorded gender.' },
    PROFESSIONS: { description: 'At least minCount different professions among the members who recorded one.' },
    CARE_LEVELS: { description: 'Every care level in careLevels represented among the members.' },
    PATIENT_REPRESENTATIVE: { description: 'At least minCount patient representatives.' },
    MUNICIPAL_REPRESENTATIVE: { description: 'At least minCount seats representing a municipality.' },
    INTERESTS_REVIEWED: { description: "Every member's conflict-of-interest declaration reviewed within years." },
    CHAIR_TERM_LIMIT: { description: "The chair's continuous term at most years long." },
  },
});

/** How much a broken rule weighs: red on the heat map, or amber. */
export enum RuleSeverity {
  REQUIRED = 'REQUIRED',
  ADVISORY = 'ADVISORY',
}

registerEnumType(RuleSeverity, {
  name: 'RuleSeverity',
  valuesConfig: {
    REQUIRED: { description: 'Ska: a group that breaks it is red.' },
    ADVISORY: { description: 'Bör: a group that breaks it is amber.' },
  },
});

/**
 * One rule of how groups of a type are to be composed, kept as data so that coordinators can change what an NAG
 * asks for without a release. The same rules drive the composition card, the heat map and the decision warnings.
 */
@ObjectType({ description: 'A rule of how groups of one type are to be composed.' })
@Entity('composition_rules')
@Index(['groupType', 'kind'], { unique: true })
export class CompositionRule extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => GroupType)
  @Column({ type: 'varchar', length: 16 })
  groupType: GroupType;

  @Field(() => CompositionRuleKind)
  @Column({ type: 'varchar', length: 30 })
  kind: CompositionRuleKind;

  @Field(() => RuleSeverity)
  @Column({ type: 'varchar', length: 10 })
  severity: RuleSeverity;

  @Field(() => Float, { nullable: true, description: 'GENDER_BALANCE: the least share of each gender, e.g. 0.4.' })
  @Column({ type: 'float', nullable: true })
  minShare: number | null;

  @Field(() => Int, { nullable: true, description: 'PROFESSIONS, PATIENT_REPRESENTATIVE, MUNICIPAL_REPRESENTATIVE.' })
  @Column({ type: 'integer', nullable: true })
  minCount: number | null;

  @Field(() => Int, { nullable: true, description: 'INTERESTS_REVIEWED and CHAIR_TERM_LIMIT: a span in years.' })
  @Column({ type: 'integer', nullable: true })
  years: number | null;

  @Field(() => [CareLevel], { description: 'CARE_LEVELS: the levels to be represented; empty for other kinds.' })
  @Column({ type: 'simple-array', nullable: true })
  careLevels: CareLevel[];
}
