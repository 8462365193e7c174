import { searchKey } from '../../common/connection.js';

/**
 * A name folded for comparison: lower case, accents and Swedish letters reduced to their base letter (å, ä → a,
 * ö → o, é → e), hyphens as spaces, and only letters, digits and single spaces kept.
 */
export function foldName(text: string): string {
  return searchKey(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[-‐‑–—_.]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first and last word of a folded name: "anna maria berg" → ["anna", "berg"]. */
export function nameParts(folded: string): { first: string; last: string } {
  const words = folded.split(' ').filter(Boolean);
  return { first: words[0] ?? '', last: words.at(-1) ?? '' };
}

/**
 * Levenshtein distance (insertions, deletions, substitutions), giving up as soon as it exceeds `max`: the answer is
 * then `max + 1`. Linear memory, and at most (2·max + 1) cells per row.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}

/** Jaro–Winkler similarity, 0 (nothing alike) to 1 (the same), with the usual prefix scale 0.1 over up to 4 letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Most edits between two folded names that still make them alike. */
const MAX_NAME_EDITS = 2;
/** Least Jaro–Winkler similarity that makes two folded names alike. */
const MIN_NAME_SIMILARITY = 0.9;

/**
 * How alike two folded names are, 0 to 1 (Jaro–Winkler of the whole names), or null when they are not alike enough to
 * suggest: alike means the whole names at most two edits apart, or first name with first name and last name with last
 * name each Jaro–Winkler alike (≥ 0.9). Comparing the parts keeps a shared first name from making "Maja Bylund" and
 * "Maja Lundgren" alike.
 */
export function nameSimilarity(a: string, b: string): number | null {
  const similarity = jaroWinkler(a, b);
  if (editDistance(a, b, MAX_NAME_EDITS) <= MAX_NAME_EDITS) return similarity;
  const [x, y] = [nameParts(a), nameParts(b)];
  const alike =
    jaroWinkler(x.first, y.first) >= MIN_NAME_SIMILARITY && jaroWinkler(x.last, y.last) >= MIN_NAME_SIMILARITY;
  return alike ? similarity : null;
}
