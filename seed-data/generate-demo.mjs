#!/usr/bin/env node
// Writes seed-data/demo/norra.json: the demo data set for Norra sjukvårdsregionen. Deterministic (fixed seed), so the
// committed file changes only when this script does. Every person is fictitious.
//
// The data reproduce the annual report's shares of Norra's seats in national groups (chair, vice chair and member):
// on 2023-08-31 Norrbotten 12 %, Jämtland Härjedalen 17 %, Västernorrland 13 %, Västerbotten 58 %; on 2024-12-31
// Västerbotten 56 % and each of the other three a little higher. The script checks those counts and exits non-zero
// when they do not hold. Run: node seed-data/generate-demo.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const here = new URL('./', import.meta.url);
const NB = '25'; // Norrbotten
const VB = '24'; // Västerbotten
const JH = '23'; // Jämtland Härjedalen
const VN = '22'; // Västernorrland
const NORRA = [NB, VB, JH, VN];
const BASELINE = '2023-08-31';
const FOLLOW_UP = '2024-12-31';

// ---------------------------------------------------------------------------------------------- deterministic helpers
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20240831);
const pick = (list) => list[Math.floor(random() * list.length)];
const day = (iso, offset) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const daysBetween = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** A random day from `from` to `to`, both included, on the first of a month half of the time (as appointments are). */
const dayIn = (from, to) => {
  const d = day(from, Math.floor(random() * (daysBetween(from, to) + 1)));
  const first = `${d.slice(0, 8)}01`;
  return random() < 0.5 && first >= from ? first : d;
};

// ------------------------------------------------------------------------------------------------------- reference
const healthcareRegions = JSON.parse(readFileSync(new URL('reference/healthcare-regions.json', here), 'utf8'));
const nationalGroups = JSON.parse(readFileSync(new URL('reference/national-groups.json', here), 'utf8'));
const regionsOf = Object.fromEntries(healthcareRegions.map((hr) => [hr.code, hr.regions.map((r) => r.code)]));
const regionName = Object.fromEntries(healthcareRegions.flatMap((hr) => hr.regions.map((r) => [r.code, r.name])));
const npos = nationalGroups.filter((g) => g.type === 'NPO');
const nsgs = nationalGroups.filter((g) => g.type === 'NSG');

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
const SLUG = { '01': 'stockholm', '03': 'uppsala', '04': 'sormland', '05': 'ostergotland', '06': 'jonkoping', '07': 'kronoberg',
  '08': 'kalmar', '09': 'gotland', 10: 'blekinge', 12: 'skane', 13: 'halland', 14: 'vgregion', 17: 'varmland', 18: 'orebro',
  19: 'vastmanland', 20: 'dalarna', 21: 'gavleborg', 22: 'vasternorrland', 23: 'jamtlandharjedalen', 24: 'vasterbotten',
  25: 'norrbotten' };
const ascii = (s) => s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e');

const persons = [];
const usedNames = new Set();
function person(regionCode, title) {
  let name;
  do name = `${pick(FIRST)} ${pick(LAST)}`;
  while (usedNames.has(name));
  usedNames.add(name);
  const [first, last] = name.split(' ');
  const ref = `p${String(persons.length + 1).padStart(4, '0')}`;
  persons.push({ ref, name, email: `${ascii(first)}.${ascii(last)}@${SLUG[regionCode]}.example`, employerRegion: regionCode, title });
  return ref;
}

