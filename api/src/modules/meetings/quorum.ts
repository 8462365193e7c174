/**
 * Quorum ("beslutsförhet") as pure functions: the voting seats a roll call fills, whether they meet the group's rule,
 * and the Swedish sentences that say so. The service feeds them rows read in a few batched statements.
 */

/** What a quorum rule demands; a group without a rule is quorate when more than half its voting seats are filled. */
export interface RuleTerms {
  minPresent: number | null;
  minShare: number | null;
  everyRegionPresent: boolean;
}

/** One member's row on the meeting day: from the roll call once taken, else from the terms (nobody present). */
export interface SeatRow {
  personId: string;
  regionId: string | null;
  votingSeat: boolean;
  present: boolean;
  servingForPersonId: string | null;
}

export interface SeatCount {
  votingSeats: number;
  filled: number;
  absent: number;
  regionIdsMissing: string[];
}

const percentText = (share: number) => `${String(Math.round(share * 1000) / 10).replace('.', ',')} procent`;

/** The rule in Swedish, e.g. "Minst 3 av de röstberättigade platserna, varje region närvarande". */
export function describeRule(rule: RuleTerms): string {
  const amounts = [
    ...(rule.minPresent != null ? [`minst ${rule.minPresent}`] : []),
    ...(rule.minShare != null ? [`minst ${percentText(rule.minShare)}`] : []),
  ];
  const parts = [
    ...(amounts.length ? [`${amounts.join(' och ')} av de röstberättigade platserna`] : []),
    ...(rule.everyRegionPresent ? ['varje region närvarande'] : []),
  ];
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Voting seats filled: a voting member present, or a deputy serving for an absent one (who then fills that member's
 * seat and makes that member's region present).
 */
export function countSeats(rows: readonly SeatRow[]): SeatCount {
  const voting = rows.filter((r) => r.votingSeat);
  const servedFor = new Set(rows.filter((r) => r.present && r.servingForPersonId).map((r) => r.servingForPersonId));
  const filledRows = voting.filter((r) => r.present || servedFor.has(r.personId));
  const regionsPresent = new Set(filledRows.map((r) => r.regionId));
  const regionsWithSeat = [...new Set(voting.map((r) => r.regionId))].filter((id): id is string => id !== null);
  return {
    votingSeats: voting.length,
    filled: filledRows.length,
    absent: voting.filter((r) => !r.present).length,
    regionIdsMissing: regionsWithSeat.filter((id) => !regionsPresent.has(id)).sort(),
  };
}

/** Whether the seats filled meet the rule (or, without one, more than half); no voting seat means no decision. */
export function meetsRule(seats: SeatCount, rule: RuleTerms | null): boolean {
  if (seats.votingSeats === 0) return false;
  if (!rule) return seats.filled * 2 > seats.votingSeats;
  // Shares are compared with a little slack: 0.6 × 5 is 3.0000000000000004 in floating point.
  return (
    (rule.minPresent == null || seats.filled >= rule.minPresent) &&
    (rule.minShare == null || seats.filled >= rule.minShare * seats.votingSeats - 1e-9) &&
    (!rule.everyRegionPresent || seats.regionIdsMissing.length === 0)
  );
}

/** What a held meeting's quorum rests on, in Swedish, e.g. "(regeln kräver minst 3)". */
function requirement(rule: RuleTerms | null): string {
  if (!rule) return 'utan egen regel krävs mer än hälften';
  const described = describeRule(rule);
  return `regeln kräver ${described.charAt(0).toLowerCase()}${described.slice(1)}`;
}

/** The sentence explaining a held meeting's quorum, e.g. "Beslutsför: 4 av 5 röstberättigade platser besatta (…)." */
export function explainHeld(seats: SeatCount, rule: RuleTerms | null, quorate: boolean): string {
  const missing = seats.regionIdsMissing.length;
  const regions =
    rule?.everyRegionPresent && missing
      ? ` ${missing} ${missing === 1 ? 'region saknade' : 'regioner saknade'} företrädare.`
      : '';
  return (
    `${quorate ? 'Beslutsför' : 'Inte beslutsför'}: ${seats.filled} av ${seats.votingSeats} röstberättigade ` +
    `platser besatta (${requirement(rule)}).${regions}`
  );
}
