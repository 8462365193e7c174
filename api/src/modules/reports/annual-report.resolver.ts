import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DialogueYearOverview } from '../dialogues/dialogue.types.js';
import { ShareGoal } from '../goals/share-goal.entity.js';
import type { Context } from '../../common/context.js';

@ObjectType({
  description: "The annual report's section on the goals, in Swedish: plain text, paragraphs separated by blank lines.",
})
export class AnnualReportSection {
  @Field(() => Int)
  year: number;

  @Field(() => String)
  text: string;

  healthcareRegionId: string;
}

@Resolver(() => AnnualReportSection)
export class AnnualReportResolver {
  @Query(() => AnnualReportSection, {
    description:
      "The annual report's section on the member-share goals and dialogue goals of one healthcare region, in Swedish.",
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
