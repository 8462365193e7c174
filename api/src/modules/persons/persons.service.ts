import { type DataSource, type EntityManager, In } from 'typeorm';
import { containsPattern, type ConnectionData, type PageArgs, paginate, searchKey } from '../../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import { AuditEntityType } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGION_PROPOSERS, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import type { GeographyService } from '../geography/geography.service.js';
import { requireOrganisation } from '../organisations/organisations.service.js';
import type { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';
import { type CareLevel, type Gender, Person } from './person.entity.js';

/** What a person's create or update settles, after the update's omitted fields are filled from the stored person. */
interface PersonValues {
  name: string;
  email: string | null;
  title: string | null;
  employerRegionId: string | null;
  employerOrganisationId: string | null;
  gender: Gender | null;
  profession: string | null;
  careLevel: CareLevel | null;
}

export class PersonsService {
  constructor(
    private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditTrail,
    private readonly geography: GeographyService,
  ) {}

  private recordChange(em: EntityManager, actor: Actor, operation: string, person: Person, before: object | null) {
    return this.audit.record(em, actor, {
      operation,
      entityType: AuditEntityType.PERSON,
      entityId: person.id,
      before,
      after: person,
    });
  }

  list(search: string | null | undefined, includeArchived: boolean, page: PageArgs): Promise<ConnectionData<Person>> {
    const query = this.db.getRepository(Person).createQueryBuilder('p');
    if (!includeArchived) query.where('p.archivedAt IS NULL');
    query.andWhere('p.mergedIntoId IS NULL'); // a merged record is a former record of another person (person-merges)
    if (search?.trim()) {
      const pattern = containsPattern(search);
      query.andWhere("(p.searchKey LIKE :pattern ESCAPE '\\' OR p.emailKey LIKE :pattern ESCAPE '\\')", { pattern });
    }
    return paginate(query, 'searchKey', (p) => p.searchKey, page);
  }

  async find(id: string): Promise<Person | null> {
    return isId(id) ? this.db.getRepository(Person).findOneBy({ id }) : null;
  }

  async get(id: string, em: EntityManager = this.db.manager, field?: string): Promise<Person> {
    const person = isId(id) ? await em.getRepository(Person).findOneBy({ id }) : null;
    if (!person) throw notFound('Person', id, field);
    return person;
  }

  byIds(ids: readonly string[]): Promise<Person[]> {
    return this.db.getRepository(Person).findBy({ id: In(ids.filter(isId)) });
  }

  async create(actor: Actor, input: CreatePersonInput): Promise<Person> {
    requireRole(actor, REGION_PROPOSERS, 'create persons');
    this.requireOwnRegion(actor, input.employerRegionId ?? null);
    return this.tx.run((em) => this.createWithin(em, actor, 'createPerson', input));
  }

  /** Creates a person inside a transaction the caller holds (an import, with its other rows). */
  async createWithin(em: EntityManager, actor: Actor, operation: string, input: CreatePersonInput): Promise<Person> {
    const person = em.getRepository(Person).create({ archivedAt: null, erasedAt: null });
    await this.apply(em, person, {
      name: input.name,
      email: input.email ?? null,
      title: input.title ?? null,
      employerRegionId: input.employerRegionId ?? null,
      employerOrganisationId: input.employerOrganisationId ?? null,
      gender: input.gender ?? null,
      profession: input.profession ?? null,
      careLevel: input.careLevel ?? null,
    });
    await em.getRepository(Person).save(person);
    await this.recordChange(em, actor, operation, person, null);
    return person;
  }

  async update(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    requireRole(actor, REGION_PROPOSERS, 'edit persons');
    return this.tx.run((em) => this.updateWithin(em, actor, 'updatePerson', input));
  }

  async updateWithin(em: EntityManager, actor: Actor, operation: string, input: UpdatePersonInput): Promise<Person> {
    await this.tx.lock(em, 'persons', input.id);
    const person = await this.get(input.id, em);
    this.requireOwnRegion(actor, person.employerRegionId);
    requireVersion(person, input.expectedVersion, 'person');
    if (person.erasedAt)
      throw conflict("The person's data has been erased; the record can no longer be edited.", {
        reason: 'PERSON_ERASED',
      });
    // A former record is kept only as history of the person it was merged into: an edit belongs on that record.
    if (person.mergedIntoId)
      throw conflict(`${person.name} has been merged into another record; edit that record instead.`, {
        reason: 'PERSON_MERGED',
      });
    const before = this.audit.snapshot(person);
    const employer = updatedEmployer(person, input);
    this.requireOwnRegion(actor, employer.employerRegionId);
    await this.apply(em, person, {
      name: input.name ?? person.name,
      email: input.email === undefined ? person.email : input.email,
      title: input.title === undefined ? person.title : input.title,
      ...employer,
      gender: input.gender === undefined ? person.gender : input.gender,
      profession: input.profession === undefined ? person.profession : input.profession,
      careLevel: input.careLevel === undefined ? person.careLevel : input.careLevel,
    });
    await em.getRepository(Person).save(person);
    await this.recordChange(em, actor, operation, person, before);
    return person;
  }

  /** Archived persons keep every past seat but are hidden from search and get no new ones. */
  async archive(actor: Actor, id: string): Promise<Person> {
    requireRole(actor, REGISTER_KEEPERS, 'archive persons');
    return this.tx.run(async (em) => {
      await this.tx.lock(em, 'persons', id);
      const person = await this.get(id, em);
      if (person.archivedAt)
        throw conflict(`${person.name} is already archived.`, { reason: 'PERSON_ALREADY_ARCHIVED' });
      const before = this.audit.snapshot(person);
      person.archivedAt = new Date();
      await em.getRepository(Person).save(person);
      await this.recordChange(em, actor, 'archivePerson', person, before);
      return person;
    });
  }

  /** Whether the actor may edit this person: the client shows its edit controls only then. */
  mayEdit(actor: Actor, person: Person): boolean {
    return REGION_PROPOSERS.includes(actor.role) && !person.erasedAt && this.speaksFor(actor, person.employerRegionId);
  }

  /** A region representative speaks only for persons employed by their own region; other proposers for all. */
  private speaksFor(actor: Actor, employerRegionId: string | null): boolean {
    if (actor.role !== UserRole.REGION_REPRESENTATIVE) return true;
    return Boolean(employerRegionId) && employerRegionId === actor.regionId;
  }

  private requireOwnRegion(actor: Actor, employerRegionId: string | null): void {
    if (!this.speaksFor(actor, employerRegionId)) {
      throw forbidden('A region representative may only add and edit persons employed by their own region.', {
        reason: 'OTHER_REGION',
        field: 'employerRegionId',
      });
    }
  }

  /** Persons employed by each organisation and not archived, as rows of organisation id and count. */
  async employeeCounts(organisationIds: readonly string[]): Promise<{ id: string; count: number }[]> {
    const ids = organisationIds.filter(isId);
    if (!ids.length) return [];
    const rows = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .select('p.employerOrganisationId', 'id')
      .addSelect('COUNT(*)', 'count')
      .where('p.employerOrganisationId IN (:...ids) AND p.archivedAt IS NULL', { ids })
      .groupBy('p.employerOrganisationId')
      .getRawMany<{ id: string; count: string | number }>();
    return rows.map((row) => ({ id: row.id, count: Number(row.count) }));
  }

  private async apply(em: EntityManager, person: Person, values: PersonValues): Promise<void> {
    const name = values.name.trim();
    if (!name) throw badInput('A person needs a name.', { reason: 'REQUIRED', field: 'name' });
    const email = values.email?.trim() || null;
    const emailKey = email?.toLowerCase() ?? null;
    if (emailKey) {
      const holder = await em.getRepository(Person).findOneBy({ emailKey });
      if (holder && holder.id !== person.id) {
        throw conflict(`Another person in the register (${holder.name}) already has the e-mail address ${email}.`, {
          reason: 'EMAIL_TAKEN',
          field: 'email',
          params: { email },
        });
      }
    }
    if (values.employerRegionId) {
      if (!(await this.geography.findRegion(values.employerRegionId, em)))
        throw notFound('Region', values.employerRegionId, 'employerRegionId');
    }
    if (values.employerRegionId && values.employerOrganisationId) {
      throw badInput('A person is employed by a region or by another organisation, not both.', {
        reason: 'EMPLOYER_TWICE',
        field: 'employerOrganisationId',
      });
    }
    if (values.employerOrganisationId) {
      await requireOrganisation(em, this.tx, values.employerOrganisationId, 'employerOrganisationId');
    }
    Object.assign(person, {
      name,
      searchKey: searchKey(name),
      email,
      emailKey,
      title: values.title?.trim() || null,
      employerRegionId: values.employerRegionId,
      employerOrganisationId: values.employerOrganisationId,
      gender: values.gender,
      profession: values.profession?.trim() || null,
      careLevel: values.careLevel,
    });
  }
}

/**
 * The employer after an update: both given is EMPLOYER_TWICE (apply refuses it); one employer given replaces the other,
 * so that moving a person from a region to an organisation takes one field.
 */
function updatedEmployer(person: Person, input: UpdatePersonInput) {
  const region = input.employerRegionId;
  const organisation = input.employerOrganisationId;
  if (region !== undefined && organisation !== undefined)
    return { employerRegionId: region, employerOrganisationId: organisation };
  if (region) return { employerRegionId: region, employerOrganisationId: null };
  if (organisation) return { employerRegionId: null, employerOrganisationId: organisation };
  return {
    employerRegionId: region === undefined ? person.employerRegionId : null,
    employerOrganisationId: organisation === undefined ? person.employerOrganisationId : null,
  };
}

declare module '../../common/context.js' {
  interface RegistryServices {
    persons: PersonsService;
  }
}
