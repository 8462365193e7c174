import { Brackets, In, IsNull, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { addDays, isActiveOn, type Clock, type IsoDate } from '../../common/dates.js';
import { badInput } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import { MemberRole } from './member-role.js';
import { Membership } from './membership.entity.js';

/** `forGroups`' day meaning every term, ended or not. */
const ALL_TIME = null;

const ROLE_ORDER = Object.values(MemberRole);

/** Chair first, then vice chair, members, deputies and staff; within a role the longest-serving first. */
export function byRoleThenStart(a: Membership, b: Membership): number {
  return ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.startDate.localeCompare(b.startDate);
}

/** The read side of MembershipsService: lookups and lists of terms, with the days they default to. */
export abstract class MembershipReads {
  constructor(
    protected readonly db: DataSource,
    protected readonly clock: Clock,
  ) {}

  /** The day `Group.memberships` lists: asOf, else today; ALL_TIME (every term) when no day but ended terms are asked. */
  groupListingDay(asOf: IsoDate | null | undefined, includeEnded: boolean | null | undefined): IsoDate | null {
    return asOf ?? (includeEnded ? ALL_TIME : this.clock.today());
  }

  /** Whether the term is active on asOf, by default today. */
  isActive(membership: Membership, asOf: IsoDate | null | undefined): boolean {
    return isActiveOn(membership.startDate, membership.endDate, asOf ?? this.clock.today());
  }

  async find(id: string): Promise<Membership | null> {
    return isId(id) ? this.db.getRepository(Membership).findOneBy({ id }) : null;
  }

  byIds(ids: readonly string[]): Promise<Membership[]> {
    return this.db.getRepository(Membership).findBy({ id: In(ids.filter(isId)) });
  }

  /** The memberships of several groups: those active on `asOf`, or every one when `asOf` is null. */
  /**
   * Memberships with their group and person, of one group or of all, active on `asOf` or all of them: for the member
   * list export, in one statement however long the list.
   */
  withGroupsAndPersons(groupId: string | null, asOf: IsoDate | null): Promise<Membership[]> {
    const query = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.group', 'g')
      .innerJoinAndSelect('m.person', 'p')
      .where('m.archivedAt IS NULL');
    if (groupId) query.andWhere('m.groupId = :groupId', { groupId: isId(groupId) ? groupId : null });
    if (asOf) this.activeOn(query, asOf);
    return query
      .orderBy('g.searchKey')
      .addOrderBy('g.type')
      .addOrderBy('g.id')
      .addOrderBy('m.startDate')
      .addOrderBy('p.searchKey')
      .addOrderBy('m.id')
      .getMany();
  }

  async forGroups(
    groupIds: readonly string[],
    asOf: IsoDate | null,
    em: EntityManager = this.db.manager,
  ): Promise<Membership[]> {
    const ids = groupIds.filter(isId);
    if (!ids.length) return [];
    const query = em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.groupId IN (:...ids)', { ids })
      .andWhere('m.archivedAt IS NULL');
    if (asOf) this.activeOn(query, asOf);
    const rows = await query.getMany();
    return rows.sort(byRoleThenStart);
  }

  /** Terms whose last day falls within `withinDays` days from `asOf` (default today), soonest first. */
  async expiring(asOf: IsoDate | null | undefined, withinDays: number): Promise<Membership[]> {
    const from = asOf ?? this.clock.today();
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3660) {
      throw badInput('withinDays must be a whole number of days from 0 to 3660.', {
        reason: 'INVALID_WINDOW',
        field: 'withinDays',
      });
    }
    const to = addDays(from, withinDays);
    return this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.archivedAt IS NULL AND m.endDate >= :from AND m.endDate <= :to', { from, to })
      .orderBy('m.endDate', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** Every membership of several persons, newest first. */
  forPersons(personIds: readonly string[]): Promise<Membership[]> {
    return this.db.getRepository(Membership).find({
      where: { personId: In(personIds.filter(isId)), archivedAt: IsNull() },
      order: { startDate: 'DESC' },
    });
  }

  /** The deputies tied to each of several members, active on `asOf` (every one when null). */
  async deputiesOf(memberIds: readonly string[], asOf: IsoDate | null): Promise<Membership[]> {
    const ids = memberIds.filter(isId);
    if (!ids.length) return [];
    const query = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.standsInForId IN (:...ids) AND m.archivedAt IS NULL', { ids });
    if (asOf) this.activeOn(query, asOf);
    return (await query.getMany()).sort(byRoleThenStart);
  }

  /** Seats active on `asOf` that represent each of several organisations, as rows of organisation id and count. */
  async seatCounts(organisationIds: readonly string[], asOf: IsoDate): Promise<{ id: string; count: number }[]> {
    const ids = organisationIds.filter(isId);
    if (!ids.length) return [];
    const query = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .select('m.representedOrganisationId', 'id')
      .addSelect('COUNT(*)', 'count')
      .where('m.representedOrganisationId IN (:...ids) AND m.archivedAt IS NULL', { ids });
    this.activeOn(query, asOf);
    const rows = await query.groupBy('m.representedOrganisationId').getRawMany<{ id: string; count: string }>();
    return rows.map((row) => ({ id: row.id, count: Number(row.count) }));
  }

  protected activeOn(query: SelectQueryBuilder<Membership>, day: IsoDate): void {
    query
      .andWhere('m.startDate <= :day', { day })
      .andWhere(new Brackets((w) => w.where('m.endDate IS NULL').orWhere('m.endDate >= :day', { day })));
  }
}
