import type { Services } from '../app/services.js';
import type { Actor } from '../common/actor.js';
import { UserRole } from '../common/user-role.js';
import { HealthcareRegion } from '../modules/geography/healthcare-region.entity.js';
import { Region } from '../modules/geography/region.entity.js';
import { Group } from '../modules/groups/group.entity.js';
import { GroupType } from '../modules/groups/group-type.js';
import { MemberRole } from '../modules/memberships/member-role.js';
import { Membership } from '../modules/memberships/membership.entity.js';
import { Person } from '../modules/persons/person.entity.js';

export const coordinator: Actor = { userId: 'test-coordinator', role: UserRole.COORDINATOR, regionId: null };
export const viewer: Actor = { userId: 'test-viewer', role: UserRole.VIEWER, regionId: null };

let sequence = 0;
const next = () => ++sequence;

/** Small factories over the real services, so every fixture obeys the same rules as user input. */
export function factories(services: Services) {
  const repo = <T extends object>(entity: new () => T) => services.db.getRepository(entity);
  return {
    healthcareRegion: (code: string) => repo(HealthcareRegion).findOneByOrFail({ code }),
    region: (code: string) => repo(Region).findOneByOrFail({ code }),
    npo: (name = `NPO ${next()}`) => services.groups.create(coordinator, { name, type: GroupType.NPO }),
    async group(
      type: GroupType,
      fields: Partial<Pick<Group, 'parentId' | 'counterpartId' | 'healthcareRegionId' | 'regionId'>> = {},
    ) {
      return services.groups.create(coordinator, { name: `${type} ${next()}`, ...fields, type });
    },
    person: (fields: Partial<Pick<Person, 'name' | 'email' | 'employerRegionId'>> = {}) =>
      services.persons.create(coordinator, { name: `Testperson ${next()}`, ...fields }),
    membership: (
      group: Group,
      person: Person,
      fields: {
        role?: MemberRole;
        representedRegionId?: string | null;
        startDate?: string;
        endDate?: string | null;
      } = {},
    ) =>
      services.memberships.add(coordinator, {
        groupId: group.id,
        personId: person.id,
        role: fields.role ?? MemberRole.MEMBER,
        representedRegionId: fields.representedRegionId ?? null,
        startDate: fields.startDate ?? '2024-01-01',
        endDate: fields.endDate ?? null,
      }),
    counts: async () => ({
      groups: await repo(Group).count(),
      persons: await repo(Person).count(),
      memberships: await repo(Membership).count(),
    }),
  };
}
