/** The warnings a coordinator weighs before deciding a nomination; none of them stops the decision. */
import type { DataSource } from 'typeorm';
import { addDays, addYears, type IsoDate } from '../../common/dates.js';
import type { GeographyService } from '../geography/geography.service.js';
import { GroupType } from '../groups/group-type.js';
import type { GroupsService } from '../groups/groups.service.js';
import { MemberRole, SHARE_ROLES } from '../memberships/member-role.js';
import type { MembershipsService } from '../memberships/memberships.service.js';
import { Gender } from '../persons/person.entity.js';
import type { PersonsService } from '../persons/persons.service.js';
import { candidatesOfNominations, getNomination } from './nomination-rules.js';
import type { NominationWarning } from './warnings.js';

export class DecisionWarnings {
  constructor(
    private readonly db: DataSource,
    private readonly groups: GroupsService,
    private readonly persons: PersonsService,
    private readonly memberships: MembershipsService,
    private readonly geography: GeographyService,
  ) {}

  /**
   * What a decision appointing `candidateIds` from `startDate` would leave to weigh: an NPO chair term beyond the
   * three years allowed since 2020, and an NPO or NAG without a member from every healthcare region.
   */
  async warnings(
    nominationId: string,
    candidateIds: readonly string[],
    startDate: IsoDate,
    endDate: IsoDate | null,
  ): Promise<NominationWarning[]> {
    const nomination = await getNomination(this.db.manager, nominationId);
    const group = await this.groups.get(nomination.groupId);
    const warnings: NominationWarning[] = [];
    if (group.type === GroupType.NPO && nomination.role === MemberRole.CHAIR) {
      const lastAllowed = addDays(addYears(startDate, 3), -1);
      if (!endDate || endDate > lastAllowed) {
        warnings.push({
          code: 'CHAIR_TERM_TOO_LONG',
          message: `En ordförande i ett NPO sitter högst tre år utan förlängning; uppdraget bör sluta senast ${lastAllowed}.`,
        });
      }
    }
    if (group.type === GroupType.NPO || group.type === GroupType.NAG) {
      const regions = await this.geography.regions();
      const healthcareRegionOf = new Map(regions.map((r) => [r.id, r.healthcareRegionId]));
      const seated = (await this.memberships.forGroups([group.id], startDate)).filter((m) =>
        SHARE_ROLES.includes(m.role),
      );
      const appointees = (await candidatesOfNominations(this.db.manager, [nomination.id])).filter((c) =>
        candidateIds.includes(c.id),
      );
      const represented = new Set(
        [...seated.map((m) => m.representedRegionId), ...appointees.map((c) => c.representedRegionId)].map(
          (id) => id && healthcareRegionOf.get(id),
        ),
      );
      const missing = (await this.geography.healthcareRegions()).filter((hr) => !represented.has(hr.id));
      if (missing.length) {
        warnings.push({
          code: 'HEALTHCARE_REGION_MISSING',
          message: `${group.type} ${group.name} saknar efter beslutet ledamot från ${missing.map((hr) => hr.name).join(', ')}.`,
        });
      }
      if (group.type === GroupType.NAG) {
        const persons = await this.persons.byIds([
          ...seated.map((m) => m.personId),
          ...appointees.map((c) => c.personId),
        ]);
        const recorded = persons.filter((p) => p.gender);
        const largest = Math.max(0, ...Object.values(Gender).map((g) => recorded.filter((p) => p.gender === g).length));
        // An even balance within 60/40, judged only where at least two members have recorded their gender.
        if (recorded.length >= 2 && largest / recorded.length > 0.6) {
          warnings.push({
            code: 'GENDER_IMBALANCE',
            message: `Könsfördelningen i ${group.type} ${group.name} blir ojämn: ${largest} av ${recorded.length} medlemmar med registrerat kön har samma kön.`,
          });
        }
      }
    }
    return warnings;
  }
}