// ---------------------------------------------------------------------------------------------------------- groups
const groups = [];
function group(type, name, fields = {}) {
  const ref = fields.region ? `${type} ${name} (${fields.region})` : `${type} ${name}`;
  groups.push({ ref, type, name, healthcareRegion: null, region: null, parent: null, counterpart: null,
    universityHealthcare: false, status: 'ACTIVE', mandate: null, ...fields });
  return ref;
}

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
const hostedNags = [];
const otherNags = [];
for (const [npo, names] of Object.entries(HOSTED_NAGS)) {
  for (const name of names) {
    hostedNags.push(group('NAG', name, { parent: `NPO ${npo}`, mandate: `Nationell arbetsgrupp under NPO ${npo}: tar fram och förvaltar kunskapsstöd om ${name.toLowerCase()}.` }));
  }
}
for (const [npo, names] of Object.entries(OTHER_NAGS)) {
  for (const name of names) {
    otherNags.push(group('NAG', name, { parent: `NPO ${npo}`, mandate: `Nationell arbetsgrupp under NPO ${npo} för ${name.toLowerCase()}.` }));
  }
}

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
      : `Sjukvårdsregionalt programområde för ${name.toLowerCase()}: anpassar och samordnar kunskapsstöd i Norra sjukvårdsregionen.`,
  }),
);
const rsgs = [
  group('RSG', 'Läkemedel', { healthcareRegion: 'NORRA', counterpart: 'NSG Läkemedel och medicinteknik', mandate: 'Sjukvårdsregional samverkansgrupp för läkemedel, en tjänsteperson per region.' }),
  group('RSG', 'Forskning Life Science', { healthcareRegion: 'NORRA', mandate: 'Sjukvårdsregional samverkansgrupp för forskning, utveckling och innovation (FUI-rådet).' }),
  group('RSG', 'Kunskapsstyrning', { healthcareRegion: 'NORRA', mandate: 'Sjukvårdsregional samverkansgrupp för kunskapsstyrning (RSK).' }),
  group('RSG', 'Patientsäkerhet', { healthcareRegion: 'NORRA', counterpart: 'NSG Patientsäkerhet', mandate: 'Sjukvårdsregional samverkansgrupp för patientsäkerhet.' }),
  group('RSG', 'Kvalitetsregister', { healthcareRegion: 'NORRA', counterpart: 'NSG Kvalitetsregister', status: 'DORMANT', mandate: 'Sjukvårdsregional samverkansgrupp för kvalitetsregister; vilande sedan 2024.' }),
];
const rags = [
  group('RAG', 'Diabetes', { healthcareRegion: 'NORRA', parent: 'RPO Endokrina sjukdomar', counterpart: 'NAG Diabetes' }),
  group('RAG', 'Suicidprevention', { healthcareRegion: 'NORRA', parent: 'RPO Psykisk hälsa' }),
  group('RAG', 'Stroke', { healthcareRegion: 'NORRA', parent: 'RPO Nervsystemets sjukdomar', counterpart: 'NAG Stroke' }),
];

// Local groups: Norrbotten's as its board minutes describe them, a smaller set for the other three regions.
const LOCAL = {
  [NB]: {
    lpos: ['Levnadsvanor', 'Rörelseorganens sjukdomar', 'Lung- och allergisjukdomar', 'Endokrina sjukdomar', 'Hjärt- och kärlsjukdomar'],
    lags: { 'Astma och KOL': 'Lung- och allergisjukdomar', Diabetes: 'Endokrina sjukdomar', Hjärtsvikt: 'Hjärt- och kärlsjukdomar' },
    lsgs: { Läkemedel: 'Läkemedel', Patientsäkerhet: 'Patientsäkerhet' },
  },
  [VB]: {
    lpos: ['Psykisk hälsa', 'Cancersjukdomar', 'Endokrina sjukdomar'],
    lags: { Diabetes: 'Endokrina sjukdomar', Suicidprevention: 'Psykisk hälsa' },
    lsgs: { Läkemedel: 'Läkemedel' },
  },
  [JH]: {
    lpos: ['Primärvård', 'Levnadsvanor'],
    lags: { Hälsosamtal: 'Levnadsvanor' },
    lsgs: { Läkemedel: 'Läkemedel', Patientsäkerhet: 'Patientsäkerhet' },
  },
  [VN]: {
    lpos: ['Äldres hälsa och palliativ vård', 'Hjärt- och kärlsjukdomar'],
    lags: { Hjärtsvikt: 'Hjärt- och kärlsjukdomar' },
    lsgs: { Läkemedel: 'Läkemedel' },
  },
};
const RAG_COUNTERPART = { Diabetes: 'RAG Diabetes', Suicidprevention: 'RAG Suicidprevention' };
const localGroups = [];
for (const [region, plan] of Object.entries(LOCAL)) {
  for (const name of plan.lpos) localGroups.push(group('LPO', name, { region, counterpart: RPOS.includes(name) ? `RPO ${name}` : null }));
  for (const [name, lpo] of Object.entries(plan.lags)) {
    localGroups.push(group('LAG', name, { region, parent: `LPO ${lpo} (${region})`, counterpart: RAG_COUNTERPART[name] ?? null }));
  }
  for (const [name, rsg] of Object.entries(plan.lsgs)) localGroups.push(group('LSG', name, { region, counterpart: `RSG ${rsg}` }));
}

