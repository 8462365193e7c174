import type { DataSource, EntityManager } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { Region } from '../geography/region.entity.js';
import type { GeographyService } from '../geography/geography.service.js';
import { Tier } from '../groups/group-type.js';
import type { RepresentationService, SeatChange } from '../representation/representation.service.js';
import { GoalNumbers } from './goal-numbers.js';
import { GoalVerdict, SHARE_EPSILON, verdictOfParts, type GoalLevelRules } from './goal-verdict.js';
import { dayOf, list, percent } from './report-words.js';
import { ShareGoal, ShareGoalKind } from './share-goal.entity.js';
import type { CreateShareGoalInput, GoalEvaluation, UpdateShareGoalInput } from './share-goal.types.js';

type GoalFields = Pick<
  ShareGoal,
  | 'number'
  | 'name'
  | 'kind'
  | 'healthcareRegionId'
  | 'tiers'
  | 'baselineDate'
  | 'targetDate'
  | 'regionIds'
  | 'tolerancePoints'
  | 'maxShare'
>;

export class GoalsService {
  /** The numbering the share goals share with the operational goals. */
  readonly numbers: GoalNumbers;

  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    private readonly representation: RepresentationService,
    private readonly audit: AuditTrail,
  ) {
    this.numbers = new GoalNumbers(tx);
  }

  private recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    id: string,
    before: object | null,
    after: ShareGoal | null,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.SHARE_GOAL,
      entityId: id,
      before,
      after,
    });
  }

  list(healthcareRegionId?: string): Promise<ShareGoal[]> {
    return this.db.getRepository(ShareGoal).find({
      where: healthcareRegionId ? { healthcareRegionId } : {},
      order: { targetDate: 'DESC', name: 'ASC' },
    });
  }

  async find(id: string): Promise<ShareGoal | null> {
    return isId(id) ? this.db.getRepository(ShareGoal).findOneBy({ id }) : null;
  }

  async create(actor: Actor, input: CreateShareGoalInput): Promise<ShareGoal> {
    requireRole(actor, REGISTER_KEEPERS, 'create share goals');
    return this.tx.run(async (em) => {
      const fields = await this.check(
        em,
        {
          number: input.number ?? null,
          name: input.name,
          kind: input.kind,
          healthcareRegionId: input.healthcareRegionId,
          tiers: input.tiers?.length ? input.tiers : [Tier.NATIONAL],
          baselineDate: input.baselineDate,
          targetDate: input.targetDate,
          regionIds: input.regionIds,
          tolerancePoints: input.tolerancePoints ?? null,
          maxShare: input.maxShare ?? null,
        },
        null,
      );
      const goal = await em.getRepository(ShareGoal).save(em.getRepository(ShareGoal).create(fields));
      await this.recordChange(em, actor, 'createShareGoal', goal.id, null, goal);
      return goal;
    });
  }

  async update(actor: Actor, input: UpdateShareGoalInput): Promise<ShareGoal> {
    requireRole(actor, REGISTER_KEEPERS, 'edit share goals');
    return this.tx.run(async (em) => {
      const goal = await this.loadForEdit(em, input.id, input.expectedVersion);
      const before = this.audit.snapshot(goal);
      const fields = await this.check(
        em,
        {
          number: input.number === undefined ? goal.number : input.number,
          name: input.name ?? goal.name,
          kind: goal.kind,
          healthcareRegionId: goal.healthcareRegionId,
          tiers: input.tiers?.length ? input.tiers : goal.tiers,
          baselineDate: input.baselineDate ?? goal.baselineDate,
          targetDate: input.targetDate ?? goal.targetDate,
          regionIds: input.regionIds ?? goal.regionIds,
          tolerancePoints: input.tolerancePoints === undefined ? goal.tolerancePoints : input.tolerancePoints,
          maxShare: input.maxShare === undefined ? goal.maxShare : input.maxShare,
        },
        goal,
      );
      await em.getRepository(ShareGoal).save(Object.assign(goal, fields));
      await this.recordChange(em, actor, 'updateShareGoal', goal.id, before, goal);
      return goal;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    requireRole(actor, REGISTER_KEEPERS, 'delete share goals');
    return this.tx.run(async (em) => {
      const goal = await this.loadForEdit(em, id);
      await em.getRepository(ShareGoal).delete({ id: goal.id });
      await this.recordChange(em, actor, 'deleteShareGoal', goal.id, goal, null);
      return true;
    });
  }

  /**
   * The goal on `asOf`, region by region against the baseline, with the reason. Without asOf the goal is evaluated
   * at its target date (not today): a goal is judged on the day it names.
   */
  async evaluate(
    goal: ShareGoal,
    asOf: IsoDate | null | undefined,
    changes: readonly SeatChange[] = [],
  ): Promise<GoalEvaluation> {
    const day = asOf ?? atTargetDate(goal);
    const [baseline, current] = await this.representation.reportsOn(
      { healthcareRegionId: goal.healthcareRegionId, tiers: goal.tiers },
      [goal.baselineDate, day],
      changes,
    );
    const rows = current!.shares
      .filter((row) => goal.regionIds.includes(row.region.id))
      .map((row) => {
        const baselineShare = baseline!.shares.find((b) => b.region.id === row.region.id)?.share ?? 0;
        return {
          region: row.region,
          baselineShare,
          share: row.share,
          change: row.share - baselineShare,
          populationShare: row.populationShare,
          gapPoints: row.gapPoints,
          met: this.rowMet(goal, row.share, baselineShare, row.populationShare),
        };
      });
    const verdict = verdictOfParts(rows.filter((row) => row.met).length, rows.length);
    return { asOf: day, met: verdict === GoalVerdict.MET, verdict, rows };
  }

  /** The rule of each level, in Swedish, from the goal's kind, regions, dates and bound. */
  async levelRules(goal: ShareGoal): Promise<GoalLevelRules> {
    const regions = await this.geography.regionsByIds(goal.regionIds);
    const names = goal.regionIds.map((id) => regions.find((r) => r.id === id)?.name ?? id);
    const each = names.length > 1 ? `var och en av ${list(names)}` : (names[0] ?? '');
    const someNotAll = names.length > 1 ? 'några men inte alla av regionerna' : null;
    switch (goal.kind) {
      case ShareGoalKind.INCREASE_SHARE:
        return {
          met: `Andelen uppdrag har ökat från ${dayOf(goal.baselineDate)} till ${dayOf(goal.targetDate)} för ${each}.`,
          partlyMet: someNotAll && `Andelen har ökat för ${someNotAll}.`,
          notMet: `Andelen har inte ökat för någon av regionerna.`,
        };
      case ShareGoalKind.POPULATION_PARITY:
        return {
          met: `Den ${dayOf(goal.targetDate)} ligger andelen uppdrag för ${each} inom ${goal.tolerancePoints} procentenheter från befolkningsandelen.`,
          partlyMet: someNotAll && `Andelen ligger inom gränsen för ${someNotAll}.`,
          notMet: `Andelen ligger utanför gränsen för samtliga regioner.`,
        };
      case ShareGoalKind.MAX_SHARE:
        return {
          met: `Den ${dayOf(goal.targetDate)} är andelen uppdrag för ${each} högst ${percent(goal.maxShare ?? 0)}.`,
          partlyMet: someNotAll && `Andelen är högst ${percent(goal.maxShare ?? 0)} för ${someNotAll}.`,
          notMet: `Andelen är högre än ${percent(goal.maxShare ?? 0)} för samtliga regioner.`,
        };
    }
  }

  private rowMet(goal: ShareGoal, share: number, baselineShare: number, populationShare: number): boolean {
    switch (goal.kind) {
      case ShareGoalKind.INCREASE_SHARE:
        return share > baselineShare + SHARE_EPSILON;
      case ShareGoalKind.POPULATION_PARITY:
        return Math.abs(share - populationShare) * 100 <= (goal.tolerancePoints ?? 0) + SHARE_EPSILON;
      case ShareGoalKind.MAX_SHARE:
        return share <= (goal.maxShare ?? 0) + SHARE_EPSILON;
    }
  }

  private loadForEdit(em: EntityManager, id: string, expectedVersion?: number | null) {
    return this.tx.loadForEdit(em, {
      table: 'share_goals',
      id,
      what: 'goal',
      expectedVersion,
      load: (m, key) => this.get(m, key),
    });
  }

  private async get(em: EntityManager, id: string): Promise<ShareGoal> {
    const goal = isId(id) ? await em.getRepository(ShareGoal).findOneBy({ id }) : null;
    if (!goal) throw notFound('ShareGoal', id);
    return goal;
  }

  /** The fields checked for a new goal, or for `goal` as edited. */
  private async check(em: EntityManager, fields: GoalFields, goal: ShareGoal | null): Promise<GoalFields> {
    const name = fields.name.trim();
    if (!name) throw badInput('A goal needs a name.', { reason: 'REQUIRED', field: 'name' });
    await this.geography.healthcareRegion(fields.healthcareRegionId, em);
    if (fields.targetDate <= fields.baselineDate) {
      throw badInput(`The target date ${fields.targetDate} must come after the baseline date ${fields.baselineDate}.`, {
        reason: 'TARGET_NOT_AFTER_BASELINE',
        field: 'targetDate',
      });
    }
    const regionIds = [...new Set(fields.regionIds)];
    if (!regionIds.length)
      throw badInput('A goal speaks of at least one region.', { reason: 'REQUIRED', field: 'regionIds' });
    const regions = await em.getRepository(Region).findBy(regionIds.filter(isId).map((id) => ({ id })));
    for (const id of regionIds) {
      const region = regions.find((r) => r.id === id);
      if (!region) throw notFound('Region', id, 'regionIds');
      if (region.healthcareRegionId !== fields.healthcareRegionId) {
        throw badInput(`${region.name} is not a region of the goal's healthcare region.`, {
          reason: 'REGION_OUTSIDE_HEALTHCARE_REGION',
          field: 'regionIds',
        });
      }
    }
    this.checkBounds(fields);
    if (fields.number !== null && fields.number !== goal?.number)
      await this.numbers.requireFree(em, fields.healthcareRegionId, fields.number);
    return { ...fields, name, regionIds };
  }

  /** Each kind needs its own bound, and only that one. */
  private checkBounds(fields: GoalFields): void {
    const { kind, tolerancePoints, maxShare } = fields;
    if (
      kind === ShareGoalKind.POPULATION_PARITY &&
      (tolerancePoints === null || !(tolerancePoints >= 0 && tolerancePoints <= 100))
    ) {
      throw badInput('A population-parity goal needs tolerancePoints from 0 to 100 percentage points.', {
        reason: 'BOUND_REQUIRED',
        field: 'tolerancePoints',
      });
    }
    if (kind === ShareGoalKind.MAX_SHARE && (maxShare === null || !(maxShare >= 0 && maxShare <= 1))) {
      throw badInput('A maximum-share goal needs maxShare from 0 to 1.', {
        reason: 'BOUND_REQUIRED',
        field: 'maxShare',
      });
    }
    if (kind !== ShareGoalKind.POPULATION_PARITY && tolerancePoints !== null) {
      throw badInput('Only a population-parity goal has tolerancePoints.', {
        reason: 'BOUND_NOT_ALLOWED',
        field: 'tolerancePoints',
      });
    }
    if (kind !== ShareGoalKind.MAX_SHARE && maxShare !== null) {
      throw badInput('Only a maximum-share goal has maxShare.', { reason: 'BOUND_NOT_ALLOWED', field: 'maxShare' });
    }
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    goals: GoalsService;
  }
}

/** The day a goal is evaluated on when no day is asked: its target date. */
const atTargetDate = (goal: ShareGoal): IsoDate => goal.targetDate;
