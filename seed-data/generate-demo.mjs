#!/usr/bin/env node
// Writes seed-data/demo/norra.json: the demo data set for Norra sjukvårdsregionen. Deterministic (a fixed-seed PRNG,
// no clock, no Math.random), so the committed file changes only when this script does. Every person is fictitious.
//
// The data reproduce the annual report 2024's shares of Norra's seats in national groups (NPO, NAG, NSG; chair, vice
// chair and member): on 2023-08-31 Norrbotten 12 %, Jämtland Härjedalen 17 %, Västernorrland 13 %, Västerbotten 58 %;
// on 2024-12-31 Västerbotten 56 % and each of the other three a little higher.
//
// The script checks only what it sets out to build (the reference counts, the composition it gives each group, the
// persons' names and addresses). The registry's rules (tiers, owners, parents, counterparts, roles and represented
// regions, dates and overlaps) and the shares are not restated here: the registry seeds this file through its own
// services, which refuse whatever breaks a rule, and tests/api/demo-data.http.test.ts checks the shares and goals
// through the API on the seeded register.
//
// Run from the repository root: node seed-data/generate-demo.mjs (writes demo/norra.json), or with --check to fail
// when the committed file is not what the script writes (tests/api/demo-generator.test.ts runs that).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const here = new URL('./', import.meta.url);

// ------------------------------------------------------------------------------------------------------- constants
const NB = '25'; // Region Norrbotten
const VB = '24'; // Region Västerbotten
const JH = '23'; // Region Jämtland Härjedalen
const VN = '22'; // Region Västernorrland
const NORRA = [NB, VB, JH, VN];

const BASELINE = '2023-08-31'; // "augusti 2023" in the annual report
const FOLLOW_UP = '2024-12-31'; // "december 2024"
const FIRST_DAY = '2022-01-01'; // every membership date lies in this period
const LAST_DAY = '2025-12-31';

/** The roles this script gives a group's regular members, whose number per region the composition checks count. */
const SEATED_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];

// ---------------------------------------------------------------------------------------- deterministic helpers
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20240831);
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];
/** Fisher–Yates with the seeded PRNG: a stable but unordered spread of seats over groups. */
function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const repeat = (n, value) => Array.from({ length: n }, () => value);

/** The ISO date `offset` days after `iso`. Dates are plain strings and compare correctly as strings. */
function day(iso, offset) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** A day from `from` to `to`, both included; half of the time the first of its month, as appointments often are. */
function dayIn(from, to) {
  const d = day(from, Math.floor(random() * (daysBetween(from, to) + 1)));
  const first = `${d.slice(0, 8)}01`;
  return chance(0.5) && first >= from ? first : d;
}
/** The last day of every month of the demo period: where the checks sample "at all times". */
const monthEnds = () =>
  Array.from({ length: 48 }, (_, i) => day(`${2022 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-01`, -1));

// ------------------------------------------------------------------------------------------------------- reference
const readJson = (path) => JSON.parse(readFileSync(new URL(path, here), 'utf8'));
const healthcareRegions = readJson('reference/healthcare-regions.json');
const nationalGroups = readJson('reference/national-groups.json');

const regionsOf = Object.fromEntries(healthcareRegions.map((hr) => [hr.code, hr.regions.map((r) => r.code)]));
const allRegions = healthcareRegions.flatMap((hr) => hr.regions.map((r) => ({ ...r, healthcareRegion: hr.code })));
const regionByCode = Object.fromEntries(allRegions.map((r) => [r.code, r]));
const npos = nationalGroups.filter((g) => g.type === 'NPO');
const nsgs = nationalGroups.filter((g) => g.type === 'NSG');
const otherHealthcareRegions = healthcareRegions.filter((hr) => hr.code !== 'NORRA');

/** A region of `codes`, drawn in proportion to population: Stockholm sends more people than Gotland. */
function pickRegion(codes) {
  const total = codes.reduce((sum, code) => sum + regionByCode[code].population, 0);
  let x = random() * total;
  for (const code of codes) {
    x -= regionByCode[code].population;
    if (x < 0) return code;
  }
  return codes[codes.length - 1];
}

// --------------------------------------------------------------------------------------------------------- persons
const FIRST = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Malin', 'Linda', 'Johanna',
  'Elin', 'Sofia', 'Annika', 'Helena', 'Ida', 'Camilla', 'Åsa', 'Ulrika', 'Frida', 'Jenny', 'Hanna', 'Therese', 'Märta',
  'Erik', 'Lars', 'Anders', 'Johan', 'Per', 'Karl', 'Peter', 'Mikael', 'Jan', 'Lennart', 'Fredrik', 'Magnus', 'Henrik',
  'Daniel', 'Mattias', 'Jonas', 'Niklas', 'Stefan', 'Ola', 'Björn', 'Göran', 'Tomas', 'Patrik', 'Joakim', 'Östen'];
const LAST = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindström', 'Lindqvist', 'Lindgren', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundqvist', 'Håkansson',
  'Björk', 'Bergström', 'Lundberg', 'Nordström', 'Holmberg', 'Sundberg', 'Isaksson', 'Nordin', 'Strand', 'Öberg',
  'Hedlund', 'Åström', 'Lundmark', 'Nyström', 'Backman', 'Granström', 'Sundqvist', 'Marklund', 'Öhman', 'Wikström'];