// ----------------------------------------------------------------------------------------------------- memberships
const memberships = [];
function seat(groupRef, personRef, role, representedRegion, startDate, endDate = null) {
  memberships.push({ group: groupRef, person: personRef, role, representedRegion, startDate, endDate });
}
const TITLES = ['Överläkare', 'Verksamhetschef', 'Specialistsjuksköterska', 'Fysioterapeut', 'Apotekare', 'Distriktsläkare', 'Dietist'];

/**
 * Norra's counted seats in national groups as tracks: a seat held throughout (stable), one whose holder left between
 * the two report days and was replaced (replaced), or one added between them (added).
 */
function track(groupRef, kind, fromRegion, toRegion = fromRegion, role = 'MEMBER') {
  const first = person(fromRegion, pick(TITLES));
  if (kind === 'stable') {
    // Some stable seats had a predecessor who left before the baseline: history that must not count.
    const start = random() < 0.3 ? dayIn('2022-09-01', '2023-06-30') : dayIn('2022-01-01', '2022-12-31');
    if (start > '2022-06-30') seat(groupRef, person(fromRegion, pick(TITLES)), role, fromRegion, '2021-01-01', day(start, -1));
    seat(groupRef, first, role, fromRegion, start, random() < 0.15 ? pick(['2025-12-31', '2027-03-31', '2027-06-30']) : null);
    return;
  }
  if (kind === 'replaced') {
    const leaves = dayIn(day(BASELINE, 1), day(FOLLOW_UP, -1));
    seat(groupRef, first, role, fromRegion, dayIn('2021-06-01', '2022-12-31'), leaves);
    seat(groupRef, person(toRegion, pick(TITLES)), role, toRegion, day(leaves, 1));
    return;
  }
  seat(groupRef, first, role, fromRegion, dayIn(day(BASELINE, 1), FOLLOW_UP));
}

// NPOs: Norra holds one seat in each. Four pass from Västerbotten to a smaller region between the report days.
const npoRegions = [...Array(3).fill(NB), ...Array(4).fill(JH), ...Array(3).fill(VN), ...Array(12).fill(VB)];
const npoHandOvers = [NB, JH, VN, VN];
npos.forEach((npo, i) => {
  const chair = npo.name === 'Endokrina sjukdomar' || npo.name === 'Levnadsvanor' ? 'CHAIR' : 'MEMBER';
  if (i < npoRegions.length) track(npo.ref, 'stable', npoRegions[i], npoRegions[i], chair);
  else track(npo.ref, 'replaced', VB, npoHandOvers[i - npoRegions.length], chair);
});
// NSGs: one Norra official each.
[NB, JH, VN, VB, VB, VB].forEach((region, i) => track(nsgs[i].ref, 'stable', region));

// NAGs: the rest. The hosted ones carry most of Norra's members.
const nagStable = [...Array(6).fill(NB), ...Array(10).fill(JH), ...Array(7).fill(VN), ...Array(37).fill(VB)];
const nagReplaced = [NB, NB, JH, JH, VN, VN, VB, VB];
const nagAdded = [VB, VB, VB, VB];
const nagSlots = [...hostedNags.flatMap((ref) => Array(7).fill(ref)), ...otherNags.flatMap((ref) => Array(3).fill(ref))];
const nagSeat = (i) => nagSlots[i % nagSlots.length];
let slot = 0;
nagStable.forEach((region) => track(nagSeat(slot++), 'stable', region, region, slot % 17 === 0 ? 'VICE_CHAIR' : 'MEMBER'));
nagReplaced.forEach((region) => track(nagSeat(slot++), 'replaced', region));
nagAdded.forEach((region) => track(nagSeat(slot++), 'added', region));

// The other five healthcare regions' members of every NPO and NSG, so that national groups look as they do.
for (const hr of healthcareRegions.filter((h) => h.code !== 'NORRA')) {
  for (const g of [...npos, ...nsgs]) {
    const region = pick(hr.regions).code;
    seat(g.ref, person(region, pick(TITLES)), 'MEMBER', region, '2022-01-01');
  }
  for (const ref of [...hostedNags, ...otherNags].filter(() => random() < 0.5)) {
    const region = pick(hr.regions).code;
    seat(ref, person(region, pick(TITLES)), 'MEMBER', region, dayIn('2022-01-01', '2023-06-30'));
  }
}

