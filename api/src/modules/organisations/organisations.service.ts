import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { containsPattern, searchKey } from '../../common/connection.js';
import { badInput, conflict, DomainError, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import { Organisation, type OrganisationKind } from './organisation.entity.js';

/**
 * The organisation an id names, read in the caller's transaction; with `lock`, its row stays locked until the
 * transaction ends, so that a concurrent delete waits for the person or seat being tied to it.
 */
export async function requireOrganisation(
  em: EntityManager,
  tx: Transactions,
  id: string,
  field: string,
): Promise<Organisation> {
  await tx.lock(em, 'organisations', id);
  const organisation = isId(id) ? await em.getRepository(Organisation).findOneBy({ id }) : null;
  if (!organisation) throw notFound('Organisation', id, field);
  return organisation;
}

/** Organisations other than regions: every role reads them, coordinators and administrators keep them. */
export class OrganisationsService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
    private readonly geography: GeographyService,
  ) {}

  list(kind: OrganisationKind | null | undefined, search: string | null | undefined): Promise<Organisation[]> {
    const query = this.db.getRepository(Organisation).createQueryBuilder('o');
    if (kind) query.andWhere('o.kind = :kind', { kind });
    if (search?.trim()) {
      query.andWhere("o.searchKey LIKE :pattern ESCAPE '\\'", { pattern: containsPattern(search) });
    }
    return query.orderBy('o.searchKey', 'ASC').addOrderBy('o.id', 'ASC').getMany();
  }

  async find(id: string): Promise<Organisation | null> {
    return isId(id) ? this.db.getRepository(Organisation).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.db.getRepository(Organisation).findBy({ id: In(ids.filter(isId)) });
  }

  async create(actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
    requireRole(actor, REGISTER_KEEPERS, 'create organisations');
    return this.write(async (em) => {
      const organisation = em.getRepository(Organisation).create();
      await this.apply(em, organisation, input.name, input.kind, input.regionId ?? null);
      await em.getRepository(Organisation).save(organisation);
      await this.recordChange(em, actor, 'createOrganisation', organisation, null);
      return organisation;
    });
  }

  async update(actor: Actor, input: UpdateOrganisationInput): Promise<Organisation> {
    requireRole(actor, REGISTER_KEEPERS, 'edit organisations');
    return this.write(async (em) => {
      const organisation = await requireOrganisation(em, this.tx, input.id, 'id');
      requireVersion(organisation, input.expectedVersion, 'organisation');
      const before = this.audit.snapshot(organisation);
      await this.apply(
        em,
        organisation,
        input.name ?? organisation.name,
        input.kind ?? organisation.kind,
        input.regionId === undefined ? organisation.regionId : input.regionId,
      );
      await em.getRepository(Organisation).save(organisation);
      await this.recordChange(em, actor, 'updateOrganisation', organisation, before);
      return organisation;
    });
  }

  /** Deletes an organisation nobody is employed by and no seat (not even an archived one) represents. */
  async delete(actor: Actor, id: string, expectedVersion: number | null | undefined): Promise<string> {
    requireRole(actor, REGISTER_KEEPERS, 'delete organisations');
    return this.tx.run(async (em) => {
      const organisation = await requireOrganisation(em, this.tx, id, 'id');
      requireVersion(organisation, expectedVersion, 'organisation');
      const count = await this.uses(em, organisation.id);
      if (count > 0) {
        throw conflict(`${organisation.name} employs persons or is represented by seats (${count}); it stays.`, {
          reason: 'ORGANISATION_IN_USE',
          params: { count },
        });
      }
      const before = this.audit.snapshot(organisation);
      await em.getRepository(Organisation).delete({ id: organisation.id });
      await this.recordChange(em, actor, 'deleteOrganisation', { ...organisation, id }, before, true);
      return id;
    });
  }

  /**
   * Persons employed by the organisation plus seats representing it. The tables belong to modules above this one,
   * so they are named here rather than imported; their foreign keys refuse a delete this count would miss.
   */
  private async uses(em: EntityManager, id: string): Promise<number> {
    const count = async (table: string, column: string) => {
      const row = await em
        .createQueryBuilder()
        .select('COUNT(*)', 'n')
        .from(table, 't')
        .where(`t.${column} = :id`, { id })
        .getRawOne<{ n: string | number }>();
      return Number(row?.n ?? 0);
    };
    return (
      (await count('persons', 'employerOrganisationId')) + (await count('memberships', 'representedOrganisationId'))
    );
  }

  /** Runs a write; a name taken by a concurrent save (the unique folded name) is answered as ORGANISATION_EXISTS. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (error instanceof DomainError && error.extensions.reason === 'DUPLICATE') throw this.exists(null);
      throw error;
    }
  }

  private exists(name: string | null) {
    return conflict(`There is already an organisation named ${name ?? 'so'}.`, {
      reason: 'ORGANISATION_EXISTS',
      field: 'name',
      params: name ? { name } : undefined,
    });
  }

  private async apply(
    em: EntityManager,
    organisation: Organisation,
    rawName: string,
    kind: OrganisationKind,
    regionId: string | null,
  ): Promise<void> {
    const name = rawName.replace(/\s+/g, ' ').trim();
    if (!name) throw badInput('An organisation needs a name.', { reason: 'REQUIRED', field: 'name' });
    const key = searchKey(name);
    const holder = await em.getRepository(Organisation).findOneBy({ searchKey: key });
    if (holder && holder.id !== organisation.id) throw this.exists(holder.name);
    if (regionId && !(await this.geography.findRegion(regionId, em))) throw notFound('Region', regionId, 'regionId');
    Object.assign(organisation, { name, searchKey: key, kind, regionId });
  }

  private recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    organisation: Organisation,
    before: object | null,
    removed = false,
  ) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.ORGANISATION,
      entityId: organisation.id,
      before,
      after: removed ? null : organisation,
    });
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    organisations: OrganisationsService;
  }
}