// Combinations of the lists above that name well-known Swedes (politicians, athletes, artists). They are never drawn,
// so that no demo person can be mistaken for a real, known one.
const WELL_KNOWN = new Set(['Göran Persson', 'Stefan Persson', 'Mattias Karlsson', 'Anna Johansson', 'Peter Eriksson',
  'Lars Danielsson', 'Göran Lindberg', 'Henrik Larsson', 'Peter Forsberg', 'Henrik Lundqvist', 'Anders Svensson',
  'Johan Olsson', 'Frida Karlsson', 'Hanna Öberg', 'Emma Johansson', 'Patrik Sjöberg', 'Joakim Nyström', 'Jan Eriksson',
  'Jonas Eriksson', 'Lennart Johansson', 'Magnus Andersson', 'Per Gustafsson', 'Mikael Nilsson', 'Daniel Andersson',
  'Ola Svensson', 'Helena Bergström', 'Fredrik Lindström', 'Jenny Nyström', 'Karin Larsson', 'Eva Eriksson',
  'Anders Nilsson', 'Anders Holmberg', 'Johan Persson', 'Tomas Andersson', 'Erik Andersson', 'Björn Eriksson']);
const SLUG = { '01': 'stockholm', '03': 'uppsala', '04': 'sormland', '05': 'ostergotland', '06': 'jonkoping',
  '07': 'kronoberg', '08': 'kalmar', '09': 'gotland', 10: 'blekinge', 12: 'skane', 13: 'halland', 14: 'vgregion',
  17: 'varmland', 18: 'orebro', 19: 'vastmanland', 20: 'dalarna', 21: 'gavleborg', 22: 'vasternorrland',
  23: 'jamtlandharjedalen', 24: 'vasterbotten', 25: 'norrbotten' };
const ascii = (s) => s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');
const emailFor = (name, region) => `${name.split(' ').map(ascii).join('.')}@${SLUG[region]}.example`;

const persons = [];
const personByRef = new Map();
const usedNames = new Set();
function newPerson(region, title) {
  let name;
  do name = `${pick(FIRST)} ${pick(LAST)}`;
  while (usedNames.has(name) || WELL_KNOWN.has(name));
  usedNames.add(name);
  const ref = `p${String(persons.length + 1).padStart(4, '0')}`;
  const p = { ref, name, email: emailFor(name, region), employerRegion: region, title };
  persons.push(p);
  personByRef.set(ref, p);
  return ref;
}
const regionOf = (personRef) => personByRef.get(personRef).employerRegion;

// ---------------------------------------------------------------------------------------------------------- groups
const groups = [];
const groupByRef = new Map(nationalGroups.map((g) => [g.ref, { region: null, parent: null, counterpart: null, ...g }]));
function group(type, name, fields = {}) {
  const ref = fields.region ? `${type} ${name} (${fields.region})` : `${type} ${name}`;
  const g = { ref, type, name, healthcareRegion: null, region: null, parent: null, counterpart: null,
    universityHealthcare: false, status: 'ACTIVE', mandate: null, ...fields };
  groups.push(g);
  groupByRef.set(ref, g);
  return ref;
}
const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);

// National working groups. Norra hosts NPO Endokrina sjukdomar and NPO Levnadsvanor, so their NAGs carry most of
// Norra's national seats; a few NAGs under other NPOs show seats elsewhere.
const HOSTED_NAGS = {
  'Endokrina sjukdomar': ['Diabetes', 'Osteoporos', 'Hypertyreos', 'Hyperparatyreoidism', 'Obesitas', 'Förvaltning av kunskapsstöd'],
  Levnadsvanor: ['Vårdprogram för levnadsvanor', 'Hälsosamtal'],
};
const OTHER_NAGS = {
  'Hjärt- och kärlsjukdomar': ['Hjärtsvikt'],
  'Nervsystemets sjukdomar': ['Stroke'],
  'Lung- och allergisjukdomar': ['Astma och KOL'],
  'Psykisk hälsa': ['Depression och ångest'],
  Infektionssjukdomar: ['Sepsis'],
  'Rörelseorganens sjukdomar': ['Artros'],
};
const nagMandate = (npo, name) =>
  name === 'Förvaltning av kunskapsstöd'
    ? `Nationell arbetsgrupp under NPO ${npo}: förvaltar och uppdaterar programområdets kunskapsstöd.`
    : `Nationell arbetsgrupp under NPO ${npo}: tar fram och förvaltar kunskapsstöd om ${lower(name)}.`;
const nagsOf = (plan) =>
  Object.entries(plan).flatMap(([npo, names]) => names.map((name) => group('NAG', name, { parent: `NPO ${npo}`, mandate: nagMandate(npo, name) })));
const hostedNags = nagsOf(HOSTED_NAGS);
const otherNags = nagsOf(OTHER_NAGS);
const allNags = [...hostedNags, ...otherNags];

// Norra's healthcare-regional programme areas mirror twelve NPOs; five of them run university healthcare.
const RPOS = ['Psykisk hälsa', 'Cancersjukdomar', 'Endokrina sjukdomar', 'Levnadsvanor', 'Hjärt- och kärlsjukdomar', 'Primärvård',
  'Nervsystemets sjukdomar', 'Lung- och allergisjukdomar', 'Rörelseorganens sjukdomar', 'Äldres hälsa och palliativ vård',
  'Barns och ungdomars hälsa', 'Akut vård'];