// Seats that do not count towards the shares: deputies, process leaders (NRF staff employed in Västerbotten) and
// patient representatives; and appointments made for 2025.
for (const npo of npos.slice(0, 8)) seat(npo.ref, person(pick(NORRA), 'Överläkare'), 'DEPUTY', pick(NORRA), '2022-01-01');
for (const ref of [...hostedNags, 'NPO Endokrina sjukdomar', 'NPO Levnadsvanor']) {
  seat(ref, person(VB, 'Processledare'), 'PROCESS_LEADER', null, dayIn('2022-01-01', '2023-03-31'));
}
for (const ref of hostedNags.slice(0, 3)) seat(ref, person(pick(NORRA), 'Patientrepresentant'), 'PATIENT_REPRESENTATIVE', null, '2023-01-01');
for (const ref of otherNags.slice(0, 3)) seat(ref, person(NB, pick(TITLES)), 'MEMBER', NB, dayIn('2025-02-01', '2025-09-01'));

// Norra's own groups: every RPO has a head of department ("verksamhetschef") from each region and a process leader.
const regionalMembers = Object.fromEntries(NORRA.map((r) => [r, []]));
rpos.forEach((ref, i) => {
  NORRA.forEach((region, j) => {
    const p = person(region, 'Verksamhetschef');
    regionalMembers[region].push(p);
    seat(ref, p, j === i % 4 ? 'CHAIR' : 'MEMBER', region, dayIn('2022-01-01', '2023-12-31'));
  });
  seat(ref, person(VB, 'Processledare'), 'PROCESS_LEADER', null, '2022-01-01');
});
for (const ref of [...rsgs, ...rags]) {
  NORRA.forEach((region, j) => seat(ref, person(region, ref.startsWith('RSG Läkemedel') ? 'Apotekare' : pick(TITLES)), j === 0 ? 'CHAIR' : 'MEMBER', region, dayIn('2022-01-01', '2023-12-31')));
}
// Local groups: 3–7 members of the region; heads of department often sit in their own region's LPO too.
for (const ref of localGroups) {
  const region = ref.slice(-3, -1);
  const size = 3 + Math.floor(random() * 5);
  for (let i = 0; i < size; i++) {
    const reuse = ref.startsWith('LPO') && i === 0 && regionalMembers[region].length > 0;
    const p = reuse ? regionalMembers[region].shift() : person(region, pick(TITLES));
    seat(ref, p, i === 0 ? 'CHAIR' : 'MEMBER', region, dayIn('2022-01-01', '2024-06-30'), random() < 0.1 ? '2024-12-31' : null);
  }
}

// Declared seats: one per healthcare region in every NPO and NSG, one in each NAG (eight for Norra in the NAGs it
// hosts), one per region in Norra's RPOs and RSGs. Vacancies are the seats no active member holds.
const seats = [
  ...[...npos, ...nsgs].flatMap((g) => healthcareRegions.map((hr) => ({ group: g.ref, healthcareRegion: hr.code, seats: 1 }))),
  ...[...hostedNags, ...otherNags].flatMap((ref) =>
    healthcareRegions.map((hr) => ({ group: ref, healthcareRegion: hr.code, seats: hr.code === 'NORRA' && hostedNags.includes(ref) ? 8 : 1 })),
  ),
  ...[...rpos, ...rsgs].flatMap((ref) => NORRA.map((region) => ({ group: ref, region, seats: 1 }))),
];

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

