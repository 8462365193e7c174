import { Brackets, type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Clock, IsoDate } from '../../common/dates.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { requireVersion } from '../../common/tracked.entity.js';
import type { Transactions } from '../../common/transactions.js';
import type { AuditTrail } from '../audit/audit.service.js';
import { type Actor, REGISTER_KEEPERS, requireRole } from '../../common/actor.js';
import { Region } from '../geography/region.entity.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { Group } from '../groups/group.entity.js';
import { GroupStatus, Tier, tierOf } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import type { Person } from '../persons/person.entity.js';
import type { PersonsService } from '../persons/persons.service.js';
import {
  defaultParticipation,
  isDeputy,
  type MemberRole,
  representsOrganisation,
  representsRegion,
} from './member-role.js';
import type { AddMembershipInput, UpdateMembershipInput } from './membership.inputs.js';
import { recordMembershipChange } from './membership-audit.js';
import { Membership } from './membership.entity.js';
import { MembershipReads } from './membership-reads.js';
import { checkInterestsReviewedOn, checkRepresentedOrganisation, checkStandsInFor } from './membership-ties.js';

/** Everything that decides whether a seat may be held: checked alike for new and corrected memberships. */
interface Seat {
  id?: string;
  group: Group;
  person: Person;
  role: MemberRole;
  representedRegionId: string | null;
  representedOrganisationId: string | null;
  standsInForId: string | null;
  interestsReviewedOn: IsoDate | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export class MembershipsService extends MembershipReads {
  constructor(
    db: DataSource,
    private readonly tx: Transactions,
    private readonly groups: GroupsService,
    private readonly persons: PersonsService,
    private readonly audit: AuditTrail,
    private readonly geography: GeographyService,
    clock: Clock,
  ) {
    super(db, clock);
  }

  /** The regions whose seats a group can hold: any region nationally, the owner's regions below. */
  async eligibleRegions(group: Group, em: EntityManager = this.db.manager): Promise<Region[]> {
    const regions = em.getRepository(Region);
    switch (tierOf(group.type)) {
      case Tier.NATIONAL:
        return regions.find({ order: { name: 'ASC' } });
      case Tier.HEALTHCARE_REGION:
        return group.healthcareRegionId
          ? regions.find({ where: { healthcareRegionId: group.healthcareRegionId }, order: { name: 'ASC' } })
          : [];
      case Tier.LOCAL:
        return group.regionId ? regions.findBy({ id: group.regionId }) : [];
    }
  }

  async add(actor: Actor, input: AddMembershipInput): Promise<Membership> {
    requireRole(actor, REGISTER_KEEPERS, 'add memberships');
    return this.tx.run((em) => this.addWithin(em, actor, 'addMembership', input));
  }

  /**
   * Adds a membership inside a transaction the caller holds, so that a decision and its memberships commit together.
   * A caller that has just loaded the group and the person in this transaction may pass them to save reading them again.
   */
  async addWithin(
    em: EntityManager,
    actor: Actor,
    operation: string,
    input: AddMembershipInput,
    loaded: { group?: Group; person?: Person } = {},
  ): Promise<Membership> {
    // The group first (archiveGroup locks it too, so a term cannot open in a group being closed), then the person.
    await this.tx.lock(em, 'groups', input.groupId);
    const group =
      loaded.group?.id === input.groupId && this.tx.serialized
        ? loaded.group
        : await this.groups.get(input.groupId, em, 'groupId');
    const person =
      loaded.person?.id === input.personId ? loaded.person : await this.persons.get(input.personId, em, 'personId');
    await this.tx.lock(em, 'persons', person.id);
    const seat = await this.checkSeat(em, {
      group,
      person,
      role: input.role,
      representedRegionId: input.representedRegionId ?? null,
      representedOrganisationId: input.representedOrganisationId ?? null,
      standsInForId: input.standsInForId ?? null,
      interestsReviewedOn: input.interestsReviewedOn ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
    });
    const membership = em.getRepository(Membership).create({
      groupId: group.id,
      personId: person.id,
      role: seat.role,
      participation: input.participation ?? defaultParticipation(seat.role),
      representedRegionId: seat.representedRegionId,
      representedOrganisationId: seat.representedOrganisationId,
      standsInForId: seat.standsInForId,
      interestsReviewedOn: seat.interestsReviewedOn,
      startDate: seat.startDate,
      endDate: seat.endDate,
      note: input.note ?? null,
      archivedAt: null,
    });
    await em.getRepository(Membership).save(membership);
    await this.recordChange(em, actor, operation, membership, null);
    return membership;
  }

  /** Ends a term on `endDate`, the last day served; a term may be shortened but not ended twice. */
  async end(actor: Actor, id: string, endDate: IsoDate, expectedVersion: number | null = null): Promise<Membership> {
    requireRole(actor, REGISTER_KEEPERS, 'end memberships');
    return this.tx.run((em) => this.endWithin(em, actor, 'endMembership', id, endDate, expectedVersion));
  }

  /** Ends a term inside the caller's transaction, with the term's audit event; closing a group ends terms here too. */
  async endWithin(
    em: EntityManager,
    actor: Actor,
    operation: string,
    id: string,
    endDate: IsoDate,
    expectedVersion: number | null = null,
  ): Promise<Membership> {
    await this.tx.lock(em, 'memberships', id);
    const membership = await this.get(em, id);
    requireVersion(membership, expectedVersion, 'membership');
    if (membership.endDate !== null && membership.endDate <= endDate) {
      throw conflict(`The membership already ended on ${membership.endDate}.`, {
        reason: 'MEMBERSHIP_ALREADY_ENDED',
        field: 'endDate',
        params: { endDate: membership.endDate },
      });
    }
    this.checkDates(membership.startDate, endDate);
    const before = this.audit.snapshot(membership);
    membership.endDate = endDate;
    await em.getRepository(Membership).save(membership);
    await this.recordChange(em, actor, operation, membership, before);
    return membership;
  }

  async update(actor: Actor, input: UpdateMembershipInput): Promise<Membership> {
    requireRole(actor, REGISTER_KEEPERS, 'edit memberships');
    return this.tx.run((em) => this.updateWithin(em, actor, 'updateMembership', input));
  }

  async updateWithin(
    em: EntityManager,
    actor: Actor,
    operation: string,
    input: UpdateMembershipInput,
  ): Promise<Membership> {
    await this.tx.lock(em, 'memberships', input.id);
    const membership = await this.get(em, input.id);
    requireVersion(membership, input.expectedVersion, 'membership');
    const before = this.audit.snapshot(membership);
    const group = await this.groups.get(membership.groupId, em);
    const person = await this.persons.get(membership.personId, em);
    await this.tx.lock(em, 'persons', person.id);
    const role = input.role ?? membership.role;
    const seat = await this.checkSeat(em, {
      id: membership.id,
      group,
      person,
      role,
      ...updatedTies(membership, input, role),
      interestsReviewedOn:
        input.interestsReviewedOn === undefined ? membership.interestsReviewedOn : input.interestsReviewedOn,
      startDate: input.startDate ?? membership.startDate,
      endDate: input.endDate === undefined ? membership.endDate : input.endDate,
    });
    Object.assign(membership, {
      role: seat.role,
      participation:
        input.participation ??
        (seat.role === membership.role ? membership.participation : defaultParticipation(seat.role)),
      representedRegionId: seat.representedRegionId,
      representedOrganisationId: seat.representedOrganisationId,
      standsInForId: seat.standsInForId,
      interestsReviewedOn: seat.interestsReviewedOn,
      startDate: seat.startDate,
      endDate: seat.endDate,
    });
    if (input.note !== undefined) membership.note = input.note;
    await em.getRepository(Membership).save(membership);
    await this.recordChange(em, actor, operation, membership, before);
    return membership;
  }

  /** Archives an entry made in error; it stays in the database but counts in no list or report. */
  async archive(actor: Actor, id: string): Promise<Membership> {
    requireRole(actor, REGISTER_KEEPERS, 'archive memberships');
    return this.tx.run((em) => this.archiveWithin(em, actor, 'archiveMembership', id));
  }

  /** Archives a term inside the caller's transaction, with the term's audit event. */
  async archiveWithin(em: EntityManager, actor: Actor, operation: string, id: string): Promise<Membership> {
    await this.tx.lock(em, 'memberships', id);
    const membership = await this.get(em, id);
    const before = this.audit.snapshot(membership);
    membership.archivedAt = new Date();
    await em.getRepository(Membership).save(membership);
    await this.recordChange(em, actor, operation, membership, before);
    return membership;
  }

  /** A membership's changes belong to its group's and its person's history as well as its own. */
  private recordChange(
    em: EntityManager,
    actor: Actor,
    operation: string,
    membership: Membership,
    before: object | null,
  ) {
    return recordMembershipChange(this.audit, em, actor, operation, membership, before);
  }

  private async get(em: EntityManager, id: string): Promise<Membership> {
    const membership = isId(id) ? await em.getRepository(Membership).findOneBy({ id, archivedAt: IsNull() }) : null;
    if (!membership) throw notFound('Membership', id);
    return membership;
  }

  private checkDates(startDate: IsoDate, endDate: IsoDate | null): void {
    if (endDate !== null && endDate < startDate) {
      throw badInput(
        `The end date ${endDate} is before the start date ${startDate}; the end date is the last day served.`,
        {
          reason: 'END_BEFORE_START',
          field: 'endDate',
          params: { startDate, endDate },
        },
      );
    }
  }

  private async checkSeat(em: EntityManager, seat: Seat): Promise<Seat> {
    const { group, person, role } = seat;
    if (group.status === GroupStatus.CLOSED) {
      throw badInput(`The group "${group.name}" is closed and takes no new or changed memberships.`, {
        reason: 'GROUP_CLOSED',
        field: 'groupId',
      });
    }
    if (person.archivedAt && !seat.id) {
      throw badInput(`${person.name} is archived; restore the person before adding seats.`, {
        reason: 'PERSON_ARCHIVED',
        field: 'personId',
      });
    }
    this.checkDates(seat.startDate, seat.endDate);
    const representedOrganisationId = await checkRepresentedOrganisation(
      em,
      this.tx,
      role,
      seat.representedRegionId,
      seat.representedOrganisationId,
    );
    const representedRegionId = representedOrganisationId
      ? null
      : await this.representedRegion(em, group, role, seat.representedRegionId);
    const standsInForId = await checkStandsInFor(em, this.tx, { ...seat, groupId: group.id }, seat.standsInForId);
    const interestsReviewedOn = checkInterestsReviewedOn(seat.interestsReviewedOn, this.clock.today());

    const overlapping = await em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.groupId = :groupId AND m.personId = :personId AND m.archivedAt IS NULL', {
        groupId: group.id,
        personId: person.id,
      })
      .andWhere(seat.id ? 'm.id <> :id' : '1=1', { id: seat.id })
      .andWhere(seat.endDate ? 'm.startDate <= :endDate' : '1=1', { endDate: seat.endDate })
      .andWhere(
        new Brackets((w) =>
          w.where('m.endDate IS NULL').orWhere('m.endDate >= :startDate', { startDate: seat.startDate }),
        ),
      )
      .getOne();
    if (overlapping) {
      throw conflict(
        `${person.name} already has a membership in "${group.name}" from ${overlapping.startDate}${overlapping.endDate ? ` to ${overlapping.endDate}` : ''} that overlaps these dates.`,
        {
          reason: 'MEMBERSHIP_OVERLAP',
          field: 'startDate',
          params: { membershipId: overlapping.id, startDate: overlapping.startDate, endDate: overlapping.endDate },
        },
      );
    }
    return { ...seat, representedRegionId, representedOrganisationId, standsInForId, interestsReviewedOn };
  }

  /**
   * Whose seat this is. Roles that represent no region take none; in a local group every seat is the group's own
   * region's; in a healthcare-regional group it is one of that healthcare region's regions.
   */
  private async representedRegion(
    em: EntityManager,
    group: Group,
    role: MemberRole,
    regionId: string | null,
  ): Promise<string | null> {
    if (!representsRegion(role)) {
      if (regionId) {
        throw badInput(`The role ${role} represents no region; leave representedRegionId empty.`, {
          reason: 'ROLE_REPRESENTS_NO_REGION',
          field: 'representedRegionId',
          params: { role },
        });
      }
      return null;
    }
    const tier = tierOf(group.type);
    if (tier === Tier.LOCAL && !regionId) return group.regionId;
    if (!regionId) {
      throw badInput(`A ${role} in a ${group.type} holds a region's seat: give representedRegionId.`, {
        reason: 'REPRESENTED_REGION_REQUIRED',
        field: 'representedRegionId',
        params: { role, type: group.type },
      });
    }
    const region = await this.geography.findRegion(regionId, em);
    if (!region) throw notFound('Region', regionId, 'representedRegionId');
    if (tier === Tier.LOCAL && region.id !== group.regionId) {
      throw badInput(`Seats in a local group belong to the group's own region.`, {
        reason: 'REPRESENTED_REGION_OUTSIDE_OWNER',
        field: 'representedRegionId',
      });
    }
    if (tier === Tier.HEALTHCARE_REGION && region.healthcareRegionId !== group.healthcareRegionId) {
      throw badInput(`${region.name} is not a region of the healthcare region that owns "${group.name}".`, {
        reason: 'REPRESENTED_REGION_OUTSIDE_OWNER',
        field: 'representedRegionId',
      });
    }
    return region.id;
  }
}

/**
 * What a corrected seat represents and whom a deputy stands in for. A region given replaces the organisation and the
 * other way round; a new role that cannot hold the old one drops it unless it is given explicitly.
 */
function updatedTies(membership: Membership, input: UpdateMembershipInput, role: MemberRole) {
  const region = input.representedRegionId;
  const organisation = input.representedOrganisationId;
  const keptRegion = representsRegion(role) && !organisation ? membership.representedRegionId : null;
  const keptOrganisation = representsOrganisation(role) && !region ? membership.representedOrganisationId : null;
  return {
    representedRegionId: region !== undefined ? region : keptRegion,
    representedOrganisationId: organisation !== undefined ? organisation : keptOrganisation,
    standsInForId:
      input.standsInForId !== undefined ? input.standsInForId : isDeputy(role) ? membership.standsInForId : null,
  };
}

declare module '../../common/context.js' {
  interface RegistryServices {
    memberships: MembershipsService;
  }
}