const UNIVERSITY_RPOS = new Set(['Cancersjukdomar', 'Hjärt- och kärlsjukdomar', 'Nervsystemets sjukdomar', 'Psykisk hälsa', 'Barns och ungdomars hälsa']);
const rpos = RPOS.map((name) =>
  group('RPO', name, {
    healthcareRegion: 'NORRA',
    counterpart: `NPO ${name}`,
    universityHealthcare: UNIVERSITY_RPOS.has(name),
    mandate: name === 'Cancersjukdomar'
      ? 'Sjukvårdsregionalt programområde för cancer, med RCC Norr: anpassar och samordnar kunskapsstöd i Norra sjukvårdsregionen.'
      : `Sjukvårdsregionalt programområde för ${lower(name)}: anpassar och samordnar kunskapsstöd i Norra sjukvårdsregionen.`,
  }),
);
// RSG Kvalitetsregister is dormant, to show the status; its members' terms end when it went dormant.
const KVALITETSREGISTER_DORMANT_FROM = '2024-04-01';
const RSGS = {
  Läkemedel: { counterpart: 'NSG Läkemedel och medicinteknik', mandate: 'Sjukvårdsregional samverkansgrupp för läkemedel, en tjänsteperson per region.' },
  'Forskning Life Science': { mandate: 'Sjukvårdsregional samverkansgrupp för forskning, utveckling och innovation (FUI-rådet).' },
  Kunskapsstyrning: { mandate: 'Sjukvårdsregional samverkansgrupp för kunskapsstyrning (RSK).' },
  Patientsäkerhet: { counterpart: 'NSG Patientsäkerhet', mandate: 'Sjukvårdsregional samverkansgrupp för patientsäkerhet.' },
  Kvalitetsregister: { counterpart: 'NSG Kvalitetsregister', status: 'DORMANT', mandate: 'Sjukvårdsregional samverkansgrupp för kvalitetsregister; vilande sedan april 2024.' },
};
const rsgs = Object.entries(RSGS).map(([name, fields]) => group('RSG', name, { healthcareRegion: 'NORRA', ...fields }));
const RAGS = [
  { name: 'Diabetes', rpo: 'Endokrina sjukdomar', counterpart: 'NAG Diabetes' },
  { name: 'Suicidprevention', rpo: 'Psykisk hälsa', counterpart: null },
  { name: 'Stroke', rpo: 'Nervsystemets sjukdomar', counterpart: 'NAG Stroke' },
];
const rags = RAGS.map(({ name, rpo, counterpart }) =>
  group('RAG', name, { healthcareRegion: 'NORRA', parent: `RPO ${rpo}`, counterpart, mandate: `Sjukvårdsregional arbetsgrupp under RPO ${rpo} för ${lower(name)}.` }),
);

// Local groups: Norrbotten's as its board minutes describe them (2019), a smaller set for the other three regions.
// LAGs name their LPO; LSGs mirror the RSG of the same name.
const LOCAL = {
  [NB]: {
    lpos: ['Levnadsvanor', 'Rörelseorganens sjukdomar', 'Lung- och allergisjukdomar', 'Endokrina sjukdomar', 'Hjärt- och kärlsjukdomar'],
    lags: { 'Astma och KOL': 'Lung- och allergisjukdomar', Diabetes: 'Endokrina sjukdomar', Hjärtsvikt: 'Hjärt- och kärlsjukdomar' },
    lsgs: ['Läkemedel', 'Patientsäkerhet'],
  },
  [VB]: {
    lpos: ['Psykisk hälsa', 'Cancersjukdomar', 'Endokrina sjukdomar'],
    lags: { Diabetes: 'Endokrina sjukdomar', Suicidprevention: 'Psykisk hälsa' },
    lsgs: ['Läkemedel'],
  },
  [JH]: {
    lpos: ['Primärvård', 'Levnadsvanor'],
    lags: { Hälsosamtal: 'Levnadsvanor' },
    lsgs: ['Läkemedel', 'Patientsäkerhet'],
  },
  [VN]: {
    lpos: ['Äldres hälsa och palliativ vård', 'Hjärt- och kärlsjukdomar'],
    lags: { Hjärtsvikt: 'Hjärt- och kärlsjukdomar', 'Palliativ vård': 'Äldres hälsa och palliativ vård' },
    lsgs: ['Läkemedel'],
  },
};
const ragFor = (lagName) => rags.find((ref) => ref === `RAG ${lagName}`) ?? null;
const localGroups = Object.entries(LOCAL).flatMap(([region, plan]) => [
  ...plan.lpos.map((name) => group('LPO', name, { region, counterpart: `RPO ${name}`, mandate: `Lokalt programområde för ${lower(name)} i ${regionByCode[region].name}.` })),
  ...Object.entries(plan.lags).map(([name, lpo]) =>
    group('LAG', name, { region, parent: `LPO ${lpo} (${region})`, counterpart: ragFor(name), mandate: `Lokal arbetsgrupp för ${lower(name)}: inför och följer upp kunskapsstöd.` }),
  ),
  ...plan.lsgs.map((name) => group('LSG', name, { region, counterpart: `RSG ${name}`, mandate: `Lokal samverkansgrupp för ${lower(name)}.` })),
]);

/** The knowledge area a group's clinicians come from: its own name for programme areas, its parent's for working groups. */
const areaOf = (ref) => {
  const g = groupByRef.get(ref);
  return g.parent ? groupByRef.get(g.parent).name : g.name;
};

// ----------------------------------------------------------------------------------------------------- memberships
const memberships = [];
const groupsOfPerson = new Map(); // person → the groups they have sat in, to spread people over a few groups only
function seat(groupRef, personRef, role, representedRegion, startDate, endDate = null) {
  memberships.push({ group: groupRef, person: personRef, role, representedRegion, startDate, endDate });
  if (!groupsOfPerson.has(personRef)) groupsOfPerson.set(personRef, new Set());
  groupsOfPerson.get(personRef).add(groupRef);
}
/** A seat that holds a region's seat for the region the person works in: how nominations work. */
const regionSeat = (groupRef, personRef, role, startDate, endDate = null) => seat(groupRef, personRef, role, regionOf(personRef), startDate, endDate);

