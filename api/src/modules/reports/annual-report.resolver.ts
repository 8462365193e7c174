import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DialogueYearOverview } from '../dialogues/dialogue.types.js';
import { GoalVerdict } from '../goals/goal-verdict.js';
import { ShareGoal } from '../goals/share-goal.entity.js';
import type { Context } from '../../common/context.js';

@ObjectType({ description: 'One goal as the annual report states it.' })
export class AnnualGoal {
  @Field(() => Int)
  number: number;

  @Field(() => String)
  name: string;

  @Field(() => GoalVerdict)
  verdict: GoalVerdict;

  @Field(() => String, { description: "The report's paragraph on the goal, in Swedish, after its number and name." })
  text: string;
}

@ObjectType({
  description: "The annual report's section on the goals, in Swedish: plain text, paragraphs separated by blank lines.",
})
export class AnnualReportSection {
  @Field(() => Int)
  year: number;

  @Field(() => String, {
    description: "The heading, each goal's paragraph in number order, then the roll-up.",
  })
  text: string;

  @Field(() => [AnnualGoal], {
    description:
      "The numbered share goals with their target date in the year and the healthcare region's operational goals, by number.",
  })
  goals: AnnualGoal[];

  @Field(() => String, { description: 'How many of the goals are met, e.g. "Fem av sex mål är uppnådda."' })
  rollUp: string;

  healthcareRegionId: string;
}

@Resolver(() => AnnualReportSection)
export class AnnualReportResolver {
  @Query(() => AnnualReportSection, {
    description: "The annual report's section on the goals of one healthcare region, in Swedish.",
  })
  annualReport(
    @Arg('year', () => Int) year: number,
    @Arg('healthcareRegionId', () => ID) healthcareRegionId: string,
    @Ctx() { services }: Context,
  ) {
    return services.annualReport.section(year, healthcareRegionId);
  }

  @FieldResolver(() => [ShareGoal], {
    description: 'The member-share goals the section follows up: those with their target date in the year.',
  })
  shareGoals(@Root() section: AnnualReportSection, @Ctx() { services }: Context) {
    return services.annualReport.goalsOf(section.year, section.healthcareRegionId);
  }

  @FieldResolver(() => DialogueYearOverview, {
    description: "The year's dialogues: the coverage and goals the section states.",
  })
  dialogues(@Root() section: AnnualReportSection, @Ctx() { services }: Context) {
    return services.dialogues.overview(section.year);
  }
}
