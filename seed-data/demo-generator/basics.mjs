// The demo's constants, the one seeded PRNG stream every section draws from (so the sections must run in their
// original order), date helpers and the reference data (healthcare regions, regions, national groups).
import { readFileSync } from 'node:fs';

const here = new URL('../', import.meta.url); // seed-data/

// ------------------------------------------------------------------------------------------------------- constants
export const NB = '25'; // Region Norrbotten
export const VB = '24'; // Region Västerbotten
export const JH = '23'; // Region Jämtland Härjedalen
export const VN = '22'; // Region Västernorrland
export const NORRA = [NB, VB, JH, VN];

export const BASELINE = '2023-08-31'; // "augusti 2023" in the annual report
export const FOLLOW_UP = '2024-12-31'; // "december 2024"
export const FIRST_DAY = '2022-01-01'; // every membership date lies in this period
export const LAST_DAY = '2025-12-31';

/** The roles this script gives a group's regular members, whose number per region the composition checks count. */
export const SEATED_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];

// ---------------------------------------------------------------------------------------- deterministic helpers
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const random = mulberry32(20240831);
export const chance = (p) => random() < p;
export const pick = (list) => list[Math.floor(random() * list.length)];
/** Fisher–Yates with the seeded PRNG: a stable but unordered spread of seats over groups. */
export function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
export const repeat = (n, value) => Array.from({ length: n }, () => value);

/** The ISO date `offset` days after `iso`. Dates are plain strings and compare correctly as strings. */
export function day(iso, offset) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** A day from `from` to `to`, both included; half of the time the first of its month, as appointments often are. */
export function dayIn(from, to) {
  const d = day(from, Math.floor(random() * (daysBetween(from, to) + 1)));
  const first = `${d.slice(0, 8)}01`;
  return chance(0.5) && first >= from ? first : d;
}
/** The last day of every month of the demo period: where the checks sample "at all times". */
export const monthEnds = () =>
  Array.from({ length: 48 }, (_, i) =>
    day(`${2022 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-01`, -1),
  );

// ------------------------------------------------------------------------------------------------------- reference
const readJson = (path) => JSON.parse(readFileSync(new URL(path, here), 'utf8'));
export const healthcareRegions = readJson('reference/healthcare-regions.json');
export const nationalGroups = readJson('reference/national-groups.json');

export const regionsOf = Object.fromEntries(healthcareRegions.map((hr) => [hr.code, hr.regions.map((r) => r.code)]));
export const allRegions = healthcareRegions.flatMap((hr) =>
  hr.regions.map((r) => ({ ...r, healthcareRegion: hr.code })),
);
export const regionByCode = Object.fromEntries(allRegions.map((r) => [r.code, r]));
export const npos = nationalGroups.filter((g) => g.type === 'NPO');
export const nsgs = nationalGroups.filter((g) => g.type === 'NSG');
export const otherHealthcareRegions = healthcareRegions.filter((hr) => hr.code !== 'NORRA');

/** A region of `codes`, drawn in proportion to population: Stockholm sends more people than Gotland. */
export function pickRegion(codes) {
  const total = codes.reduce((sum, code) => sum + regionByCode[code].population, 0);
  let x = random() * total;
  for (const code of codes) {
    x -= regionByCode[code].population;
    if (x < 0) return code;
  }
  return codes[codes.length - 1];
}