// People pools. The same head of department sits in the RPO, the NPO and the local programme area; the same
// pharmacist in the RSG, the NSG and the LSG. Drawing seats from pools (per knowledge area, per support function) gives
// that shape and keeps the number of persons realistic. A person joins no group twice.
function makePool(titles, reuse, maxGroups = 4) {
  return { titles, reuse, maxGroups, byRegion: new Map() };
}
function join(pool, personRef) {
  const region = regionOf(personRef);
  if (!pool.byRegion.has(region)) pool.byRegion.set(region, []);
  if (!pool.byRegion.get(region).includes(personRef)) pool.byRegion.get(region).push(personRef);
  return personRef;
}
/** Someone of `regions` for a seat in `groupRef`: often a person of the pool not yet in that group, else a new person. */
function someone(pool, regions, groupRef, reuse = pool.reuse) {
  if (chance(reuse)) {
    const free = regions
      .flatMap((r) => pool.byRegion.get(r) ?? [])
      .filter((p) => !groupsOfPerson.get(p)?.has(groupRef) && (groupsOfPerson.get(p)?.size ?? 0) < pool.maxGroups);
    if (free.length) return pick(free);
  }
  return join(pool, newPerson(pickRegion(regions), pick(pool.titles)));
}

const CLINICAL_TITLES = ['Överläkare', 'Specialistläkare', 'Specialistsjuksköterska', 'Sjuksköterska', 'Verksamhetschef', 'Fysioterapeut'];
const AREA_TITLES = {
  'Endokrina sjukdomar': ['Överläkare', 'Diabetessjuksköterska', 'Dietist', 'Specialistläkare', 'Verksamhetschef'],
  Levnadsvanor: ['Dietist', 'Fysioterapeut', 'Distriktssköterska', 'Folkhälsostrateg', 'Distriktsläkare'],
  Primärvård: ['Distriktsläkare', 'Distriktssköterska', 'Verksamhetschef'],
  'Psykisk hälsa': ['Överläkare', 'Psykolog', 'Kurator', 'Specialistsjuksköterska'],
  'Rörelseorganens sjukdomar': ['Överläkare', 'Fysioterapeut', 'Arbetsterapeut'],
  'Lung- och allergisjukdomar': ['Överläkare', 'Astma- och KOL-sjuksköterska', 'Fysioterapeut'],
};
const OFFICIAL_TITLES = {
  Läkemedel: ['Apotekare', 'Läkemedelsstrateg'],
  'Forskning Life Science': ['FoU-chef', 'Forskningsstrateg'],
  Kunskapsstyrning: ['Hälso- och sjukvårdsstrateg', 'Utvecklingsledare'],
  Patientsäkerhet: ['Chefläkare', 'Patientsäkerhetssamordnare'],
  Kvalitetsregister: ['Registerkoordinator', 'Kvalitetsstrateg'],
  'Uppföljning och analys': ['Analytiker', 'Statistiker'],
  'Strukturerad vårdinformation': ['Informatiker', 'Terminolog'],
};
const pools = new Map();
const poolFor = (key, titles, reuse) => {
  if (!pools.has(key)) pools.set(key, makePool(titles, reuse));
  return pools.get(key);
};
const areaPool = (area) => poolFor(`area:${area}`, AREA_TITLES[area] ?? CLINICAL_TITLES, 0.8);
const officialPool = (fn) => poolFor(`official:${fn}`, OFFICIAL_TITLES[fn], 0.6);
// NRF's process leaders are employed by Region Västerbotten and each supports a few groups.
const nrfStaff = makePool(['Processledare'], 0.75, 5);

// ---------------------------------------------------------------------- Norra's healthcare-regional programme areas
// An RPO has a head of department ("verksamhetschef") from each region, one of them chair, and an NRF process leader.
// A few heads hand over during the period; the seat is never empty. The first heads also chair their local LPO.
const rpoHead = new Map(); // `${rpo name}|${region}` → the head who held the seat from the start
RPOS.forEach((name, i) => {
  const ref = `RPO ${name}`;
  NORRA.forEach((region, j) => {
    const role = j === i % NORRA.length ? 'CHAIR' : 'MEMBER';
    const head = join(areaPool(name), newPerson(region, 'Verksamhetschef'));
    rpoHead.set(`${name}|${region}`, head);
    if (chance(0.12)) {
      const handover = dayIn('2023-01-01', '2025-06-30');
      regionSeat(ref, head, role, FIRST_DAY, day(handover, -1));
      regionSeat(ref, join(areaPool(name), newPerson(region, 'Verksamhetschef')), role, handover);
    } else {
      regionSeat(ref, head, role, FIRST_DAY);
    }
  });
  seat(ref, someone(nrfStaff, [VB], ref), 'PROCESS_LEADER', null, FIRST_DAY);
});

// RSGs: one official per region. RSK also has an NRF officer as secretary.
Object.keys(RSGS).forEach((name, i) => {
  const ref = `RSG ${name}`;
  const end = name === 'Kvalitetsregister' ? day(KVALITETSREGISTER_DORMANT_FROM, -1) : null;
  NORRA.forEach((region, j) => {
    const official = join(officialPool(name), newPerson(region, pick(OFFICIAL_TITLES[name])));
    regionSeat(ref, official, j === (i + 1) % NORRA.length ? 'CHAIR' : 'MEMBER', FIRST_DAY, end);
  });
});
seat('RSG Kunskapsstyrning', newPerson(VB, 'Handläggare'), 'SECRETARY', null, FIRST_DAY);

// -------------------------------------------------------------------------- Norra's counted seats in national groups
// How the 100 seats of the baseline become the 104 of the follow-up day. Per region (NB, JH, VN, VB):
//   held on both days      10, 15, 11, 52
//   ended in between        2,  2,  2,  6   (endDate 2023-09-01 … 2024-12-30)
//   started in between      3,  3,  4,  6   (startDate 2023-09-01 … 2024-12-31)
// Baseline = held + ended = 12, 17, 13, 58; follow-up = held + started = 13, 18, 15, 58.
const TERM_ENDS_2025 = ['2025-03-31', '2025-06-30', '2025-09-30'];