// Follow-up dialogues ("uppföljningsdialoger"): the questions behind goals 2, 3, 5 and 6, asked in 2024 and 2025. In
// 2024 NRF met every active RPO and RSG, so goals 2 and 6 were met; 2025 is under way, with some dialogues held.
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
const groupType = Object.fromEntries([...nationalGroups, ...groups].map((g) => [g.ref, g.type]));
const groupByRef = Object.fromEntries(groups.map((g) => [g.ref, g]));
function dialogueFor(ref, heldOn, answerKeys, actions) {
  const members = memberships.filter((m) => m.group === ref && m.startDate <= heldOn && (m.endDate === null || heldOn <= m.endDate));
  const asked = QUESTIONS.filter((q) => q.appliesTo.includes(groupType[ref]) && (!q.universityHealthcareOnly || groupByRef[ref].universityHealthcare));
  return {
    group: ref,
    heldOn,
    participants: [...new Set(members.slice(0, 3).map((m) => m.person))],
    notes: 'Dialogen hölls enligt rutinen för uppföljningsdialog.',
    answers: asked.filter((q) => answerKeys.includes(q.key)).map((q) => ({ year: Number(heldOn.slice(0, 4)), key: q.key, text: ANSWERS[q.key] })),
    actions,
  };
}
const activeRegional = [...rpos, ...rsgs].filter((ref) => groupByRef[ref].status === 'ACTIVE');
const dialogues = [
  ...activeRegional.map((ref, i) =>
    dialogueFor(ref, dayIn('2024-09-02', '2024-11-29'), QUESTIONS.map((q) => q.key), i % 3 === 0
      ? [{ description: 'Redovisa plan för uppföljning av vårdförloppen', ownerName: 'Programområdets ordförande', dueDate: '2025-03-31', status: i % 2 ? 'DONE' : 'OPEN' }]
      : []),
  ),
  ...rpos.slice(0, 5).map((ref, i) =>
    dialogueFor(ref, dayIn('2025-09-01', '2025-11-28'), i === 1 ? ['vardforlopp', 'nara-vard'] : QUESTIONS.map((q) => q.key), [
      { description: 'Ta fram gemensam rutin för remisser mellan regionerna', ownerName: 'Processledaren', dueDate: '2026-03-31', status: 'OPEN' },
    ]),
  ),
];

// ------------------------------------------------------------------------------------------------------- the checks
const active = (m, d) => m.startDate <= d && (m.endDate === null || d <= m.endDate);
const COUNTED = new Set(['CHAIR', 'VICE_CHAIR', 'MEMBER']);
function norraSeats(d) {
  const counts = Object.fromEntries(NORRA.map((r) => [r, 0]));
  for (const m of memberships) {
    if (['NPO', 'NAG', 'NSG'].includes(groupType[m.group]) && COUNTED.has(m.role) && NORRA.includes(m.representedRegion) && active(m, d)) {
      counts[m.representedRegion] += 1;
    }
  }
  return counts;
}
const expected = {
  [BASELINE]: { [NB]: 12, [JH]: 17, [VN]: 13, [VB]: 58 },
  [FOLLOW_UP]: { [NB]: 13, [JH]: 18, [VN]: 15, [VB]: 58 },
};
const problems = [];
for (const [d, want] of Object.entries(expected)) {
  const got = norraSeats(d);
  const total = Object.values(got).reduce((a, b) => a + b, 0);
  console.log(`${d}: ${NORRA.map((r) => `${regionName[r]} ${got[r]} (${((got[r] / total) * 100).toFixed(1)} %)`).join(', ')}; ${total} seats`);
  for (const r of NORRA) if (got[r] !== want[r]) problems.push(`${d}: ${regionName[r]} has ${got[r]} seats, expected ${want[r]}`);
}
const REGION_ROLES = new Set(['CHAIR', 'VICE_CHAIR', 'MEMBER', 'DEPUTY']);
const refs = new Set([...nationalGroups, ...groups].map((g) => g.ref));
for (const g of groups) for (const ref of [g.parent, g.counterpart]) if (ref && !refs.has(ref)) problems.push(`${g.ref} refers to unknown ${ref}`);
for (const m of memberships) {
  if (!refs.has(m.group)) problems.push(`membership in unknown group ${m.group}`);
  if (REGION_ROLES.has(m.role) !== (m.representedRegion !== null)) problems.push(`${m.person} in ${m.group}: role ${m.role} with region ${m.representedRegion}`);
  if (m.endDate && m.endDate < m.startDate) problems.push(`${m.person} in ${m.group} ends before it starts`);
}
const byPersonAndGroup = new Map();
for (const m of memberships) byPersonAndGroup.set(`${m.person}|${m.group}`, [...(byPersonAndGroup.get(`${m.person}|${m.group}`) ?? []), m]);
for (const list of byPersonAndGroup.values()) {
  const sorted = list.sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i - 1].endDate === null || sorted[i - 1].endDate >= sorted[i].startDate) problems.push(`overlapping memberships of ${sorted[i].person} in ${sorted[i].group}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

mkdirSync(new URL('demo/', here), { recursive: true });
writeFileSync(new URL('demo/norra.json', here), `${JSON.stringify({ groups, persons, memberships, shareGoals, seats, dialogueQuestions, dialogues }, null, 2)}\n`);
console.log(`wrote demo/norra.json: ${groups.length} groups, ${persons.length} persons, ${memberships.length} memberships, ${shareGoals.length} share goals, ${seats.length} seat allocations, ${dialogues.length} dialogues`);
