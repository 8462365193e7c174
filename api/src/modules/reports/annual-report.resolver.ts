import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';

@ObjectType({ description: "The annual report's section on the goals, in Swedish: plain text, paragraphs separated by blank lines." })
export class AnnualReportSection {
  @Field(() => Int)
  year: number;

  @Field(() => String)
  text: string;
}

@Resolver()
export class AnnualReportResolver {
  @Query(() => AnnualReportSection, { description: 'The annual report\'s section on the member-share goals and dialogue goals of one healthcare region, in Swedish.' })
  annualReport(@Arg('year', () => Int) year: number, @Arg('healthcareRegionId', () => ID) healthcareRegionId: string, @Ctx() { services }: Context) {
    return services.annualReport.section(year, healthcareRegionId);
  }
}
