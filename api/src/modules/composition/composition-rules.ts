/** Writing the composition rules: which fields each kind takes, one rule per kind and type, roles, versions, audit. */
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type GroupType, Tier, tierOf } from '../groups/group-type.js';
import type { CareLevel } from '../persons/person.entity.js';
import { CompositionRule, CompositionRuleKind } from './composition-rule.entity.js';
import type { CompositionRuleInput, UpdateCompositionRuleInput } from './composition.types.js';

type Field = 'minShare' | 'minCount' | 'years' | 'careLevels';

/** The one field each kind needs; every other field is refused. */
export const FIELD_OF: Record<CompositionRuleKind, Field | null> = {
  EVERY_AREA_REPRESENTED: null,
  GENDER_BALANCE: 'minShare',
  PROFESSIONS: 'minCount',
  CARE_LEVELS: 'careLevels',
  PATIENT_REPRESENTATIVE: 'minCount',
  MUNICIPAL_REPRESENTATIVE: 'minCount',
  INTERESTS_REVIEWED: 'years',
  CHAIR_TERM_LIMIT: 'years',
};

/** What each field may hold, as the Swedish and English texts of INVALID_INPUT read it. */
const RANGE: Record<Exclude<Field, 'careLevels'>, { ok: (v: number) => boolean; message: string }> = {
  minShare: { ok: (v) => v > 0 && v <= 0.5, message: 'minShare must be a share above 0, at most 0.5' },
  minCount: { ok: (v) => Number.isInteger(v) && v >= 1 && v <= 50, message: 'minCount must be a whole number 1–50' },
  years: { ok: (v) => Number.isInteger(v) && v >= 1 && v <= 20, message: 'years must be a whole number 1–20' },
};

interface RuleFields {
  minShare: number | null;
  minCount: number | null;
  years: number | null;
  careLevels: CareLevel[];
}

const present = (fields: RuleFields, field: Field) =>
  field === 'careLevels' ? fields.careLevels.length > 0 : fields[field] !== null;

/** Refuses a field the kind does not take, a field it needs left out, and values out of range. */
function checkRuleFields(groupType: GroupType, kind: CompositionRuleKind, fields: RuleFields): void {
  if (kind === CompositionRuleKind.EVERY_AREA_REPRESENTED && tierOf(groupType) === Tier.LOCAL) {
    throw badInput(`A ${groupType} is local: it has no regions to represent.`, {
      reason: 'RULE_NOT_FOR_TYPE',
      field: 'kind',
      params: { kind, groupType },
    });
  }
  const needed = FIELD_OF[kind];
  for (const field of ['minShare', 'minCount', 'years', 'careLevels'] as const) {
    if (field !== needed && present(fields, field)) {
      throw badInput(`A ${kind} rule has no ${field}.`, {
        reason: 'RULE_FIELD_NOT_ALLOWED',
        field,
        params: { kind, field },
      });
    }
  }
  if (!needed) return;
  if (!present(fields, needed)) {
    throw badInput(`A ${kind} rule needs ${needed}.`, {
      reason: 'RULE_FIELD_REQUIRED',
      field: needed,
      params: { kind, field: needed },
    });
  }
  if (needed === 'careLevels') {
    if (new Set(fields.careLevels).size !== fields.careLevels.length) {
      const message = 'each care level once';
      throw badInput(`Invalid input: ${message}.`, { reason: 'INVALID_INPUT', field: needed, params: { message } });
    }
    return;
  }
  const range = RANGE[needed];
  if (!range.ok(fields[needed]!)) {
    throw badInput(`Invalid input: ${range.message}.`, {
      reason: 'INVALID_INPUT',
      field: needed,
      params: { message: range.message },
    });
  }
}

export class CompositionRules {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  list(groupType?: GroupType | null): Promise<CompositionRule[]> {
    return this.db
      .getRepository(CompositionRule)
      .find({ where: groupType ? { groupType } : {}, order: { groupType: 'ASC', kind: 'ASC' } });
  }

  private async get(em: EntityManager, id: string): Promise<CompositionRule> {
    const rule = isId(id) ? await em.getRepository(CompositionRule).findOneBy({ id }) : null;
    if (!rule) throw notFound('CompositionRule', id, 'id');
    return rule;
  }

  private record(
    em: EntityManager,
    actor: Actor,
    operation: string,
    id: string,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.COMPOSITION_RULE,
      entityId: id,
      before,
      after,
    });
  }

  async create(actor: Actor, input: CompositionRuleInput): Promise<CompositionRule> {
    requireRole(actor, REGISTER_KEEPERS, 'write composition rules');
    const fields: RuleFields = {
      minShare: input.minShare ?? null,
      minCount: input.minCount ?? null,
      years: input.years ?? null,
      careLevels: input.careLevels ?? [],
    };
    checkRuleFields(input.groupType, input.kind, fields);
    return this.tx.run(async (em) => {
      const repository = em.getRepository(CompositionRule);
      // A concurrent second rule of the kind is stopped by the unique index (groupType, kind), answered as CONFLICT.
      if (await repository.existsBy({ groupType: input.groupType, kind: input.kind })) {
        throw conflict(`${input.groupType} already has a ${input.kind} rule.`, {
          reason: 'RULE_EXISTS',
          field: 'kind',
          params: { kind: input.kind, groupType: input.groupType },
        });
      }
      const rule = await repository.save(
        repository.create({ groupType: input.groupType, kind: input.kind, severity: input.severity, ...fields }),
      );
      await this.record(em, actor, 'createCompositionRule', rule.id, null, rule);
      return rule;
    });
  }

  async update(actor: Actor, input: UpdateCompositionRuleInput): Promise<CompositionRule> {
    requireRole(actor, REGISTER_KEEPERS, 'write composition rules');
    return this.tx.run(async (em) => {
      const rule = await this.tx.loadForEdit(em, {
        table: 'composition_rules',
        id: input.id,
        what: 'composition rule',
        expectedVersion: input.expectedVersion,
        load: (m, id) => this.get(m, id),
      });
      const before = this.audit.snapshot(rule);
      const fields: RuleFields = {
        minShare: input.minShare === undefined ? rule.minShare : input.minShare,
        minCount: input.minCount === undefined ? rule.minCount : input.minCount,
        years: input.years === undefined ? rule.years : input.years,
        careLevels: input.careLevels === undefined ? (rule.careLevels ?? []) : (input.careLevels ?? []),
      };
      checkRuleFields(rule.groupType, rule.kind, fields);
      Object.assign(rule, fields, { severity: input.severity ?? rule.severity });
      const saved = await em.getRepository(CompositionRule).save(rule);
      await this.record(em, actor, 'updateCompositionRule', rule.id, before, saved);
      return saved;
    });
  }

  async remove(actor: Actor, id: string, expectedVersion: number | null | undefined): Promise<string> {
    requireRole(actor, REGISTER_KEEPERS, 'write composition rules');
    return this.tx.run(async (em) => {
      const rule = await this.tx.loadForEdit(em, {
        table: 'composition_rules',
        id,
        what: 'composition rule',
        expectedVersion,
        load: (m, ruleId) => this.get(m, ruleId),
      });
      await em.getRepository(CompositionRule).delete({ id: rule.id });
      await this.record(em, actor, 'deleteCompositionRule', rule.id, rule, null);
      return rule.id;
    });
  }
}
