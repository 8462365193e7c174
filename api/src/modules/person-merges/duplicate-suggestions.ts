import type { Person } from '../persons/person.entity.js';
import { foldName, nameParts, nameSimilarity } from './name-similarity.js';
import { SUGGESTION_REASONS } from './person-merge.types.js';

export interface DuplicateSuggestionData {
  persons: [Person, Person];
  score: number;
  reasons: string[];
}

/**
 * Records in one block are compared pairwise; a block larger than this (a very common first name in a national
 * register) is left out, since its name alone tells nothing and its pairs would cost quadratic time.
 */
const MAX_BLOCK = 400;

/** Weights of the score: how alike the names are, and the two boosts. They add up to 1. */
const WEIGHT = { name: 0.6, employer: 0.2, group: 0.2 };

type Seat = { personId: string; groupId: string };

/**
 * Pairs of persons that may be one, best first. Blocking keeps the comparisons few: only persons with the same
 * folded first name, the same folded last name or the same e-mail local part are compared; a pair is suggested
 * when the folded names are at most two edits apart or Jaro–Winkler alike (≥ 0.9), and scores higher when the two
 * have the same employer and when they have held seats in the same group.
 */
export function suggestDuplicates(persons: readonly Person[], seats: readonly Seat[]): DuplicateSuggestionData[] {
  const folded = new Map(persons.map((p) => [p.id, foldName(p.name)]));
  const blocks = new Map<string, Person[]>();
  const add = (key: string, person: Person) => {
    const block = blocks.get(key);
    if (block) block.push(person);
    else blocks.set(key, [person]);
  };
  for (const person of persons) {
    const { first, last } = nameParts(folded.get(person.id)!);
    if (first) add(`f:${first}`, person);
    if (last && last !== first) add(`l:${last}`, person);
    const local = person.emailKey?.split('@')[0];
    if (local) add(`e:${local}`, person);
  }
  const groupsOf = new Map<string, Set<string>>();
  for (const seat of seats) {
    const groups = groupsOf.get(seat.personId);
    if (groups) groups.add(seat.groupId);
    else groupsOf.set(seat.personId, new Set([seat.groupId]));
  }

  const seen = new Set<string>();
  const suggestions: DuplicateSuggestionData[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [block[i]!, block[j]!];
        const key = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const suggestion = judge(a, b, folded, groupsOf);
        if (suggestion) suggestions.push(suggestion);
      }
    }
  }
  return suggestions.sort(
    (x, y) =>
      y.score - x.score ||
      x.persons[0].name.localeCompare(y.persons[0].name, 'sv') ||
      x.persons[1].name.localeCompare(y.persons[1].name, 'sv'),
  );
}

function judge(
  a: Person,
  b: Person,
  folded: Map<string, string>,
  groupsOf: Map<string, Set<string>>,
): DuplicateSuggestionData | null {
  const similarity = nameSimilarity(folded.get(a.id)!, folded.get(b.id)!);
  if (similarity === null) return null;
  const reasons: string[] = [SUGGESTION_REASONS.similarName];
  let score = WEIGHT.name * similarity;
  const employer = (p: Person) => p.employerOrganisationId ?? p.employerRegionId;
  if (employer(a) && employer(a) === employer(b)) {
    reasons.push(SUGGESTION_REASONS.sameEmployer);
    score += WEIGHT.employer;
  }
  const groupsA = groupsOf.get(a.id) ?? new Set<string>();
  const groupsB = groupsOf.get(b.id) ?? new Set<string>();
  if ([...groupsA].some((g) => groupsB.has(g))) {
    reasons.push(SUGGESTION_REASONS.sameGroup);
    score += WEIGHT.group;
  }
  // The record with more seats first: the one a coordinator most likely keeps.
  const ordered: [Person, Person] = groupsB.size > groupsA.size ? [b, a] : [a, b];
  return { persons: ordered, score: Math.round(score * 1000) / 1000, reasons };
}
