import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { badInput } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { Transactions } from '../../common/transactions.js';
import { requireOrganisation } from '../organisations/organisations.service.js';
import { holdsVotingSeat, isDeputy, type MemberRole, representsOrganisation } from './member-role.js';
import { Membership } from './membership.entity.js';

/** The organisation a seat represents, checked: never beside a region, only for roles that hold someone's seat. */
export async function checkRepresentedOrganisation(
  em: EntityManager,
  tx: Transactions,
  role: MemberRole,
  representedRegionId: string | null,
  organisationId: string | null,
): Promise<string | null> {
  if (!organisationId) return null;
  if (representedRegionId) {
    throw badInput('A seat represents either a region or an organisation, not both.', {
      reason: 'REPRESENTS_TWICE',
      field: 'representedOrganisationId',
    });
  }
  if (!representsOrganisation(role)) {
    throw badInput(`The role ${role} represents no organisation; leave representedOrganisationId empty.`, {
      reason: 'ROLE_REPRESENTS_NO_ORGANISATION',
      field: 'representedOrganisationId',
      params: { role },
    });
  }
  return (await requireOrganisation(em, tx, organisationId, 'representedOrganisationId')).id;
}

/** The deputy's term and the member it is tied to, as checkStandsInFor needs them. */
interface DeputySeat {
  id?: string;
  groupId: string;
  role: MemberRole;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/**
 * A deputy's tie to the member it stands in for: only a deputy has one, and the member must hold a voting seat in
 * the same group during part of the deputy's term. The member's row is locked so that it is not archived meanwhile.
 */
export async function checkStandsInFor(
  em: EntityManager,
  tx: Transactions,
  seat: DeputySeat,
  standsInForId: string | null,
): Promise<string | null> {
  if (!standsInForId) return null;
  if (!isDeputy(seat.role)) {
    throw badInput('Only a deputy is tied to the member they stand in for.', {
      reason: 'STANDS_IN_FOR_NOT_DEPUTY',
      field: 'standsInForId',
      params: { role: seat.role },
    });
  }
  await tx.lock(em, 'memberships', standsInForId);
  const member = isId(standsInForId) ? await em.getRepository(Membership).findOneBy({ id: standsInForId }) : null;
  const overlaps =
    member &&
    (seat.endDate === null || member.startDate <= seat.endDate) &&
    (member.endDate === null || member.endDate >= seat.startDate);
  if (
    !member ||
    member.archivedAt ||
    member.id === seat.id ||
    member.groupId !== seat.groupId ||
    !holdsVotingSeat(member) ||
    !overlaps
  ) {
    throw badInput('A deputy can only be tied to a deciding member of the same group over the same time.', {
      reason: 'STANDS_IN_FOR_NOT_A_MEMBER',
      field: 'standsInForId',
    });
  }
  return member.id;
}

/** The day a declaration of interests was reviewed: a day that has come. */
export function checkInterestsReviewedOn(day: IsoDate | null, today: IsoDate): IsoDate | null {
  if (day && day > today) {
    throw badInput(`The declaration of interests cannot have been reviewed on ${day}, after today.`, {
      reason: 'INTERESTS_REVIEW_IN_FUTURE',
      field: 'interestsReviewedOn',
      params: { date: day },
    });
  }
  return day;
}
