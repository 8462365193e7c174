import { In } from 'typeorm';
import type { DataSource } from 'typeorm';
import { isActiveOn, type Clock, type IsoDate } from '../../common/dates.js';
import { notFound } from '../../common/errors.js';
import { isId } from '../../common/ids.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { GoalsService } from '../goals/goals.service.js';
import { Group } from '../groups/group.entity.js';
import type { RepresentationImpact, RepresentationImpactInput, SeatRecommendation } from './impact.types.js';
import type { RepresentationService, SeatChange, SeatFilter } from '../representation/representation.service.js';

/** Shares as Swedish percentages with one decimal and a no-break space before the sign, as the UI writes them. */
const percent = (share: number) =>
  `${(share * 100).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}\u00a0%`;

/** Shares closer than this are the same share: they differ only by floating-point rounding. */
const SHARE_EPSILON = 1e-9;

/** Previews of decisions: what appointing or ending seats would do to the shares and goals. Writes nothing. */
export class ImpactService {
  constructor(
    private readonly db: DataSource,
    private readonly geography: GeographyService,
    private readonly representation: RepresentationService,
    private readonly goals: GoalsService,
    private readonly clock: Clock,
  ) {}

  /** The preview on `asOf`, by default today. */
  async impact(
    asked: Omit<RepresentationImpactInput, 'asOf'> & { asOf?: IsoDate | null },
  ): Promise<RepresentationImpact> {
    const input: RepresentationImpactInput = { ...asked, asOf: asked.asOf ?? this.clock.today() };
    const changes = [...(await this.appointments(input)), ...(await this.endings(input))];
    const [before] = await this.representation.reportsOn(input, [input.asOf]);
    const [after] = await this.representation.reportsOn(input, [input.asOf], changes);
    const goals = await this.goals.list(input.healthcareRegionId);
    return {
      before: before!,
      after: after!,
      goals: await Promise.all(
        goals.map(async (goal) => {
          const goalBefore = await this.goals.evaluate(goal, input.asOf);
          const goalAfter = await this.goals.evaluate(goal, input.asOf, changes);
          const shareBefore = new Map(goalBefore.rows.map((row) => [row.region.id, row.share]));
          const affectedRegionIds = goalAfter.rows
            .filter((row) => Math.abs(row.share - (shareBefore.get(row.region.id) ?? 0)) > SHARE_EPSILON)
            .map((row) => row.region.id);
          return {
            goal,
            before: goalBefore,
            after: goalAfter,
            affectedRegionIds,
            affected: affectedRegionIds.length > 0 || goalBefore.met !== goalAfter.met,
          };
        }),
      ),
    };
  }

  /**
   * Ranks the regions for one more seat by the Sainte-Laguë method with population as the weight: the next seat
   * goes to the highest population / (2 × seats + 1), which over time brings seat shares to population shares.
   */
  async recommend(asked: SeatFilter & { asOf?: IsoDate | null }): Promise<SeatRecommendation[]> {
    const filter = { ...asked, asOf: asked.asOf ?? this.clock.today() };
    const report = await this.representation.report(filter);
    const ranked = report.shares
      .map((row) => ({
        ...row,
        quotient: row.population / (2 * row.seats + 1),
        shareIfAppointed: (row.seats + 1) / (report.totalSeats + 1),
      }))
      .sort((a, b) => b.quotient - a.quotient);
    return ranked.map((row, index) => ({
      rank: index + 1,
      region: row.region,
      seats: row.seats,
      share: row.share,
      populationShare: row.populationShare,
      shareIfAppointed: row.shareIfAppointed,
      quotient: row.quotient,
      reason:
        `${row.region.name} har ${row.seats} av ${report.totalSeats} platser (${percent(row.share)}) ` +
        `mot en befolkningsandel på ${percent(row.populationShare)}; med platsen blir andelen ${percent(row.shareIfAppointed)}. ` +
        (index === 0
          ? 'Regionen har högst jämförelsetal (befolkning delat med 2 × platser + 1) och står först i tur enligt Sainte-Laguës metod.'
          : `Jämförelsetalet ${Math.round(row.quotient).toLocaleString('sv-SE')} ger plats ${index + 1} i turordningen enligt Sainte-Laguës metod.`),
    }));
  }

  private async appointments(input: RepresentationImpactInput): Promise<SeatChange[]> {
    if (!input.appoint.length) return [];
    const groupIds = [...new Set(input.appoint.map((a) => a.groupId))];
    const groups = await this.db.getRepository(Group).findBy({ id: In(groupIds.filter(isId)) });
    const regions = await this.geography.regionsByIds(input.appoint.map((a) => a.representedRegionId));
    return input.appoint.map((a) => {
      const group = groups.find((g) => g.id === a.groupId);
      if (!group) throw notFound('Group', a.groupId, 'appoint');
      if (!regions.some((r) => r.id === a.representedRegionId))
        throw notFound('Region', a.representedRegionId, 'appoint');
      return { regionId: a.representedRegionId, groupType: group.type, role: a.role, delta: 1, from: input.asOf };
    });
  }

  private async endings(input: RepresentationImpactInput): Promise<SeatChange[]> {
    if (!input.endMembershipIds.length) return [];
    const ended = await this.representation.membershipsWithTypes(input.endMembershipIds);
    return ended
      .filter(
        ({ membership }) =>
          membership.representedRegionId && isActiveOn(membership.startDate, membership.endDate, input.asOf),
      )
      .map(({ membership, groupType }) => ({
        regionId: membership.representedRegionId!,
        groupType,
        role: membership.role,
        delta: -1 as const,
        from: input.asOf,
      }));
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    impact: ImpactService;
  }
}
