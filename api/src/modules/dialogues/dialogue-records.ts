/**
 * A dialogue's record: logging it with its answers and actions, editing it (the state before each edit is kept as a
 * revision) and following up its actions, each checked against the group, its members and the year's questions.
 */
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Clock, IsoDate } from '../../common/dates.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, DIALOGUE_KEEPERS, requireRole } from '../../common/actor.js';
import type { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import {
  ActionStatus,
  Dialogue,
  DialogueAction,
  DialogueAnswer,
  DialogueQuestion,
  DialogueRevision,
} from './dialogue.entity.js';
import { appliesTo } from './dialogue-questions.js';
import type { ActionInput, AnswerInput, LogDialogueInput, UpdateDialogueInput } from './dialogue.types.js';

export class DialogueRecords {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly groups: GroupsService,
    private readonly memberships: MembershipsService,
    private readonly audit: AuditTrail,
  ) {}

  answersOf(dialogueIds: readonly string[], em: EntityManager = this.db.manager): Promise<DialogueAnswer[]> {
    return em.getRepository(DialogueAnswer).findBy({ dialogueId: In(dialogueIds.filter(isId)) });
  }

  actionsOf(dialogueIds: readonly string[], em: EntityManager = this.db.manager): Promise<DialogueAction[]> {
    return em
      .getRepository(DialogueAction)
      .find({ where: { dialogueId: In(dialogueIds.filter(isId)) }, order: { dueDate: 'ASC', id: 'ASC' } });
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
