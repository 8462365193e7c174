/**
 * The year's question set: which questions a dialogue of the year answers and of which groups each is asked. A year
 * starts from a copy of another year's set, then questions are added or edited.
 */
import { type DataSource, type EntityManager, In } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, DIALOGUE_KEEPERS, requireRole } from '../../common/actor.js';
import type { Group } from '../groups/group.entity.js';
import { DialogueQuestion } from './dialogue.entity.js';
import type { CreateDialogueQuestionInput, UpdateDialogueQuestionInput } from './dialogue.types.js';

/** Whether a question is asked of a group: its type is listed, and it runs university healthcare if required. */
export const appliesTo = (question: DialogueQuestion, group: Group) =>
  question.appliesTo.includes(group.type) && (!question.universityHealthcareOnly || group.universityHealthcare);

export class DialogueQuestions {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
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
}
