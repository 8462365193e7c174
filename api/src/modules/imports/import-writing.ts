/**
 * Writing one row of each kind through the same service calls a form would make: a record the register lacks is
 * created, one it has is updated with the cells that differ.
 */
import { IsNull, type EntityManager } from 'typeorm';
import { validateInput } from '../../common/validation.js';
import type { Actor } from '../../common/actor.js';
import { Group } from '../groups/group.entity.js';
import { CreateGroupInput, UpdateGroupInput } from '../groups/group.inputs.js';
import { counterpartTypeOf, GROUP_STATUS_LABELS, parentTypeOf, Tier, tierOf } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { AddMembershipInput, UpdateMembershipInput } from '../memberships/membership.inputs.js';
import { Membership } from '../memberships/membership.entity.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { MEMBER_ROLE_LABELS } from '../memberships/member-role.js';
import { CreatePersonInput, UpdatePersonInput } from '../persons/person.inputs.js';
import { GENDER_LABELS, Person } from '../persons/person.entity.js';
import type { PersonsService } from '../persons/persons.service.js';
import {
  findPerson,
  groupKey,
  nationalGroup,
  owner,
  relatedGroup,
  remember,
  rememberPerson,
  type Lookups,
} from './import-matching.js';
import { code, date, groupType, healthcareRegion, region, required, RowProblem, type Cells } from './import-parsing.js';
import { ImportRowStatus } from './import.types.js';

export interface RowOutcome {
  status: Exclude<ImportRowStatus, ImportRowStatus.REFUSED>;
  label: string;
  changes: string[];
}

export class RowWriter {
  constructor(
    private readonly groups: GroupsService,
    private readonly persons: PersonsService,
    private readonly memberships: MembershipsService,
  ) {}

  // ── persons ──────────────────────────────────────────────────────────────────────────────────────────────────

  async personRow(em: EntityManager, actor: Actor, cells: Cells, lookups: Lookups): Promise<RowOutcome> {
    const name = required(cells, 'name');
    // An empty cell gives no value: a new person is created without it, an existing one keeps theirs.
    const email = cells.email || undefined;
    const title = cells.title || undefined;
    const gender = cells.gender ? code(GENDER_LABELS, cells.gender, 'gender') : undefined;
    const employerRegionId = cells.employerRegion
      ? region(lookups.regions, cells.employerRegion, 'employerRegion')
      : undefined;
    const existing = findPerson(lookups, name, email ?? null, employerRegionId ?? null);
    if (!existing) {
      const input = Object.assign(new CreatePersonInput(), { name, email, title, gender, employerRegionId });
      await this.validate(input);
      const person = await this.persons.createWithin(em, actor, 'importPersons', input);
      lookups.shadow?.add(Person, person);
      rememberPerson(lookups, person);
      return { status: ImportRowStatus.NEW, label: person.name, changes: [] };
    }
    await lookups.shadow?.ensure(em, existing.id);
    const wanted: Partial<UpdatePersonInput> = {};
    if (email && email.toLowerCase() !== existing.emailKey) wanted.email = email;
    if (email && name !== existing.name) wanted.name = name;
    if (title && title !== existing.title) wanted.title = title;
    if (gender && gender !== existing.gender) wanted.gender = gender;
    if (employerRegionId && employerRegionId !== existing.employerRegionId) wanted.employerRegionId = employerRegionId;
    return this.applyUpdate(existing.name, wanted, async () => {
      const input = Object.assign(new UpdatePersonInput(), { id: existing.id, ...wanted });
      await this.validate(input);
      rememberPerson(lookups, await this.persons.updateWithin(em, actor, 'importPersons', input));
    });
  }

  // ── groups ───────────────────────────────────────────────────────────────────────────────────────────────────

  async groupRow(em: EntityManager, actor: Actor, cells: Cells, lookups: Lookups): Promise<RowOutcome> {
    const type = groupType(required(cells, 'type'), 'type');
    const name = required(cells, 'name');
    const tier = tierOf(type);
    const healthcareRegionId = cells.healthcareRegion
      ? healthcareRegion(lookups.healthcareRegions, cells.healthcareRegion, 'healthcareRegion')
      : null;
    const regionId = cells.region && tier === Tier.LOCAL ? region(lookups.regions, cells.region, 'region') : null;
    const ownerId = regionId ?? healthcareRegionId;
    const parentType = parentTypeOf(type);
    const parentId = cells.parent ? relatedGroup(lookups, parentType, cells.parent, ownerId, 'parent') : null;
    const counterpartType = counterpartTypeOf(type);
    const counterpartOwner =
      tier === Tier.LOCAL ? (lookups.regions.find((r) => r.id === regionId)?.healthcareRegionId ?? null) : null;
    const counterpartId = cells.counterpart
      ? relatedGroup(lookups, counterpartType, cells.counterpart, counterpartOwner, 'counterpart')
      : null;
    const status = cells.status ? code(GROUP_STATUS_LABELS, cells.status, 'status') : undefined;
    const existing = lookups.groups.get(groupKey(type, name, ownerId));
    for (const id of [parentId, counterpartId, existing?.id]) await lookups.shadow?.ensure(em, id);
    if (!existing) {
      const input = Object.assign(new CreateGroupInput(), {
        type,
        name,
        healthcareRegionId,
        regionId,
        parentId,
        counterpartId,
        status,
        mandate: cells.mandate || null,
      });
      await this.validate(input);
      const group = await this.groups.createWithin(em, actor, 'importGroups', input);
      lookups.shadow?.add(Group, group, [parentId, counterpartId]);
      remember(lookups, group);
      return { status: ImportRowStatus.NEW, label: `${type} ${group.name}`, changes: [] };
    }
    const wanted: Partial<UpdateGroupInput> = {};
    if (parentId && parentId !== existing.parentId) wanted.parentId = parentId;
    if (counterpartId && counterpartId !== existing.counterpartId) wanted.counterpartId = counterpartId;
    if (status && status !== existing.status) wanted.status = status;
    if (cells.mandate && cells.mandate !== existing.mandate) wanted.mandate = cells.mandate;
    return this.applyUpdate(`${type} ${existing.name}`, wanted, async () => {
      const input = Object.assign(new UpdateGroupInput(), { id: existing.id, ...wanted });
      await this.validate(input);
      remember(lookups, await this.groups.updateWithin(em, actor, 'importGroups', input));
    });
  }

