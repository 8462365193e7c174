import { type DataSource, type EntityManager, In, LessThan } from 'typeorm';
import { type ConnectionData, type PageArgs, paginate } from '../../common/connection.js';
import type { Clock, IsoDate } from '../../common/dates.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { Actor } from '../../common/actor.js';
import type { Group } from '../groups/group.entity.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import {
  ActionStatus,
  Dialogue,
  DialogueAction,
  type DialogueAnswer,
  type DialogueQuestion,
  DialogueRevision,
} from './dialogue.entity.js';
import { DialogueCoverages } from './dialogue-coverage.js';
import { DialogueQuestions } from './dialogue-questions.js';
import { DialogueRecords } from './dialogue-records.js';
import type {
  CreateDialogueQuestionInput,
  DialogueCoverage,
  DialogueYearOverview,
  LogDialogueInput,
  UpdateDialogueInput,
  UpdateDialogueQuestionInput,
} from './dialogue.types.js';

/**
 * The yearly follow-up dialogues with RPOs and RSGs: question sets, logged dialogues, and coverage of the goals. Each
 * lives beside this service (dialogue-questions.ts, dialogue-records.ts, dialogue-coverage.ts); it is their one entry
 * point and reads the dialogues and their actions itself.
 */
export class DialoguesService {
  private readonly questionSets: DialogueQuestions;
  private readonly records: DialogueRecords;
  private readonly coverages: DialogueCoverages;

  constructor(
    private readonly db: DataSource,
    tx: Transactions,
    private readonly clock: Clock,
    groups: GroupsService,
    memberships: MembershipsService,
    audit: AuditTrail,
  ) {
    this.questionSets = new DialogueQuestions(db, tx, audit);
    this.records = new DialogueRecords(db, tx, clock, groups, memberships, audit);
    this.coverages = new DialogueCoverages(db, this.questionSets);
  }

  questions(year: number): Promise<DialogueQuestion[]> {
    return this.questionSets.questions(year);
  }

  questionsFor(group: Group, year: number): Promise<DialogueQuestion[]> {
    return this.questionSets.questionsFor(group, year);
  }

  questionsByIds(ids: readonly string[]): Promise<DialogueQuestion[]> {
    return this.questionSets.questionsByIds(ids);
  }

  createQuestion(actor: Actor, input: CreateDialogueQuestionInput): Promise<DialogueQuestion> {
    return this.questionSets.createQuestion(actor, input);
  }

  updateQuestion(actor: Actor, input: UpdateDialogueQuestionInput): Promise<DialogueQuestion> {
    return this.questionSets.updateQuestion(actor, input);
  }

  copyQuestions(actor: Actor, fromYear: number, toYear: number): Promise<DialogueQuestion[]> {
    return this.questionSets.copyQuestions(actor, fromYear, toYear);
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

  answersOf(dialogueIds: readonly string[], em?: EntityManager): Promise<DialogueAnswer[]> {
    return this.records.answersOf(dialogueIds, em);
  }

  actionsOf(dialogueIds: readonly string[], em?: EntityManager): Promise<DialogueAction[]> {
    return this.records.actionsOf(dialogueIds, em);
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

  log(actor: Actor, input: LogDialogueInput): Promise<Dialogue> {
    return this.records.log(actor, input);
  }

  update(actor: Actor, input: UpdateDialogueInput): Promise<Dialogue> {
    return this.records.update(actor, input);
  }

  setActionStatus(actor: Actor, id: string, status: ActionStatus): Promise<DialogueAction> {
    return this.records.setActionStatus(actor, id, status);
  }

  coverage(year: number, questionKey: string): Promise<DialogueCoverage> {
    return this.coverages.coverage(year, questionKey);
  }

  overview(year: number): Promise<DialogueYearOverview> {
    return this.coverages.overview(year);
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    dialogues: DialoguesService;
  }
}
