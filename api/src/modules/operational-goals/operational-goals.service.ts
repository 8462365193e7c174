import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { DialoguesService } from '../dialogues/dialogues.service.js';
import type { FeedbackService } from '../feedback/feedback.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { GoalNumbers } from '../goals/goal-numbers.js';
import type { GoalLevelRules } from '../goals/goal-verdict.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { MeetingsService } from '../meetings/meetings.service.js';
import { OperationalGoalEvaluation } from './operational-goal-evaluation.js';
import { OperationalGoalRules } from './operational-goal-rules.js';
import { OperationalGoal } from './operational-goal.entity.js';
import type { CreateOperationalGoalInput, GoalOutcome, UpdateOperationalGoalInput } from './operational-goal.types.js';

/**
 * A healthcare region's numbered goals judged from meetings, feedback and dialogues: their rules, their three-level
 * verdict for a year, and the annual report's paragraph on each. The field rules are in operational-goal-rules.ts and
 * the judging and wording by kind in operational-goal-evaluation.ts; this service writes and answers for both.
 */
export class OperationalGoalsService {
  private readonly rules: OperationalGoalRules;
  private readonly evaluation: OperationalGoalEvaluation;

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    geography: GeographyService,
    groups: GroupsService,
    meetings: MeetingsService,
    dialogues: DialoguesService,
    feedback: FeedbackService,
    goalNumbers: GoalNumbers,
    private readonly audit: AuditTrail,
  ) {
    this.rules = new OperationalGoalRules(geography, groups, goalNumbers);
    this.evaluation = new OperationalGoalEvaluation(groups, meetings, dialogues, feedback);
  }

  /** The healthcare region's goals, by number. */
  list(healthcareRegionId: string): Promise<OperationalGoal[]> {
    if (!isId(healthcareRegionId)) return Promise.resolve([]);
    return this.db
      .getRepository(OperationalGoal)
      .find({ where: { healthcareRegionId }, order: { number: 'ASC', name: 'ASC' } });
  }

  async find(id: string): Promise<OperationalGoal | null> {
    return isId(id) ? this.db.getRepository(OperationalGoal).findOneBy({ id }) : null;
  }

  async create(actor: Actor, input: CreateOperationalGoalInput): Promise<OperationalGoal> {
    requireRole(actor, REGISTER_KEEPERS, 'create operational goals');
    return this.tx.run(async (em) => {
      const fields = await this.rules.check(
        em,
        {
          number: input.number,
          name: input.name,
          kind: input.kind,
          healthcareRegionId: input.healthcareRegionId,
          groupIds: input.groupIds ?? [],
          threshold: input.threshold ?? null,
          partlyThreshold: input.partlyThreshold ?? null,
          topicId: input.topicId ?? null,
          feedbackToSkr: input.feedbackToSkr ?? false,
          feedbackGroupIds: input.feedbackGroupIds ?? [],
          questionKey: input.questionKey ?? null,
        },
        null,
      );
      const repo = em.getRepository(OperationalGoal);
      const goal = await repo.save(repo.create(fields));
      await this.recordChange(em, actor, 'createOperationalGoal', goal.id, null, goal);
      return goal;
    });
  }

  async update(actor: Actor, input: UpdateOperationalGoalInput): Promise<OperationalGoal> {
    requireRole(actor, REGISTER_KEEPERS, 'edit operational goals');
    return this.tx.run(async (em) => {
      const goal = await this.loadForEdit(em, input.id, input.expectedVersion);
      const before = this.audit.snapshot(goal);
      const given = <T>(value: T | null | undefined, current: T): T | null => (value === undefined ? current : value);
      const fields = await this.rules.check(
        em,
        {
          number: input.number ?? goal.number,
          name: input.name ?? goal.name,
          kind: goal.kind,
          healthcareRegionId: goal.healthcareRegionId,
          groupIds: input.groupIds ?? goal.groupIds,
          threshold: given(input.threshold, goal.threshold),
          partlyThreshold: given(input.partlyThreshold, goal.partlyThreshold),
          topicId: given(input.topicId, goal.topicId),
          feedbackToSkr: input.feedbackToSkr ?? goal.feedbackToSkr,
          feedbackGroupIds: input.feedbackGroupIds ?? goal.feedbackGroupIds,
          questionKey: given(input.questionKey, goal.questionKey),
        },
        goal,
      );
      await em.getRepository(OperationalGoal).save(Object.assign(goal, fields));
      await this.recordChange(em, actor, 'updateOperationalGoal', goal.id, before, goal);
      return goal;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    requireRole(actor, REGISTER_KEEPERS, 'delete operational goals');
    return this.tx.run(async (em) => {
      const goal = await this.loadForEdit(em, id);
      await em.getRepository(OperationalGoal).delete({ id: goal.id });
      await this.recordChange(em, actor, 'deleteOperationalGoal', goal.id, goal, null);
      return true;
    });
  }

  /** The goal's verdict for the year, with the report's paragraph and the figures behind it. */
  evaluate(goal: OperationalGoal, year: number): Promise<GoalOutcome> {
    return this.evaluation.evaluate(goal, year);
  }

  /** The rule of each level, in Swedish, from the goal's own fields. */
  levelRules(goal: OperationalGoal): Promise<GoalLevelRules> {
    return this.evaluation.levelRules(goal);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    id: string,
    before: object | null,
    after: OperationalGoal | null,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.OPERATIONAL_GOAL,
      entityId: id,
      before,
      after,
    });
  }

  private loadForEdit(em: EntityManager, id: string, expectedVersion?: number | null) {
    return this.tx.loadForEdit(em, {
      table: 'operational_goals',
      id,
      what: 'goal',
      expectedVersion,
      load: (m, key) => this.get(m, key),
    });
  }

  private async get(em: EntityManager, id: string): Promise<OperationalGoal> {
    const goal = isId(id) ? await em.getRepository(OperationalGoal).findOneBy({ id }) : null;
    if (!goal) throw notFound('OperationalGoal', id);
    return goal;
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    operationalGoals: OperationalGoalsService;
  }
}