  // ── memberships ──────────────────────────────────────────────────────────────────────────────────────────────

  async membershipRow(em: EntityManager, actor: Actor, cells: Cells, lookups: Lookups): Promise<RowOutcome> {
    const type = groupType(required(cells, 'groupType'), 'groupType');
    const groupName = required(cells, 'groupName');
    const ownerId = cells.groupOwner ? owner(lookups, type, cells.groupOwner) : null;
    const group =
      lookups.groups.get(groupKey(type, groupName, ownerId)) ??
      (tierOf(type) === Tier.NATIONAL ? nationalGroup(lookups, type, groupName) : undefined);
    if (!group) {
      throw new RowProblem(
        'groupName',
        'IMPORT_GROUP_UNKNOWN',
        `There is no ${type} "${groupName}"; import the groups first.`,
        { group: `${type} ${groupName}` },
      );
    }
    const personName = required(cells, 'personName');
    const personRegionId = cells.personRegion ? region(lookups.regions, cells.personRegion, 'personRegion') : null;
    const role = code(MEMBER_ROLE_LABELS, required(cells, 'role'), 'role');
    const representedRegionId = cells.representedRegion
      ? region(lookups.regions, cells.representedRegion, 'representedRegion')
      : null;
    const startDate = date(required(cells, 'startDate'), 'startDate');
    const endDate = cells.endDate ? date(cells.endDate, 'endDate') : null;
    const label = `${personName} – ${type} ${group.name}`;

    const membershipInput = (personId: string) =>
      Object.assign(new AddMembershipInput(), {
        groupId: group.id,
        personId,
        role,
        representedRegionId,
        startDate,
        endDate,
        note: cells.note || null,
      });
    const found = findPerson(lookups, personName, cells.personEmail || null, personRegionId);
    if (!found) {
      // The new person and their membership are written together or not at all. The services refuse before they
      // write, so no savepoint is needed: a refused membership deletes the person just created.
      const personInput = Object.assign(new CreatePersonInput(), {
        name: personName,
        email: cells.personEmail || null,
        employerRegionId: personRegionId,
      });
      await this.validate(personInput);
      await this.validate(membershipInput(group.id));
      await lookups.shadow?.ensure(em, group.id);
      const person = await this.persons.createWithin(em, actor, 'importMemberships', personInput);
      let membership: Membership;
      try {
        membership = await this.memberships.addWithin(em, actor, 'importMemberships', membershipInput(person.id), {
          group,
          person,
        });
      } catch (error) {
        // A refused membership takes its new person with it (the person's audit event goes back with the row's).
        await em.getRepository(Person).delete({ id: person.id });
        throw error;
      }
      lookups.shadow?.add(Person, person);
      lookups.shadow?.add(Membership, membership, [group.id, person.id], person.id);
      rememberPerson(lookups, person);
      return { status: ImportRowStatus.NEW, label, changes: ['person'] };
    }
    const person = found;
    for (const id of [group.id, person.id]) await lookups.shadow?.ensure(em, id);
    const existing = await em
      .getRepository(Membership)
      .findOneBy({ groupId: group.id, personId: person.id, role, startDate, archivedAt: IsNull() });
    if (!existing) {
      const input = membershipInput(person.id);
      await this.validate(input);
      const membership = await this.memberships.addWithin(em, actor, 'importMemberships', input, { group, person });
      lookups.shadow?.add(Membership, membership, [group.id, person.id], person.id);
      return { status: ImportRowStatus.NEW, label, changes: [] };
    }
    const wanted: Partial<UpdateMembershipInput> = {};
    if (cells.endDate !== undefined && endDate !== existing.endDate) wanted.endDate = endDate;
    if (cells.representedRegion !== undefined && representedRegionId !== existing.representedRegionId)
      wanted.representedRegionId = representedRegionId;
    if (cells.note !== undefined && (cells.note || null) !== existing.note) wanted.note = cells.note || null;
    return this.applyUpdate(label, wanted, async () => {
      const input = Object.assign(new UpdateMembershipInput(), { id: existing.id, ...wanted });
      await this.validate(input);
      await this.memberships.updateWithin(em, actor, 'importMemberships', input);
    });
  }

  // ── updates ──────────────────────────────────────────────────────────────────────────────────────────────────

  private async applyUpdate(label: string, wanted: object, update: () => Promise<void>): Promise<RowOutcome> {
    const changes = Object.keys(wanted);
    if (!changes.length) return { status: ImportRowStatus.UNCHANGED, label, changes };
    await update();
    return { status: ImportRowStatus.CHANGED, label, changes };
  }

  private async validate(input: object): Promise<void> {
    await validateInput(input);
  }
}
