/** The warnings a coordinator weighs before deciding a nomination; none of them stops the decision. */
import type { DataSource } from 'typeorm';
import type { IsoDate } from '../../common/dates.js';
import { CompositionRuleKind } from '../composition/composition-rule.entity.js';
import type { Appointee, CompositionService } from '../composition/composition.service.js';
import { CompositionStatus } from '../composition/composition.types.js';
import { representsRegion } from '../memberships/member-role.js';
import { candidatesOfNominations, getNomination } from './nomination-rules.js';
import type { NominationWarning } from './warnings.js';

/** The codes the warnings had before the rules became data, kept for the kinds they named; other kinds go by name. */
const LEGACY_CODES: Partial<Record<CompositionRuleKind, string>> = {
  [CompositionRuleKind.CHAIR_TERM_LIMIT]: 'CHAIR_TERM_TOO_LONG',
  [CompositionRuleKind.EVERY_AREA_REPRESENTED]: 'HEALTHCARE_REGION_MISSING',
  [CompositionRuleKind.GENDER_BALANCE]: 'GENDER_IMBALANCE',
};

export class DecisionWarnings {
  constructor(
    private readonly db: DataSource,
    private readonly composition: CompositionService,
  ) {}

  /**
   * What a decision appointing `candidateIds` from `startDate` (to `endDate`) would leave to weigh: the group's
   * composition on the start day with the appointees added, every check that is not green, red ones first.
   */
  async warnings(
    nominationId: string,
    candidateIds: readonly string[],
    startDate: IsoDate,
    endDate: IsoDate | null,
  ): Promise<NominationWarning[]> {
    const nomination = await getNomination(this.db.manager, nominationId);
    const appointees: Appointee[] = (await candidatesOfNominations(this.db.manager, [nomination.id]))
      .filter((c) => candidateIds.includes(c.id))
      .map((c) => ({
        personId: c.personId,
        role: nomination.role,
        representedRegionId: representsRegion(nomination.role) ? c.representedRegionId : null,
        representedOrganisationId: null,
        startDate,
        endDate,
        // The declaration a coordinator has reviewed in the nomination counts as reviewed on the first day served.
        interestsReviewedOn: c.declarationReviewed ? startDate : null,
      }));
    const composition = await this.composition.evaluate(nomination.groupId, startDate, { addCandidates: appointees });
    const group = composition.group;
    return composition.checks
      .filter((check) => check.status !== CompositionStatus.GREEN)
      .sort((a, b) => Number(b.status === CompositionStatus.RED) - Number(a.status === CompositionStatus.RED))
      .map((check) => ({
        code: LEGACY_CODES[check.rule.kind] ?? check.rule.kind,
        message: `${group.type} ${group.name} efter beslutet: ${check.message}`,
      }));
  }
}
