import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { Region } from '../geography/region.entity.js';
import { GroupType, Tier } from '../groups/group-type.js';
import { Group } from '../groups/group.entity.js';
import { CareLevel } from '../persons/person.entity.js';
import { CompositionRule } from './composition-rule.entity.js';
import {
  CompositionCheck,
  CompositionHeatMap,
  CompositionRuleInput,
  CompositionRuleKindInfo,
  GroupComposition,
  UpdateCompositionRuleInput,
} from './composition.types.js';

@Resolver(() => CompositionRule)
export class CompositionRulesResolver {
  @Query(() => [CompositionRule], { description: 'The composition rules, of one group type or of all.' })
  compositionRules(
    @Arg('groupType', () => GroupType, { nullable: true }) groupType: GroupType | null,
    @Ctx() { services }: Context,
  ) {
    return services.composition.listRules(groupType);
  }

  @Query(() => [CompositionRuleKindInfo], { description: 'Every kind of rule with the field it takes.' })
  compositionRuleKinds(@Ctx() { services }: Context) {
    return services.composition.kinds();
  }

  @Query(() => CompositionHeatMap, {
    description:
      'Every open group of the tier (of the types asked, by default the nine types of the tier) against its rules on asOf (default today).',
  })
  compositionHeatMap(
    @Arg('tier', () => Tier) tier: Tier,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Arg('types', () => [GroupType], { nullable: true }) types: GroupType[] | null,
    @Arg('healthcareRegionId', () => ID, { nullable: true }) healthcareRegionId: string | null,
    @Ctx() { services }: Context,
  ) {
    return services.composition.heatMap({ tier, types, healthcareRegionId }, asOf);
  }

  @Mutation(() => CompositionRule)
  createCompositionRule(@Arg('input', () => CompositionRuleInput) input: CompositionRuleInput, @Ctx() ctx: Context) {
    return ctx.services.composition.createRule(actorOf(ctx), input);
  }

  @Mutation(() => CompositionRule)
  updateCompositionRule(
    @Arg('input', () => UpdateCompositionRuleInput) input: UpdateCompositionRuleInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.composition.updateRule(actorOf(ctx), input);
  }

  @Mutation(() => ID, { description: 'Deletes a rule; returns its id.' })
  deleteCompositionRule(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.composition.deleteRule(actorOf(ctx), id, expectedVersion);
  }

  @FieldResolver(() => [CareLevel], {
    description: 'CARE_LEVELS: the levels to be represented; empty for other kinds.',
  })
  careLevels(@Root() rule: CompositionRule): CareLevel[] {
    return rule.careLevels ?? [];
  }
}

@Resolver(() => CompositionCheck)
export class CompositionCheckResolver {
  @FieldResolver(() => [Region], { description: 'The regions a nomination to mend the check could ask.' })
  async suggestedRegions(@Root() check: CompositionCheck, @Ctx() { loaders }: Context) {
    const regions = await loaders.region.loadMany(check.suggestedRegionIds);
    return regions.filter((r): r is Region => r instanceof Region);
  }
}

@Resolver(() => Group)
export class GroupCompositionResolver {
  @FieldResolver(() => GroupComposition, {
    description: "The group against its type's composition rules on asOf (default today).",
  })
  async composition(
    @Root() group: Group,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { loaders }: Context,
  ) {
    const [composition] = await loaders.groupComposition(asOf).load(group.id);
    return composition;
  }
}
