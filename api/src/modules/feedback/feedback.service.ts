import { Between, type DataSource, type EntityManager } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { badInput, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { GroupsService } from '../groups/groups.service.js';
import { FeedbackRecipient, FeedbackRecord } from './feedback-record.entity.js';
import type { CreateFeedbackRecordInput, UpdateFeedbackRecordInput } from './feedback.inputs.js';

type FeedbackFields = Pick<
  FeedbackRecord,
  'healthcareRegionId' | 'givenOn' | 'recipient' | 'recipientGroupId' | 'subject' | 'reference'
>;

/** The feedback a healthcare region has given: to SKR, or to a body or group of the register. */
export class FeedbackService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly geography: GeographyService,
    private readonly groups: GroupsService,
    private readonly audit: AuditTrail,
  ) {}

  /** The healthcare region's feedback given in the year, by date. */
  ofYear(healthcareRegionId: string, year: number): Promise<FeedbackRecord[]> {
    if (!isId(healthcareRegionId)) return Promise.resolve([]);
    return this.db.getRepository(FeedbackRecord).find({
      where: { healthcareRegionId, givenOn: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { givenOn: 'ASC', subject: 'ASC' },
    });
  }

  async find(id: string): Promise<FeedbackRecord | null> {
    return isId(id) ? this.db.getRepository(FeedbackRecord).findOneBy({ id }) : null;
  }

  async create(actor: Actor, input: CreateFeedbackRecordInput): Promise<FeedbackRecord> {
    requireRole(actor, REGISTER_KEEPERS, 'record feedback');
    return this.tx.run(async (em) => {
      const fields = await this.check(em, {
        healthcareRegionId: input.healthcareRegionId,
        givenOn: input.givenOn,
        recipient: input.recipient,
        recipientGroupId: input.recipientGroupId ?? null,
        subject: input.subject,
        reference: input.reference ?? null,
      });
      const repo = em.getRepository(FeedbackRecord);
      const record = await repo.save(repo.create(fields));
      await this.recordChange(em, actor, 'createFeedbackRecord', record, null);
      return record;
    });
  }

  async update(actor: Actor, input: UpdateFeedbackRecordInput): Promise<FeedbackRecord> {
    requireRole(actor, REGISTER_KEEPERS, 'edit feedback records');
    return this.tx.run(async (em) => {
      const record = await this.loadForEdit(em, input.id, input.expectedVersion);
      const before = this.audit.snapshot(record);
      const recipient = input.recipient ?? record.recipient;
      const fields = await this.check(em, {
        healthcareRegionId: record.healthcareRegionId,
        givenOn: input.givenOn ?? record.givenOn,
        recipient,
        // Turning a record into feedback to SKR lets go of the group it named, unless the input names one anyway.
        recipientGroupId:
          input.recipientGroupId !== undefined
            ? input.recipientGroupId
            : recipient === FeedbackRecipient.SKR
              ? null
              : record.recipientGroupId,
        subject: input.subject ?? record.subject,
        reference: input.reference === undefined ? record.reference : input.reference,
      });
      await em.getRepository(FeedbackRecord).save(Object.assign(record, fields));
      await this.recordChange(em, actor, 'updateFeedbackRecord', record, before);
      return record;
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    requireRole(actor, REGISTER_KEEPERS, 'delete feedback records');
    return this.tx.run(async (em) => {
      const record = await this.loadForEdit(em, id);
      await em.getRepository(FeedbackRecord).delete({ id: record.id });
      await this.audit.record(em, actor, {
        operation: 'deleteFeedbackRecord',
        entityType: AuditEntityType.FEEDBACK_RECORD,
        entityId: record.id,
        before: record,
        after: null,
        concerns: [{ entityType: AuditEntityType.GROUP, entityId: record.recipientGroupId }],
      });
      return true;
    });
  }

  private recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    record: FeedbackRecord,
    before: object | null,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.FEEDBACK_RECORD,
      entityId: record.id,
      before,
      after: record,
      concerns: [{ entityType: AuditEntityType.GROUP, entityId: record.recipientGroupId }],
    });
  }

  private loadForEdit(em: EntityManager, id: string, expectedVersion?: number | null) {
    return this.tx.loadForEdit(em, {
      table: 'feedback_records',
      id,
      what: 'feedback record',
      expectedVersion,
      load: (m, key) => this.get(m, key),
    });
  }

  private async get(em: EntityManager, id: string): Promise<FeedbackRecord> {
    const record = isId(id) ? await em.getRepository(FeedbackRecord).findOneBy({ id }) : null;
    if (!record) throw notFound('FeedbackRecord', id);
    return record;
  }

  private async check(em: EntityManager, fields: FeedbackFields): Promise<FeedbackFields> {
    await this.geography.healthcareRegion(fields.healthcareRegionId, em);
    const subject = fields.subject.trim();
    if (!subject) throw badInput('Say what the feedback covered.', { reason: 'REQUIRED', field: 'subject' });
    if (fields.recipient === FeedbackRecipient.GROUP && !fields.recipientGroupId) {
      throw badInput('Feedback to a group names the group.', {
        reason: 'RECIPIENT_GROUP_REQUIRED',
        field: 'recipientGroupId',
      });
    }
    if (fields.recipient === FeedbackRecipient.SKR && fields.recipientGroupId) {
      throw badInput('Feedback to SKR names no group.', {
        reason: 'RECIPIENT_GROUP_NOT_ALLOWED',
        field: 'recipientGroupId',
      });
    }
    if (fields.recipientGroupId) await this.groups.get(fields.recipientGroupId, em, 'recipientGroupId');
    return { ...fields, subject, reference: fields.reference?.trim() || null };
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    feedback: FeedbackService;
  }
}