/**
 * One of Norra's counted seats in a national group over the period:
 *   stable   – held by a person of `region` on both report days (one in five had a predecessor who left before the
 *              baseline, and some terms end in 2025: history on either side that the two days must not see);
 *   replaced – held on the baseline by a person of `region` who left before the follow-up day; a person of
 *              `successor` took the seat the day after (a Västerbotten NPO seat handed to a smaller region, or a
 *              like-for-like change in an NAG);
 *   added    – a seat taken between the two days.
 * `continuous` keeps the seat filled from the first to the last day of the period, as NPO and NSG seats are.
 */
function nationalSeat(groupRef, kind, region, { successor = region, role = 'MEMBER', pool, continuous = false }) {
  const fill = (r, start, end = null) => regionSeat(groupRef, someone(pool, [r], groupRef), role, start, end);
  if (kind === 'stable') {
    const changedEarly = chance(0.2);
    const start = changedEarly ? dayIn('2022-09-01', '2023-06-30') : continuous ? FIRST_DAY : dayIn(FIRST_DAY, '2022-12-31');
    if (changedEarly) fill(region, FIRST_DAY, day(start, -1));
    const end = chance(0.15) ? pick(TERM_ENDS_2025) : null;
    fill(region, start, end);
    if (end && (continuous || chance(0.5))) fill(region, day(end, 1));
  } else if (kind === 'replaced') {
    const leaves = dayIn(day(BASELINE, 1), day(FOLLOW_UP, -1));
    fill(region, continuous ? FIRST_DAY : dayIn(FIRST_DAY, '2022-12-31'), leaves);
    fill(successor, day(leaves, 1));
  } else {
    fill(region, dayIn(day(BASELINE, 1), FOLLOW_UP));
  }
}

// NPOs: Norra holds one seat in each. The region per NPO; a pair [from, to] is a seat Västerbotten handed over between
// the two days. Norra chairs the two NPOs it hosts.
const NPO_SEATS = {
  'Akut vård': VN, 'Barns och ungdomars hälsa': VB, Cancersjukdomar: VB, 'Endokrina sjukdomar': VB,
  'Hjärt- och kärlsjukdomar': VB, 'Hud- och könssjukdomar': JH, Infektionssjukdomar: NB, 'Kirurgi och plastikkirurgi': VB,
  'Kvinnosjukdomar och förlossning': VN, Levnadsvanor: JH, 'Lung- och allergisjukdomar': NB, 'Mag- och tarmsjukdomar': VB,
  'Medicinsk diagnostik': VB, 'Nervsystemets sjukdomar': VB, 'Njur- och urinvägssjukdomar': [VB, NB],
  'Perioperativ vård, intensivvård och transplantation': VB, Primärvård: JH, 'Psykisk hälsa': VB,
  'Rehabilitering, habilitering och försäkringsmedicin': [VB, VN], 'Reumatiska sjukdomar': VN,
  'Rörelseorganens sjukdomar': NB, 'Sällsynta sjukdomar': VB, Tandvård: [VB, JH], 'Äldres hälsa och palliativ vård': JH,
  Ögonsjukdomar: VB, 'Öron-, näs- och halssjukdomar': [VB, VN],
};
const hostedNpos = npos.filter((g) => g.healthcareRegion === 'NORRA');

/**
 * The chair of an NPO Norra hosts: a member from the start, proposed chair from among the members on 2023-01-01; an NPO
 * chair serves at most three years, so the term ends on 2025-12-31. Both terms count as the region's seat.
 */
function hostedNpoChair(npo, region) {
  const chair = someone(areaPool(npo.name), [region], npo.ref);
  regionSeat(npo.ref, chair, 'MEMBER', FIRST_DAY, '2022-12-31');
  regionSeat(npo.ref, chair, 'CHAIR', '2023-01-01', '2025-12-31');
}
for (const npo of npos) {
  const plan = NPO_SEATS[npo.name];
  const pool = areaPool(npo.name);
  if (hostedNpos.includes(npo)) hostedNpoChair(npo, plan);
  else if (Array.isArray(plan)) nationalSeat(npo.ref, 'replaced', plan[0], { successor: plan[1], pool, continuous: true });
  else nationalSeat(npo.ref, 'stable', plan, { pool, continuous: true });
}

// NSGs: one Norra official each, often the same person who sits in the matching RSG.
const NSG_SEATS = {
  'Läkemedel och medicinteknik': { region: NB, pool: 'Läkemedel' },
  'Metoder för kunskapsstöd': { region: VB, pool: 'Kunskapsstyrning' },
  Kvalitetsregister: { region: VN, pool: 'Kvalitetsregister' },
  'Uppföljning och analys': { region: VB, pool: 'Uppföljning och analys' },
  Patientsäkerhet: { region: JH, pool: 'Patientsäkerhet' },
  'Strukturerad vårdinformation': { region: VB, pool: 'Strukturerad vårdinformation' },
};
for (const nsg of nsgs) {
  const { region, pool } = NSG_SEATS[nsg.name];
  nationalSeat(nsg.ref, 'stable', region, { pool: officialPool(pool), continuous: true });
}

// NAGs: the rest, 72 seats. Seven Norra seats in each NAG Norra hosts (the host chairs them), two or three elsewhere.
const NAG_TRACKS = [
  ...repeat(6, { kind: 'stable', region: NB }),
  ...repeat(10, { kind: 'stable', region: JH }),
  ...repeat(7, { kind: 'stable', region: VN }),
  ...repeat(37, { kind: 'stable', region: VB }),
  ...[NB, NB, JH, JH, VN, VN, VB, VB].map((region) => ({ kind: 'replaced', region })),
  ...repeat(4, { kind: 'added', region: VB }),
];
const NAG_SLOTS = [...hostedNags.map((ref) => [ref, 7]), ...otherNags.map((ref, i) => [ref, i < 4 ? 3 : 2])];
const KIND_ORDER = ['stable', 'replaced', 'added'];
{
  const tracks = shuffle(NAG_TRACKS);
  for (const [ref, n] of NAG_SLOTS) {
    // Stable seats first, so that a hosted NAG's chair sits on both report days.
    const mine = tracks.splice(0, n).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const hosted = hostedNags.includes(ref);
    mine.forEach(({ kind, region }, k) => {
      const role = hosted && k === 0 ? 'CHAIR' : hosted && k === 1 && hostedNags.indexOf(ref) % 3 === 0 ? 'VICE_CHAIR' : 'MEMBER';
      nationalSeat(ref, kind, region, { role, pool: areaPool(areaOf(ref)) });
    });
  }
}

