import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { Connection, PageArgs } from '../../common/connection.js';
import type { IsoDate } from '../../common/dates.js';
import { DateScalar } from '../../common/scalars.js';
import { User } from '../auth/user.entity.js';
import { Group } from '../groups/group.entity.js';
import { Person } from '../persons/person.entity.js';
import {
  ActionStatus,
  Dialogue,
  DialogueAction,
  DialogueAnswer,
  DialogueQuestion,
  DialogueRevision,
} from './dialogue.entity.js';
import {
  CreateDialogueQuestionInput,
  DialogueCoverage,
  DialogueYearOverview,
  LogDialogueInput,
  UpdateDialogueInput,
  UpdateDialogueQuestionInput,
} from './dialogue.types.js';

@ObjectType()
class DialogueConnection extends Connection(Dialogue) {}

@Resolver(() => Dialogue)
export class DialoguesResolver {
  @Query(() => [DialogueQuestion], { description: "One year's question set, in order." })
  dialogueQuestions(@Arg('year', () => Int) year: number, @Ctx() { services }: Context) {
    return services.dialogues.questions(year);
  }

  @Mutation(() => DialogueQuestion)
  createDialogueQuestion(
    @Arg('input', () => CreateDialogueQuestionInput) input: CreateDialogueQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.dialogues.createQuestion(actorOf(ctx), input);
  }

  @Mutation(() => DialogueQuestion)
  updateDialogueQuestion(
    @Arg('input', () => UpdateDialogueQuestionInput) input: UpdateDialogueQuestionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.dialogues.updateQuestion(actorOf(ctx), input);
  }

  @Mutation(() => [DialogueQuestion], {
    description: "Starts toYear's question set from fromYear's; existing keys are kept.",
  })
  copyDialogueQuestions(
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.dialogues.copyQuestions(actorOf(ctx), fromYear, toYear);
  }

  @Query(() => DialogueConnection, { description: 'Dialogues by the day they were held.' })
  dialogues(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('groupId', () => ID, { nullable: true }) groupId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { services }: Context,
  ) {
    return services.dialogues.list({ year, groupId }, page);
  }

  @Query(() => Dialogue, { nullable: true })
  dialogue(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.dialogues.find(id);
  }

  @Mutation(() => Dialogue)
  logDialogue(@Arg('input', () => LogDialogueInput) input: LogDialogueInput, @Ctx() ctx: Context) {
    return ctx.services.dialogues.log(actorOf(ctx), input);
  }

  @Mutation(() => Dialogue, { description: 'Edits a dialogue; the earlier state is kept in revisions.' })
  updateDialogue(@Arg('input', () => UpdateDialogueInput) input: UpdateDialogueInput, @Ctx() ctx: Context) {
    return ctx.services.dialogues.update(actorOf(ctx), input);
  }

  @Mutation(() => DialogueAction)
  setDialogueActionStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ActionStatus) status: ActionStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.dialogues.setActionStatus(actorOf(ctx), id, status);
  }

  @Query(() => DialogueCoverage)
  dialogueCoverage(
    @Arg('year', () => Int) year: number,
    @Arg('questionKey', () => String) questionKey: string,
    @Ctx() { services }: Context,
  ) {
    return services.dialogues.coverage(year, questionKey);
  }

  @Query(() => DialogueYearOverview, {
    description: 'Groups × questions of a year, with coverage and the goals that rest on it.',
  })
  dialogueYearOverview(@Arg('year', () => Int) year: number, @Ctx() { services }: Context) {
    return services.dialogues.overview(year);
  }

  @Query(() => [DialogueAction], { description: 'Open actions past their due date (default: today).' })
  overdueDialogueActions(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | null,
    @Ctx() { services }: Context,
  ) {
    return services.dialogues.overdueActions(asOf);
  }

  @FieldResolver(() => Group)
  group(@Root() dialogue: Dialogue, @Ctx() { loaders }: Context) {
    return loaders.group.load(dialogue.groupId);
  }

  @FieldResolver(() => [Person], { description: 'Members of the group on the day who took part.' })
  async participants(@Root() dialogue: Dialogue, @Ctx() { loaders }: Context) {
    const persons = await loaders.person.loadMany(dialogue.participantIds);
    return persons.filter((p): p is Person => p instanceof Person);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The dialogue lead who logged it; null for the seed data.',
  })
  lead(@Root() dialogue: Dialogue, @Ctx() { loaders }: Context) {
    return loaders.user.load(dialogue.leadUserId);
  }

  @FieldResolver(() => [DialogueAnswer])
  answers(@Root() dialogue: Dialogue, @Ctx() { loaders }: Context) {
    return loaders.answersOfDialogue.load(dialogue.id);
  }

  @FieldResolver(() => [DialogueAction])
  actions(@Root() dialogue: Dialogue, @Ctx() { loaders }: Context) {
    return loaders.actionsOfDialogue.load(dialogue.id);
  }

  @FieldResolver(() => [DialogueRevision], { description: 'Earlier states, oldest first.' })
  revisions(@Root() dialogue: Dialogue, @Ctx() { loaders }: Context) {
    return loaders.revisionsOfDialogue.load(dialogue.id);
  }
}

@Resolver(() => DialogueAnswer)
export class DialogueAnswersResolver {
  @FieldResolver(() => DialogueQuestion)
  question(@Root() answer: DialogueAnswer, @Ctx() { loaders }: Context) {
    return loaders.dialogueQuestion.load(answer.questionId);
  }
}

@Resolver(() => DialogueAction)
export class DialogueActionsResolver {
  @FieldResolver(() => Dialogue)
  dialogue(@Root() action: DialogueAction, @Ctx() { services }: Context) {
    return action.dialogue ?? services.dialogues.find(action.dialogueId);
  }
}

@Resolver(() => Group)
export class GroupDialoguesResolver {
  @FieldResolver(() => [Dialogue], { description: 'The follow-up dialogues held with the group, newest first.' })
  dialogues(@Root() group: Group, @Ctx() { loaders }: Context) {
    return loaders.dialoguesOfGroup.load(group.id);
  }

  @FieldResolver(() => [DialogueQuestion], { description: "The year's questions that are asked of this group." })
  async dialogueQuestions(@Root() group: Group, @Arg('year', () => Int) year: number, @Ctx() { services }: Context) {
    return services.dialogues.questionsFor(group, year);
  }

  @FieldResolver(() => [DialogueAction], {
    description: "Actions still open from the group's dialogues: what the next dialogue follows up.",
  })
  openDialogueActions(@Root() group: Group, @Ctx() { services }: Context) {
    return services.dialogues.openActionsOfGroups([group.id]);
  }
}
