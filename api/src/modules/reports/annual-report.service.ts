import type { IsoDate } from '../../common/dates.js';
import type { DialoguesService } from '../dialogues/dialogues.service.js';
import type { GeographyService } from '../geography/geography.service.js';
import type { GoalsService } from '../goals/goals.service.js';
import { ShareGoalKind, type ShareGoal } from '../goals/share-goal.entity.js';
import type { RepresentationService } from '../representation/representation.service.js';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const monthOf = (day: IsoDate) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
const percent = (share: number) => `${Math.round(share * 100)} procent`;
const precise = (share: number) =>
  (share * 100).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Swedish genitive: "Region Västerbottens", but "Region Västernorrlands" and never a double s. */
const genitive = (name: string) => (/[sxz]$/.test(name) ? name : `${name}s`);

/** "a, b och c" */
function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/**
 * The annual report's section on the member-share goals and the dialogue goals of one healthcare region, in the
 * report's own Swedish style. Every figure comes from the same services as the dashboard.
 */
export class AnnualReportService {
  constructor(
    private readonly geography: GeographyService,
    private readonly representation: RepresentationService,
    private readonly goals: GoalsService,
    private readonly dialogues: DialoguesService,
  ) {}

  async section(
    year: number,
    healthcareRegionId: string,
  ): Promise<{ year: number; healthcareRegionId: string; text: string }> {
    const healthcareRegion = await this.geography.healthcareRegion(healthcareRegionId);
    const goals = await this.goalsOf(year, healthcareRegionId);
    const paragraphs = [`Uppföljning av målen för ${healthcareRegion.name} ${year}`];
    for (const goal of goals) paragraphs.push(...(await this.shareGoal(goal)));
    if (!goals.length)
      paragraphs.push(`Inget mål för fördelningen av uppdrag i nationella grupper har måldatum under ${year}.`);
    paragraphs.push(...(await this.dialogueGoals(year)));
    return { year, healthcareRegionId, text: paragraphs.join('\n\n') };
  }

  /** The member-share goals a year's report follows up: those whose target date falls in the year. */
  async goalsOf(year: number, healthcareRegionId: string): Promise<ShareGoal[]> {
    return (await this.goals.list(healthcareRegionId)).filter((g) => g.targetDate.startsWith(String(year)));
  }

  private async shareGoal(goal: ShareGoal): Promise<string[]> {
    const [baseline, current] = await this.representation.reportsOn(
      { healthcareRegionId: goal.healthcareRegionId, tiers: goal.tiers },
      [goal.baselineDate, goal.targetDate],
    );
    const evaluation = await this.goals.evaluate(goal, goal.targetDate);
    const listed = new Set(goal.regionIds);
    const shares = (report: NonNullable<typeof baseline>) =>
      list(report.shares.map((s) => `${s.region.name} ${percent(s.share)}`));
    const others = current!.shares.filter((s) => !listed.has(s.region.id));
    const largest = [...current!.shares].sort((a, b) => b.share - a.share)[0];
    const text = [
      `${goal.name}.`,
      `I ${monthOf(goal.baselineDate)} fördelades sjukvårdsregionens ${baseline!.totalSeats} platser i nationella grupper så: ${shares(baseline!)}.`,
    ];
    if (largest) {
      const before = baseline!.shares.find((s) => s.region.id === largest.region.id)!;
      text.push(
        `${genitive(largest.region.name)} andel i ${monthOf(goal.targetDate)} uppgick till ${percent(largest.share)}` +
          (Math.round(before.share * 100) !== Math.round(largest.share * 100)
            ? `, jämfört med ${percent(before.share)}.`
            : '.'),
      );
    }
    // Whole percentages hide the small steps the goal is about, so changes are given to a tenth.
    const grown = evaluation.rows
      .filter((r) => r.change > 0)
      .map((r) => `${r.region.name} (från ${precise(r.baselineShare)} till ${precise(r.share)} procent)`);
    const notGrown = evaluation.rows.filter((r) => r.change <= 0).map((r) => r.region.name);
    if (goal.kind === ShareGoalKind.INCREASE_SHARE) {
      if (grown.length) text.push(`Andelen har ökat för ${list(grown)}.`);
      if (notGrown.length) text.push(`Andelen har inte ökat för ${list(notGrown)}.`);
    } else if (others.length && notGrown.length === evaluation.rows.length) {
      text.push(`Ingen av de angivna regionerna har ökat sin andel.`);
    }
    text.push(evaluation.met ? 'Målet bedöms som uppnått.' : 'Målet bedöms som ej uppnått.');
    return [text.join(' ')];
  }

  private async dialogueGoals(year: number): Promise<string[]> {
    const overview = await this.dialogues.overview(year);
    if (!overview.questions.length) return [`Inga frågor för uppföljningsdialoger är fastställda för ${year}.`];
    const held = overview.rows.filter((row) => row.dialogues.length > 0).length;
    const paragraphs = [
      `Under ${year} hölls uppföljningsdialoger med ${held} av ${overview.rows.length} sjukvårdsregionala programområden och samverkansgrupper, enligt rutinen för uppföljningsdialog.`,
    ];
    for (const goal of overview.goals) {
      const question = overview.questions.find((q) => q.key === goal.questionKey)!;
      const coverage = overview.coverage.find((c) => c.questionKey === goal.questionKey)!;
      paragraphs.push(
        `${goal.goal}: ${question.text} Svaret är dokumenterat för ${coverage.answered} av ${coverage.required} grupper som frågan gäller.` +
          (coverage.missing.length
            ? ` Svar saknas för ${list(coverage.missing.map((g) => `${g.type} ${g.name}`))}.`
            : '') +
          (goal.met ? ' Målet bedöms som uppnått.' : ' Målet bedöms som ej uppnått.'),
      );
    }
    return paragraphs;
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    annualReport: AnnualReportService;
  }
}