// --------------------------------------------------------------------------- the other healthcare regions' members
// Every NPO and NSG has one member per healthcare region for the whole period. An NAG is filled with every healthcare
// region represented, so each hosted NAG has one member from each other healthcare region; the other NAGs some.
for (const hr of otherHealthcareRegions) {
  const regions = regionsOf[hr.code];
  for (const npo of npos) regionSeat(npo.ref, someone(areaPool(npo.name), regions, npo.ref, 0), 'MEMBER', FIRST_DAY);
  // An official of another healthcare region often sits in two NSGs.
  const officials = poolFor(`officials:${hr.code}`, ['Hälso- och sjukvårdsstrateg', 'Utvecklingsledare', 'Analytiker', 'Apotekare'], 0.6);
  for (const nsg of nsgs) regionSeat(nsg.ref, someone(officials, regions, nsg.ref), 'MEMBER', FIRST_DAY);
  for (const ref of allNags) {
    if (!hostedNags.includes(ref) && !chance(0.5)) continue;
    regionSeat(ref, someone(areaPool(areaOf(ref)), regions, ref, 0.8), 'MEMBER', chance(0.6) ? FIRST_DAY : dayIn(FIRST_DAY, '2023-06-30'));
  }
}

// ------------------------------------------------------------------------------ national seats that do not count
// Deputies ("ersättare") for Norra's NPO member in a few NPOs, from another Norra region than the member's.
for (const npo of npos.slice(0, 8)) {
  const memberRegion = [NPO_SEATS[npo.name]].flat()[0];
  const region = pick(NORRA.filter((r) => r !== memberRegion));
  regionSeat(npo.ref, someone(areaPool(npo.name), [region], npo.ref), 'DEPUTY', FIRST_DAY);
}
// The host supplies process leaders and a secretary to the NPOs it hosts and their NAGs.
for (const ref of [...hostedNpos.map((g) => g.ref), ...hostedNags]) {
  seat(ref, someone(nrfStaff, [VB], ref), 'PROCESS_LEADER', null, dayIn(FIRST_DAY, '2023-03-31'));
}
const secretary = newPerson(VB, 'Handläggare');
for (const npo of hostedNpos) seat(npo.ref, secretary, 'SECRETARY', null, FIRST_DAY);
// Patient representatives in three hosted NAGs; a co-opted expert who served in 2022–2023.
const patients = makePool(['Patientrepresentant'], 0);
for (const ref of hostedNags.slice(0, 3)) seat(ref, someone(patients, NORRA, ref), 'PATIENT_REPRESENTATIVE', null, '2023-01-01');
seat('NAG Obesitas', newPerson(VN, 'Överläkare'), 'ADJUNCT', null, '2022-03-01', '2023-05-31');
// Appointments made for 2025: after both report days, so they show in the trend but not in the two counts.
for (const ref of otherNags.slice(0, 3)) regionSeat(ref, someone(areaPool(areaOf(ref)), [NB], ref), 'MEMBER', dayIn('2025-02-01', '2025-09-01'));
regionSeat('NAG Hälsosamtal', someone(areaPool('Levnadsvanor'), [JH], 'NAG Hälsosamtal'), 'MEMBER', '2025-03-01');

// ---------------------------------------------------------------------------------------- Norra's working groups
// RAGs: one member per region, often people who also sit in the matching NAG.
rags.forEach((ref, i) => {
  NORRA.forEach((region, j) => {
    const member = someone(areaPool(areaOf(ref)), [region], ref, 0.6);
    regionSeat(ref, member, j === (i + 2) % NORRA.length ? 'CHAIR' : 'MEMBER', chance(0.5) ? FIRST_DAY : dayIn(FIRST_DAY, '2023-06-30'));
  });
});

// ------------------------------------------------------------------------------------------------- local groups
// Three to five members of the group's own region. An LPO is chaired by the region's head in the matching RPO; an
// LSG by the region's official in the matching RSG. Some terms end at the turn of 2024/2025, half of them with a
// successor.
const poolOfLocal = (g) => (g.type === 'LSG' ? officialPool(g.name) : areaPool(areaOf(g.ref)));
function localChair(g) {
  if (g.type === 'LPO') return rpoHead.get(`${g.name}|${g.region}`);
  if (g.type === 'LSG') return officialPool(g.name).byRegion.get(g.region)[0];
  return someone(poolOfLocal(g), [g.region], g.ref);
}
for (const ref of localGroups) {
  const g = groupByRef.get(ref);
  const size = 3 + Math.floor(random() * 3);
  for (let i = 0; i < size; i++) {
    const p = i === 0 ? localChair(g) : someone(poolOfLocal(g), [g.region], ref, 0.8);
    const start = i === 0 || chance(0.6) ? FIRST_DAY : dayIn(FIRST_DAY, '2024-06-30');
    const end = i > 0 && chance(0.1) ? '2024-12-31' : null;
    regionSeat(ref, p, i === 0 ? 'CHAIR' : 'MEMBER', start, end);
    if (end && chance(0.5)) regionSeat(ref, someone(poolOfLocal(g), [g.region], ref, 0.5), 'MEMBER', '2025-01-01');
  }
}

