import type { GeographyService } from '../geography/geography.service.js';
import { GoalVerdict, verdictSentence } from '../goals/goal-verdict.js';
import type { GoalsService } from '../goals/goals.service.js';
import { list, monthOf, percent } from '../goals/report-words.js';
import { ShareGoalKind, type ShareGoal } from '../goals/share-goal.entity.js';
import type { OperationalGoalsService } from '../operational-goals/operational-goals.service.js';
import type { RepresentationService } from '../representation/representation.service.js';

const precise = (share: number) =>
  (share * 100).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Swedish genitive: "Region Västerbottens", but "Region Västernorrlands" and never a double s. */
const genitive = (name: string) => (/[sxz]$/.test(name) ? name : `${name}s`);

/** Swedish number words for neuter nouns ("ett mål", "sex mål"), as the report writes small counts. */
const NUMBER_WORDS = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Fem av sex mål är uppnådda." – and how many more are partly met, when any are. */
export function rollUp(verdicts: readonly GoalVerdict[]): string {
  const total = verdicts.length;
  if (!total) return 'Inga mål följs upp i avsnittet.';
  const met = verdicts.filter((v) => v === GoalVerdict.MET).length;
  const partly = verdicts.filter((v) => v === GoalVerdict.PARTLY_MET).length;
  const head =
    met === 0
      ? `Inget av ${inWords(total)} mål är uppnått`
      : `${capitalised(inWords(met))} av ${inWords(total)} mål är ${met === 1 ? 'uppnått' : 'uppnådda'}`;
  return partly ? `${head} och ${inWords(partly)} är delvis ${partly === 1 ? 'uppnått' : 'uppnådda'}.` : `${head}.`;
}

export interface AnnualGoalValue {
  number: number;
  name: string;
  verdict: GoalVerdict;
  text: string;
}

/**
 * The annual report's section on the goals of one healthcare region, in the report's own Swedish style: the numbered
 * share goals due in the year and the healthcare region's operational goals, in number order, each judged on its own
 * criteria, then the roll-up. Every figure comes from the same services as the dashboard.
 */
export class AnnualReportService {
  constructor(
    private readonly geography: GeographyService,
    private readonly representation: RepresentationService,
    private readonly goals: GoalsService,
    private readonly operationalGoals: OperationalGoalsService,
  ) {}

  async section(
    year: number,
    healthcareRegionId: string,
  ): Promise<{ year: number; healthcareRegionId: string; text: string; goals: AnnualGoalValue[]; rollUp: string }> {
    const healthcareRegion = await this.geography.healthcareRegion(healthcareRegionId);
    const shareGoals = await this.goalsOf(year, healthcareRegionId);
    const goals: AnnualGoalValue[] = [];
    for (const goal of shareGoals.filter((g) => g.number !== null)) {
      const { verdict, text } = await this.shareGoal(goal);
      goals.push({ number: goal.number!, name: goal.name, verdict, text });
    }
    for (const goal of await this.operationalGoals.list(healthcareRegionId)) {
      const { verdict, text } = await this.operationalGoals.evaluate(goal, year);
      goals.push({ number: goal.number, name: goal.name, verdict, text });
    }
    goals.sort((a, b) => a.number - b.number);
    // A share goal outside the numbered framework is still followed up in its year, but not counted in the roll-up.
    const unnumbered: string[] = [];
    for (const goal of shareGoals.filter((g) => g.number === null)) {
      unnumbered.push(`${goal.name}. ${(await this.shareGoal(goal)).text}`);
    }
    const summary = rollUp(goals.map((g) => g.verdict));
    const paragraphs = [
      `Uppföljning av målen för ${healthcareRegion.name} ${year}`,
      ...goals.map((g) => `Mål ${g.number}: ${g.name}. ${g.text}`),
      ...unnumbered,
      summary,
    ];
    return { year, healthcareRegionId, text: paragraphs.join('\n\n'), goals, rollUp: summary };
  }

  /** The member-share goals a year's report follows up: those whose target date falls in the year. */
  async goalsOf(year: number, healthcareRegionId: string): Promise<ShareGoal[]> {
    return (await this.goals.list(healthcareRegionId)).filter((g) => g.targetDate.startsWith(String(year)));
  }

  /** The share goal's paragraph, after its name: the shares on the baseline and target dates, and the verdict. */
  private async shareGoal(goal: ShareGoal): Promise<{ verdict: GoalVerdict; text: string }> {
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
    text.push(verdictSentence(evaluation.verdict));
    return { verdict: evaluation.verdict, text: text.join(' ') };
  }
}

declare module '../../common/context.js' {
  interface RegistryServices {
    annualReport: AnnualReportService;
  }
}
