import { Field, ObjectType } from 'type-graphql';

/** Something a coordinator should weigh before deciding; it does not stop the decision. */
@ObjectType({ description: 'A warning to weigh before deciding; it does not stop the decision.' })
export class NominationWarning {
  @Field(() => String, {
    description:
      'The broken composition rule: CHAIR_TERM_TOO_LONG, HEALTHCARE_REGION_MISSING, GENDER_IMBALANCE, or the name of another CompositionRuleKind.',
  })
  code: string;

  @Field(() => String, { description: 'In plain Swedish.' })
  message: string;
}