// ------------------------------------------------------------------------------------------------- declared seats
// One per healthcare region in every NPO and NSG, one in each NAG (eight for Norra in the NAGs it hosts), one per
// region in Norra's RPOs and RSGs. Vacancies are the seats no active member holds.
const seats = [
  ...[...npos, ...nsgs].flatMap((g) => healthcareRegions.map((hr) => ({ group: g.ref, healthcareRegion: hr.code, seats: 1 }))),
  ...allNags.flatMap((ref) =>
    healthcareRegions.map((hr) => ({ group: ref, healthcareRegion: hr.code, seats: hr.code === 'NORRA' && hostedNags.includes(ref) ? 8 : 1 })),
  ),
  ...[...rpos, ...rsgs].flatMap((ref) => NORRA.map((region) => ({ group: ref, region, seats: 1 }))),
];

// ---------------------------------------------------------------------------------------------------- share goals
// NRF's goal 1 as the annual report states it, and a stricter parity goal that shows what is still left to do.
const shareGoals = [
  {
    name: 'Mål 1: Gemensamt ansvar för jämlik vård – fler nationella uppdrag till Norrbotten, Jämtland Härjedalen och Västernorrland',
    kind: 'INCREASE_SHARE',
    healthcareRegion: 'NORRA',
    tiers: ['NATIONAL'],
    baselineDate: BASELINE,
    targetDate: FOLLOW_UP,
    regions: [NB, JH, VN],
  },
  {
    name: 'Varje region inom 10 procentenheter från sin befolkningsandel',
    kind: 'POPULATION_PARITY',
    healthcareRegion: 'NORRA',
    tiers: ['NATIONAL'],
    baselineDate: BASELINE,
    targetDate: '2027-12-31',
    regions: NORRA,
    tolerancePoints: 10,
  },
];

// ------------------------------------------------------------------------------------------- follow-up dialogues
// The questions behind goals 2, 3, 5 and 6, asked in 2024 and 2025. In 2024 NRF met every active RPO and RSG, so
// goals 2 and 6 were met; 2025 is under way, with five RPOs met and one answer on the regional agreement missing.
const QUESTIONS = [
  { key: 'nivastrukturering', goal: 'Mål 2', appliesTo: ['RPO'], universityHealthcareOnly: true,
    text: 'Hur arbetar programområdet långsiktigt med nivåstrukturering, det vill säga koncentration och decentralisering av vård?' },
  { key: 'vardforlopp', goal: 'Mål 3', appliesTo: ['RPO'], universityHealthcareOnly: false,
    text: 'Hur följer programområdet upp införandet av de personcentrerade och sammanhållna vårdförloppen?' },
  { key: 'nara-vard', goal: 'Mål 5', appliesTo: ['RPO', 'RSG'], universityHealthcareOnly: false,
    text: 'Hur samverkar gruppen med den nära vården och primärvården i regionerna?' },
  { key: 'regionavtal', goal: 'Mål 6', appliesTo: ['RPO'], universityHealthcareOnly: false,
    text: 'Hur följer programområdet upp att regionavtalet för sjukvårdsregionen efterlevs?' },
];
const dialogueQuestions = [2024, 2025].flatMap((year) => QUESTIONS.map((q) => ({ year, ...q })));
const ANSWERS = {
  nivastrukturering: 'Programområdet har en plan för vilka ingrepp som koncentreras till Norrlands universitetssjukhus och vilken uppföljning som sker nära patienten.',
  vardforlopp: 'Vårdförloppen följs upp kvartalsvis med indikatorer från kvalitetsregistren; avvikelser tas upp i programområdet.',
  'nara-vard': 'Representanter för primärvården deltar i arbetsgrupperna och gemensamma rutiner tas fram för övergångar mellan vårdnivåer.',
  regionavtal: 'Efterlevnaden av regionavtalet följs upp årligen i dialog med regionerna och rapporteras till NRF:s beredningsgrupp.',
};
const isActive = (m, d) => m.startDate <= d && (m.endDate === null || d <= m.endDate);
function dialogueFor(ref, heldOn, answerKeys, actions) {
  const g = groupByRef.get(ref);
  const present = memberships.filter((m) => m.group === ref && isActive(m, heldOn));
  const asked = QUESTIONS.filter((q) => q.appliesTo.includes(g.type) && (!q.universityHealthcareOnly || g.universityHealthcare));
  return {
    group: ref,
    heldOn,
    participants: [...new Set(present.slice(0, 3).map((m) => m.person))],
    notes: 'Dialogen hölls enligt rutinen för uppföljningsdialog.',
    answers: asked.filter((q) => answerKeys.includes(q.key)).map((q) => ({ year: Number(heldOn.slice(0, 4)), key: q.key, text: ANSWERS[q.key] })),
    actions,
  };
}
const activeRegional = [...rpos, ...rsgs].filter((ref) => groupByRef.get(ref).status === 'ACTIVE');
const allKeys = QUESTIONS.map((q) => q.key);
const dialogues = [
  ...activeRegional.map((ref, i) =>
    dialogueFor(ref, dayIn('2024-09-02', '2024-11-29'), allKeys, i % 3 === 0
      ? [{ description: 'Redovisa plan för uppföljning av vårdförloppen', ownerName: 'Programområdets ordförande', dueDate: '2025-03-31', status: i % 2 ? 'DONE' : 'OPEN' }]
      : []),
  ),
  ...rpos.slice(0, 5).map((ref, i) =>
    dialogueFor(ref, dayIn('2025-09-01', '2025-11-28'), i === 1 ? ['vardforlopp', 'nara-vard'] : allKeys, [
      { description: 'Ta fram gemensam rutin för remisser mellan regionerna', ownerName: 'Processledaren', dueDate: '2026-03-31', status: 'OPEN' },
    ]),
  ),
];

// ================================================================================================= the checks
// What the script sets out to build, checked before anything is written (the registry's rules are checked by the
// registry itself when it seeds the file).
const problems = [];
const fail = (message) => problems.push(message);

