import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { ConnectionData, PageArgs, paginate } from '../../common/connection.js';
import type { Clock, IsoDate } from '../../common/dates.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { Actor, DIALOGUE_KEEPERS, requireRole } from '../auth/actor.js';
import { UserRole } from '../auth/user-role.js';
import { Group } from '../groups/group.entity.js';
import { GroupStatus } from '../groups/group-type.js';
import { GroupsService } from '../groups/groups.service.js';
import { MembershipsService } from '../memberships/memberships.service.js';
import {
  ActionStatus,
  Dialogue,
  DialogueAction,
  DialogueAnswer,
  DialogueQuestion,
  DialogueRevision,
} from './dialogue.entity.js';
import {
  ActionInput,
  AnswerInput,
  CreateDialogueQuestionInput,
  DialogueCoverage,
  DialogueYearOverview,
  LogDialogueInput,
  UpdateDialogueInput,
  UpdateDialogueQuestionInput,
} from './dialogue.types.js';

/** Whether a question is asked of a group: its type is listed, and it runs university healthcare if required. */
export const appliesTo = (question: DialogueQuestion, group: Group) =>
  question.appliesTo.includes(group.type) && (!question.universityHealthcareOnly || group.universityHealthcare);

/** The yearly follow-up dialogues with RPOs and RSGs: question sets, logged dialogues, and coverage of the goals. */
export class DialoguesService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {}

  questions(year: number): Promise<DialogueQuestion[]> {
    return this.db.getRepository(DialogueQuestion).find({ where: { year }, order: { position: 'ASC', key: 'ASC' } });
  }

  async questionsFor(group: Group, year: number): Promise<DialogueQuestion[]> {
    return (await this.questions(year)).filter((question) => appliesTo(question, group));
  }

  questionsByIds(ids: readonly string[]): Promise<DialogueQuestion[]> {
    return this.db.getRepository(DialogueQuestion).findBy({ id: In(ids.filter(isId)) });
  }

  async createQuestion(actor: Actor, input: CreateDialogueQuestionInput): Promise<DialogueQuestion> {
    requireRole(actor, DIALOGUE_KEEPERS, 'create dialogue questions');
    return this.tx.run(async (em) => {
      const repo = em.getRepository(DialogueQuestion);
      const key = input.key.trim();
      if (await repo.existsBy({ year: input.year, key })) {
        throw conflict(`The ${input.year} question set already has a question "${key}".`, {
          reason: 'QUESTION_EXISTS',
          field: 'key',
        });
      }
      if (!input.appliesTo.length)
        throw badInput('A question applies to at least one group type.', { reason: 'REQUIRED', field: 'appliesTo' });
      const position = await repo.countBy({ year: input.year });
      const question = await repo.save(
        repo.create({
          ...input,
          key,
          text: input.text.trim(),
          goal: input.goal?.trim() || null,
          appliesTo: [...new Set(input.appliesTo)],
          position,
        }),
      );
      await this.recordQuestion(em, actor, 'createDialogueQuestion', null, question);
      return question;
    });
  }

  async updateQuestion(actor: Actor, input: UpdateDialogueQuestionInput): Promise<DialogueQuestion> {
    requireRole(actor, DIALOGUE_KEEPERS, 'edit dialogue questions');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'dialogue_questions', input.id);
      const question = isId(input.id) ? await em.getRepository(DialogueQuestion).findOneBy({ id: input.id }) : null;
      if (!question) throw notFound('DialogueQuestion', input.id);
      requireVersion(question, input.expectedVersion, 'question');
      if (input.appliesTo && !input.appliesTo.length)
        throw badInput('A question applies to at least one group type.', { reason: 'REQUIRED', field: 'appliesTo' });
      const before = this.audit.snapshot(question);
      if (input.text) question.text = input.text.trim();
      if (input.appliesTo) question.appliesTo = [...new Set(input.appliesTo)];
      if (input.universityHealthcareOnly != null) question.universityHealthcareOnly = input.universityHealthcareOnly;
      if (input.goal !== undefined) question.goal = input.goal?.trim() || null;
      await em.getRepository(DialogueQuestion).save(question);
      await this.recordQuestion(em, actor, 'updateDialogueQuestion', before, question);
      return question;
    });
  }

  /** Starts a year's question set from another year's; questions the target year already has are kept. */
  async copyQuestions(actor: Actor, fromYear: number, toYear: number): Promise<DialogueQuestion[]> {
    requireRole(actor, DIALOGUE_KEEPERS, 'copy dialogue questions');
    if (fromYear === toYear)
      throw badInput('Copy the questions to another year.', { reason: 'SAME_YEAR', field: 'toYear' });
    return this.tx.run(async (em) => {
      const repo = em.getRepository(DialogueQuestion);
      const source = await repo.find({ where: { year: fromYear }, order: { position: 'ASC' } });
      if (!source.length)
        throw badInput(`${fromYear} has no questions to copy.`, { reason: 'NO_QUESTIONS', field: 'fromYear' });
      const existing = new Set((await repo.findBy({ year: toYear })).map((q) => q.key));
      const copies = source
        .filter((q) => !existing.has(q.key))
        .map((q) =>
          repo.create({
            year: toYear,
            key: q.key,
            text: q.text,
            appliesTo: q.appliesTo,
            universityHealthcareOnly: q.universityHealthcareOnly,
            goal: q.goal,
            position: q.position,
          }),
        );
      await repo.save(copies);
      for (const copy of copies) await this.recordQuestion(em, actor, 'copyDialogueQuestions', null, copy);
      return repo.find({ where: { year: toYear }, order: { position: 'ASC' } });
    });
  }

  list(filter: { year?: number | null; groupId?: string | null }, page: PageArgs): Promise<ConnectionData<Dialogue>> {
    const query = this.db.getRepository(Dialogue).createQueryBuilder('d').where('1=1');
    if (filter.year) query.andWhere('d.year = :year', { year: filter.year });
    if (filter.groupId)
      query.andWhere('d.groupId = :groupId', { groupId: isId(filter.groupId) ? filter.groupId : null });
    return paginate(query, 'heldOn', (d) => d.heldOn, page);
  }

  async find(id: string): Promise<Dialogue | null> {
    return isId(id) ? this.db.getRepository(Dialogue).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<Dialogue[]> {
    return this.db.getRepository(Dialogue).findBy({ id: In(ids.filter(isId)) });
  }

  dialoguesOfGroups(groupIds: readonly string[]): Promise<Dialogue[]> {
    return this.db
      .getRepository(Dialogue)
      .find({ where: { groupId: In(groupIds.filter(isId)) }, order: { heldOn: 'DESC' } });
  }

  answersOf(dialogueIds: readonly string[], em: EntityManager = this.db.manager): Promise<DialogueAnswer[]> {
    return em.getRepository(DialogueAnswer).findBy({ dialogueId: In(dialogueIds.filter(isId)) });
  }

  actionsOf(dialogueIds: readonly string[], em: EntityManager = this.db.manager): Promise<DialogueAction[]> {
    return em
      .getRepository(DialogueAction)
      .find({ where: { dialogueId: In(dialogueIds.filter(isId)) }, order: { dueDate: 'ASC', id: 'ASC' } });
  }

  revisionsOf(dialogueIds: readonly string[]): Promise<DialogueRevision[]> {
    return this.db
      .getRepository(DialogueRevision)
      .find({ where: { dialogueId: In(dialogueIds.filter(isId)) }, order: { version: 'ASC' } });
  }

  /** Open actions past their due date, the most overdue first. */
  overdueActions(asOf: IsoDate | null): Promise<DialogueAction[]> {
    return this.db.getRepository(DialogueAction).find({
      where: { status: ActionStatus.OPEN, dueDate: LessThan(asOf ?? this.clock.today()) },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
  }

  /** Actions still open from a group's earlier dialogues: what its next dialogue follows up. */
  async openActionsOfGroups(groupIds: readonly string[]): Promise<DialogueAction[]> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return [];
    return this.db
      .getRepository(DialogueAction)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.dialogue', Dialogue, 'd', 'd.id = a.dialogueId')
      .where('d.groupId IN (:...ids) AND a.status = :open', { ids, open: ActionStatus.OPEN })
      .orderBy('a.dueDate', 'ASC')
      .getMany();
  }

  async log(actor: Actor, input: LogDialogueInput): Promise<Dialogue> {
    requireRole(actor, DIALOGUE_KEEPERS, 'log dialogues');
    return this.tx.run(async (em) => {
      // One dialogue per group and year: the group's lock makes the check and the insert one step.
      await this.tx.lock(em, 'groups', input.groupId);
      const group = await this.groups.get(input.groupId, em, 'groupId');
      const year = this.yearOf(input.heldOn, input.year ?? null);
      if (!input.supplementary && (await em.getRepository(Dialogue).existsBy({ groupId: group.id, year }))) {
        throw conflict(
          `${group.type} ${group.name} already had its dialogue in ${year}; mark this one as supplementary to log another.`,
          {
            reason: 'DIALOGUE_EXISTS',
            params: { year },
          },
        );
      }
      await this.checkParticipants(em, group, input.heldOn, input.participantIds);
      const answers = await this.checkAnswers(em, group, year, input.answers);
      const dialogue = await em.getRepository(Dialogue).save(
        em.getRepository(Dialogue).create({
          groupId: group.id,
          heldOn: input.heldOn,
          year,
          supplementary: input.supplementary,
          notes: input.notes?.trim() || null,
          participantIds: [...new Set(input.participantIds)],
          leadUserId: actor.userId,
        }),
      );
      await this.saveAnswers(em, dialogue, answers);
      await this.saveActions(em, dialogue, input.actions);
      await this.recordDialogue(em, actor, 'logDialogue', null, dialogue);
      return dialogue;
    });
  }

  /** Edits a dialogue; the state before the edit is kept as a revision. */
  async update(actor: Actor, input: UpdateDialogueInput): Promise<Dialogue> {
    requireRole(actor, DIALOGUE_KEEPERS, 'edit dialogues');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'dialogues', input.id);
      const dialogue = isId(input.id) ? await em.getRepository(Dialogue).findOneBy({ id: input.id }) : null;
      if (!dialogue) throw notFound('Dialogue', input.id);
      requireVersion(dialogue, input.expectedVersion, 'dialogue');
      const group = await this.groups.get(dialogue.groupId, em);
      const heldOn = input.heldOn ?? dialogue.heldOn;
      this.yearOf(heldOn, dialogue.year);
      const participantIds = input.participantIds ?? dialogue.participantIds;
      await this.checkParticipants(em, group, heldOn, participantIds);
      const answers = input.answers ? await this.checkAnswers(em, group, dialogue.year, input.answers) : null;

      const [oldAnswers, oldActions] = await Promise.all([
        this.answersOf([dialogue.id], em),
        this.actionsOf([dialogue.id], em),
      ]);
      const before = await this.values(em, dialogue);
      await em.getRepository(DialogueRevision).insert({
        dialogueId: dialogue.id,
        version: dialogue.version,
        editedBy: actor.userId,
        snapshot: JSON.stringify({
          heldOn: dialogue.heldOn,
          notes: dialogue.notes,
          participantIds: dialogue.participantIds,
          answers: oldAnswers.map((a) => ({ questionId: a.questionId, text: a.text })),
          actions: oldActions.map((a) => ({
            id: a.id,
            description: a.description,
            ownerName: a.ownerName,
            dueDate: a.dueDate,
            status: a.status,
          })),
        }),
      });
      // Answers and actions live in their own tables; touching the row makes every edit a new version.
      Object.assign(dialogue, { heldOn, participantIds: [...new Set(participantIds)], updatedAt: new Date() });
      if (input.notes !== undefined) dialogue.notes = input.notes?.trim() || null;
      const saved = await em.getRepository(Dialogue).save(dialogue);
      if (answers) {
        await em.getRepository(DialogueAnswer).delete({ dialogueId: dialogue.id });
        await this.saveAnswers(em, dialogue, answers);
      }
      if (input.actions) await this.saveActions(em, dialogue, input.actions, oldActions);
      await this.recordDialogue(em, actor, 'updateDialogue', before, saved);
      return saved;
    });
  }

  async setActionStatus(actor: Actor, id: string, status: ActionStatus): Promise<DialogueAction> {
    requireRole(actor, DIALOGUE_KEEPERS, 'follow up actions');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'dialogue_actions', id);
      const action = isId(id) ? await em.getRepository(DialogueAction).findOneBy({ id }) : null;
      if (!action) throw notFound('DialogueAction', id);
      const before = this.audit.snapshot(action);
      action.status = status;
      await em.getRepository(DialogueAction).save(action);
      await this.audit.record(em, actor, {
        operation: 'setDialogueActionStatus',
        entityType: AuditEntityType.DIALOGUE_ACTION,
        entityId: action.id,
        before,
        after: action,
        concerns: [{ entityType: AuditEntityType.DIALOGUE, entityId: action.dialogueId }],
      });
      return action;
    });
  }

  /** The contract's coverage: ACTIVE groups the question applies to, and those whose dialogue that year answers it. */
  async coverage(year: number, questionKey: string): Promise<DialogueCoverage> {
    const question = await this.db.getRepository(DialogueQuestion).findOneBy({ year, key: questionKey });
    if (!question) throw notFound('DialogueQuestion', `${year}/${questionKey}`);
    const [result] = await this.coverages(year, [question]);
    return result!;
  }

  async overview(year: number): Promise<DialogueYearOverview> {
    const questions = await this.questions(year);
    const groups = await this.activeGroupsAskedAny(questions);
    const answered = await this.answeredKeys(year);
    const dialogues = await this.db.getRepository(Dialogue).find({ where: { year }, order: { heldOn: 'ASC' } });
    const coverage = await this.coverages(year, questions, groups, answered);
    return {
      year,
      questions,
      rows: groups.map((group) => ({
        group,
        dialogues: dialogues.filter((d) => d.groupId === group.id),
        required: questions.filter((q) => appliesTo(q, group)).map((q) => q.key),
        answered: [...(answered.get(group.id) ?? [])],
      })),
      coverage,
      goals: questions
        .filter((q) => q.goal)
        .map((q) => ({
          goal: q.goal!,
          questionKey: q.key,
          met: coverage.find((c) => c.questionKey === q.key)!.complete,
        })),
    };
  }

  private async coverages(
    year: number,
    questions: DialogueQuestion[],
    groups?: Group[],
    answered?: Map<string, Set<string>>,
  ): Promise<DialogueCoverage[]> {
    const candidates = groups ?? (await this.activeGroupsAskedAny(questions));
    const answeredKeys = answered ?? (await this.answeredKeys(year));
    return questions.map((question) => {
      const required = candidates.filter((g) => appliesTo(question, g));
      const missing = required.filter((g) => !answeredKeys.get(g.id)?.has(question.key));
      return {
        year,
        questionKey: question.key,
        required: required.length,
        answered: required.length - missing.length,
        complete: missing.length === 0,
        missing,
      };
    });
  }

  private async activeGroupsAskedAny(questions: DialogueQuestion[]): Promise<Group[]> {
    const types = [...new Set(questions.flatMap((q) => q.appliesTo))];
    if (!types.length) return [];
    return this.db
      .getRepository(Group)
      .find({ where: { status: GroupStatus.ACTIVE, type: In(types) }, order: { type: 'ASC', searchKey: 'ASC' } });
  }

  /** Group id → keys of the questions its dialogues of the year answer with some text. */
  private async answeredKeys(year: number): Promise<Map<string, Set<string>>> {
    const rows = await this.db
      .getRepository(DialogueAnswer)
      .createQueryBuilder('a')
      .innerJoin(Dialogue, 'd', 'd.id = a.dialogueId')
      .innerJoin(DialogueQuestion, 'q', 'q.id = a.questionId')
      .select('d.groupId', 'groupId')
      .addSelect('q.key', 'key')
      .where('d.year = :year', { year })
      .distinct(true)
      .getRawMany<{ groupId: string; key: string }>();
    const result = new Map<string, Set<string>>();
    for (const { groupId, key } of rows) result.set(groupId, (result.get(groupId) ?? new Set()).add(key));
    return result;
  }

  private yearOf(heldOn: IsoDate, year: number | null): number {
    const heldYear = Number(heldOn.slice(0, 4));
    if (year !== null && year !== heldYear) {
      throw badInput(`The dialogue was held on ${heldOn}, outside ${year}.`, {
        reason: 'DATE_OUTSIDE_YEAR',
        field: 'heldOn',
        params: { year },
      });
    }
    if (heldOn > this.clock.today()) {
      throw badInput(`A dialogue is logged once held; ${heldOn} is in the future.`, {
        reason: 'DATE_IN_FUTURE',
        field: 'heldOn',
      });
    }
    return heldYear;
  }

  private async checkParticipants(
    em: EntityManager,
    group: Group,
    heldOn: IsoDate,
    participantIds: readonly string[],
  ): Promise<void> {
    if (!participantIds.length) return;
    const members = new Set((await this.memberships.forGroups([group.id], heldOn, em)).map((m) => m.personId));
    const outsider = participantIds.find((id) => !members.has(id));
    if (outsider) {
      throw badInput(`A participant was not a member of ${group.type} ${group.name} on ${heldOn}.`, {
        reason: 'PARTICIPANT_NOT_MEMBER',
        field: 'participantIds',
        params: { personId: outsider },
      });
    }
  }

  private async checkAnswers(em: EntityManager, group: Group, year: number, answers: AnswerInput[]) {
    const ids = [...new Set(answers.map((a) => a.questionId))];
    if (ids.length !== answers.length)
      throw badInput('Each question is answered once.', { reason: 'ANSWER_TWICE', field: 'answers' });
    const questions = await em.getRepository(DialogueQuestion).findBy({ id: In(ids.filter(isId)) });
    return answers.map((answer) => {
      const question = questions.find((q) => q.id === answer.questionId);
      if (!question) throw notFound('DialogueQuestion', answer.questionId, 'answers');
      if (question.year !== year) {
        throw badInput(`The question "${question.key}" belongs to the ${question.year} set, not to ${year}.`, {
          reason: 'QUESTION_OF_ANOTHER_YEAR',
          field: 'answers',
          params: { year: question.year },
        });
      }
      if (!appliesTo(question, group)) {
        throw badInput(`The question "${question.key}" is not asked of ${group.type} ${group.name}.`, {
          reason: 'QUESTION_NOT_APPLICABLE',
          field: 'answers',
          params: { key: question.key },
        });
      }
      return { question, text: answer.text.trim() };
    });
  }

  /** A dialogue as its history shows it: the record with its answers and actions. */
  private async values(em: EntityManager, dialogue: Dialogue) {
    const [answers, actions] = await Promise.all([
      em.getRepository(DialogueAnswer).find({ where: { dialogueId: dialogue.id }, order: { questionId: 'ASC' } }),
      em.getRepository(DialogueAction).find({ where: { dialogueId: dialogue.id }, order: { id: 'ASC' } }),
    ]);
    return {
      ...this.audit.snapshot(dialogue),
      answers: answers.map((a) => ({ questionId: a.questionId, text: a.text })),
      actions: actions.map((a) => ({
        id: a.id,
        description: a.description,
        ownerName: a.ownerName,
        dueDate: a.dueDate,
        status: a.status,
      })),
    };
  }

  private async recordDialogue(
    em: EntityManager,
    actor: Actor,
    operation: string,
    before: object | null,
    dialogue: Dialogue,
  ) {
    await this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.DIALOGUE,
      entityId: dialogue.id,
      before,
      after: await this.values(em, dialogue),
      concerns: [{ entityType: AuditEntityType.GROUP, entityId: dialogue.groupId }],
    });
  }

  private recordQuestion(
    em: EntityManager,
    actor: Actor,
    operation: string,
    before: object | null,
    question: DialogueQuestion,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.DIALOGUE_QUESTION,
      entityId: question.id,
      before,
      after: question,
    });
  }

  private async saveAnswers(
    em: EntityManager,
    dialogue: Dialogue,
    answers: { question: DialogueQuestion; text: string }[],
  ) {
    // An empty answer documents nothing: it is not stored, so the question counts as unanswered.
    const rows = answers
      .filter((a) => a.text)
      .map((a) => ({ dialogueId: dialogue.id, questionId: a.question.id, text: a.text }));
    if (rows.length) await em.getRepository(DialogueAnswer).insert(rows);
  }

  private async saveActions(
    em: EntityManager,
    dialogue: Dialogue,
    actions: ActionInput[],
    existing: DialogueAction[] = [],
  ) {
    const repo = em.getRepository(DialogueAction);
    for (const input of actions) {
      const action = input.id ? existing.find((a) => a.id === input.id) : repo.create({ dialogueId: dialogue.id });
      if (!action) throw notFound('DialogueAction', input.id!, 'actions');
      Object.assign(action, {
        description: input.description.trim(),
        ownerName: input.ownerName.trim(),
        dueDate: input.dueDate ?? null,
        status: input.status ?? action.status ?? ActionStatus.OPEN,
      });
      await repo.save(action);
    }
  }
}