function checkReference() {
  if (healthcareRegions.length !== 6) fail(`${healthcareRegions.length} healthcare regions, expected 6`);
  if (allRegions.length !== 21 || new Set(allRegions.map((r) => r.code)).size !== 21) fail('expected 21 regions with unique codes');
  if (npos.length !== 26) fail(`${npos.length} NPOs, expected 26`);
  if (nsgs.length !== 6) fail(`${nsgs.length} NSGs, expected the 6 named in the sources`);
  for (const g of nationalGroups) {
    if (g.ref !== `${g.type} ${g.name}`) fail(`national group ref "${g.ref}" is not "<type> <name>"`);
    if (g.healthcareRegion !== null && (g.type !== 'NPO' || !regionsOf[g.healthcareRegion])) fail(`${g.ref}: bad host ${g.healthcareRegion}`);
  }
}

function checkGroups() {
  const refs = [...nationalGroups, ...groups].map((g) => g.ref);
  if (new Set(refs).size !== refs.length) fail('group refs are not unique');
  for (const g of groups) {
    if (g.parent && !groupByRef.has(g.parent)) fail(`${g.ref}: unknown parent ${g.parent}`);
    if (g.counterpart && !groupByRef.has(g.counterpart)) fail(`${g.ref}: unknown counterpart ${g.counterpart}`);
  }
}

function checkPersons() {
  if (persons.length < 250 || persons.length > 400) fail(`${persons.length} persons, expected about 250–400`);
  if (new Set(persons.map((p) => p.name)).size !== persons.length) fail('person names are not unique');
  for (const p of persons) {
    if (!regionByCode[p.employerRegion]) fail(`${p.ref}: unknown employer region ${p.employerRegion}`);
    if (p.email !== emailFor(p.name, p.employerRegion) || !/^[a-z.]+@[a-z]+\.example$/.test(p.email)) fail(`${p.ref}: bad e-mail ${p.email}`);
    if (WELL_KNOWN.has(p.name)) fail(`${p.ref}: ${p.name} is a well-known person's name`);
  }
}

/** Every membership names a group and a person of the file (the references the registry resolves when it seeds it). */
function checkMemberships() {
  for (const m of memberships) {
    if (!groupByRef.has(m.group)) fail(`membership in unknown group ${m.group}`);
    if (!personByRef.has(m.person)) fail(`membership of unknown person ${m.person}`);
    if (m.startDate < FIRST_DAY || (m.endDate ?? m.startDate) > LAST_DAY) fail(`${m.person} in ${m.group}: date outside ${FIRST_DAY}…${LAST_DAY}`);
  }
}

const activeIn = (ref, d, roles = SEATED_ROLES) => memberships.filter((m) => m.group === ref && roles.includes(m.role) && isActive(m, d));

/** Every NPO and NSG has exactly one member per healthcare region at every month end; other regions' from day one. */
function checkNationalComposition() {
  for (const g of [...npos, ...nsgs]) {
    for (const d of [FIRST_DAY, ...monthEnds()]) {
      for (const hr of healthcareRegions) {
        const n = activeIn(g.ref, d).filter((m) => regionsOf[hr.code].includes(m.representedRegion)).length;
        if (n !== 1) fail(`${g.ref} on ${d}: ${n} members from ${hr.code}, expected 1`);
      }
    }
  }
  const fromOthers = memberships.filter((m) => ['NPO', 'NSG'].includes(groupByRef.get(m.group)?.type) && m.representedRegion && !NORRA.includes(m.representedRegion));
  for (const m of fromOthers) if (m.startDate !== FIRST_DAY || m.endDate !== null) fail(`${m.person} in ${m.group}: other healthcare regions' members serve from ${FIRST_DAY}, open-ended`);
}

/** Norra's own groups on the follow-up day: RPOs and RSG Läkemedel one member per region, RPOs a chair and a process leader; local groups 3–8 members. */
function checkNorraGroups() {
  const perRegion = (ref) => NORRA.map((r) => activeIn(ref, FOLLOW_UP).filter((m) => m.representedRegion === r).length);
  for (const ref of [...rpos, 'RSG Läkemedel']) if (perRegion(ref).some((n) => n !== 1)) fail(`${ref}: not one member per region on ${FOLLOW_UP}`);
  for (const ref of rpos) {
    if (activeIn(ref, FOLLOW_UP, ['CHAIR']).length !== 1) fail(`${ref}: not exactly one chair`);
    if (activeIn(ref, FOLLOW_UP, ['PROCESS_LEADER']).length < 1) fail(`${ref}: no process leader`);
  }
  for (const ref of localGroups) {
    const n = new Set(activeIn(ref, '2024-06-30').map((m) => m.person)).size;
    if (n < 3 || n > 8) fail(`${ref}: ${n} members, expected 3–8`);
  }
}

checkReference();
checkGroups();
checkPersons();
checkMemberships();
checkNationalComposition();
checkNorraGroups();
if (problems.length) {
  console.error(`\n${problems.length} problem(s); demo/norra.json not written:\n${problems.join('\n')}`);
  process.exit(1);
}

const target = new URL('demo/norra.json', here);
const content = `${JSON.stringify({ groups, persons, memberships, shareGoals, seats, dialogueQuestions, dialogues }, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== content) {
    console.error('demo/norra.json is not what seed-data/generate-demo.mjs writes: run `node seed-data/generate-demo.mjs`.');
    process.exit(1);
  }
  console.log('demo/norra.json is what the script writes.');
  process.exit(0);
}

mkdirSync(new URL('demo/', here), { recursive: true });
writeFileSync(target, content);
console.log(`wrote demo/norra.json: ${groups.length} groups, ${persons.length} persons, ${memberships.length} memberships, ` +
  `${shareGoals.length} share goals, ${seats.length} seat allocations, ${dialogues.length} dialogues`);
