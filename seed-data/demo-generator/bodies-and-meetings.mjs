// Norra's own bodies (förbundsdirektion, arbetsutskott, beredningsgrupp, regionalt ledningssamråd, the collaboration
// group for knowledge governance) and a national body with a Norra seat; their meetings of 2024 and 2025 with roll
// calls and agendas; the feedback NRF gave; and the operational goals 2–6 judged on them. Runs last: it draws from the
// PRNG stream after every other section, so adding it changed nothing drawn before.
//
// 2024 reproduces the annual report: BG met 14 times (13 planned, 1 extra), was quorate at 12 meetings and had partial
// absence at 8 of those; "nära vård" was on the agenda of every BG and RSK meeting; feedback went to SKR in the spring
// and to the förbundsdirektion in the autumn. 2025 is in progress: the last meetings of the year are still scheduled.
import { FIRST_DAY, JH, NB, NORRA, VB, VN, pick, shuffle } from './basics.mjs';
import { groupByRef, groups } from './groups.mjs';
import { memberships, nrfStaff, officialPool, regionSeat, seat, someone } from './memberships.mjs';
import { newPerson, personByRef } from './persons.mjs';
import { isActive } from './goals-and-dialogues.mjs'; // draws first: the sections share one PRNG stream

// ---------------------------------------------------------------------------------------------------------- bodies
function body(type, name, mandate, healthcareRegion = 'NORRA') {
  const ref = `${type} ${name}`;
  const g = {
    ref,
    type,
    name,
    healthcareRegion,
    region: null,
    parent: null,
    counterpart: null,
    universityHealthcare: false,
    status: 'ACTIVE',
    mandate,
  };
  groups.push(g);
  groupByRef.set(ref, g);
  return ref;
}
const FD = body(
  'FD',
  'Förbundsdirektionen (FD)',
  'Kommunalförbundets styrelse: tre ledamöter och tre ersättare per region.',
);
const AU = body('AU', 'Arbetsutskottet (AU)', 'Direktionens arbetsutskott: bereder direktionens ärenden.');
const BG = body(
  'BG',
  'Beredningsgruppen (BG)',
  'En tjänsteperson från varje region och förbundsdirektören; bereder ärenden till direktionen.',
);
const RLS = body('RLS', 'Regionalt ledningssamråd (RLS)', 'Regiondirektörer och hälso- och sjukvårdsdirektörer.');
const RSK = body(
  'RSK',
  'Samverkansgruppen för kunskapsstyrning (RSK)',
  'Sjukvårdsregional samverkansgrupp för kunskapsstyrning: följer införandet av vårdförlopp och kunskapsstöd.',
);
const HIGHLY_SPECIALISED = body(
  'NATIONAL_BODY',
  'Beslutsgruppen för nationell högspecialiserad vård',
  'Nationellt organ där sjukvårdsregionerna har representanter; Norras representant utses av direktionen.',
);

// --------------------------------------------------------------------------------------------------- memberships
// FD: per region three members and three deputies, elected politicians. The chair is from Västerbotten, the vice
// chair from Norrbotten. The AU is the chair, the vice chair and one member from each of the other two regions.
const fdMembers = new Map(); // region → its three members
for (const region of NORRA) {
  const members = [0, 1, 2].map(() => newPerson(region, 'Regionråd'));
  fdMembers.set(region, members);
  members.forEach((p, i) => {
    const role = i === 0 && region === VB ? 'CHAIR' : i === 0 && region === NB ? 'VICE_CHAIR' : 'MEMBER';
    regionSeat(FD, p, role, FIRST_DAY);
  });
  for (let i = 0; i < 3; i++) regionSeat(FD, newPerson(region, 'Ledamot i regionfullmäktige'), 'DEPUTY', FIRST_DAY);
}
regionSeat(AU, fdMembers.get(VB)[0], 'CHAIR', FIRST_DAY);
regionSeat(AU, fdMembers.get(NB)[0], 'VICE_CHAIR', FIRST_DAY);
for (const region of [JH, VN]) regionSeat(AU, fdMembers.get(region)[0], 'MEMBER', FIRST_DAY);

// BG: one official per region and NRF's director, who has a vote but represents no region: five voting seats.
const bgOfficials = NORRA.map((region) => newPerson(region, 'Hälso- och sjukvårdsdirektör'));
bgOfficials.forEach((p) => regionSeat(BG, p, 'MEMBER', FIRST_DAY));
const director = newPerson(VB, 'Förbundsdirektör');
seat(BG, director, 'ADJUNCT', null, FIRST_DAY);
memberships.at(-1).participation = 'DECIDING'; // the one seat whose right to decide is not its role's default

// RLS: each region's regional director and its official in BG.
NORRA.forEach((region, i) => {
  regionSeat(RLS, newPerson(region, 'Regiondirektör'), i === 1 ? 'CHAIR' : 'MEMBER', FIRST_DAY);
  regionSeat(RLS, bgOfficials[i], 'MEMBER', FIRST_DAY);
});

// RSK: the regions' strategists for knowledge governance, and an NRF process leader without a vote.
NORRA.forEach((region, i) =>
  regionSeat(
    RSK,
    someone(officialPool('Kunskapsstyrning'), [region], RSK, 0.7),
    i === 2 ? 'CHAIR' : 'MEMBER',
    FIRST_DAY,
  ),
);
const processLeader = someone(nrfStaff, [VB], RSK);
seat(RSK, processLeader, 'PROCESS_LEADER', null, FIRST_DAY);

// The national body: Norra's representative and a deputy.
regionSeat(HIGHLY_SPECIALISED, fdMembers.get(JH)[1], 'MEMBER', FIRST_DAY);
regionSeat(HIGHLY_SPECIALISED, bgOfficials[0], 'DEPUTY', FIRST_DAY);

// ----------------------------------------------------------------------------------------------------------- topics
export const topics = [
  { key: 'nara-vard', name: 'Nära vård' },
  { key: 'vardforlopp', name: 'Vårdförlopp' },
  { key: 'kunskapsstod', name: 'Kunskapsstöd' },
];

// BG decides when four of its five voting seats are filled.
export const quorumRules = [{ group: BG, minPresent: 4, everyRegionPresent: false }];

// --------------------------------------------------------------------------------------------------------- meetings
const membersOn = (ref, date) => memberships.filter((m) => m.group === ref && isActive(m, date));
const secretary = `${personByRef.get(processLeader).name}, NRF (sekreterare)`;

/**
 * A held meeting's roll call: every member on the day, the voting members in `absent` not present. A deputy of an
 * absent member's region serves for them when `deputies` says so (the förbundsdirektion's way).
 */
function rollCall(ref, date, absentCount, deputies) {
  const present = membersOn(ref, date);
  const voting = shuffle(
    present.filter((m) => ['CHAIR', 'VICE_CHAIR', 'MEMBER'].includes(m.role) || m.participation === 'DECIDING'),
  );
  const absent = new Set(voting.slice(0, absentCount).map((m) => m.person));
  const serving = new Map(); // deputy → the member they serve for
  if (deputies) {
    for (const m of voting.slice(0, absentCount)) {
      const deputy = present.find(
        (d) => d.role === 'DEPUTY' && d.representedRegion === m.representedRegion && !serving.has(d.person),
      );
      if (deputy) serving.set(deputy.person, m.person);
    }
  }
  return present.map((m) => ({
    person: m.person,
    present: m.role === 'DEPUTY' ? serving.has(m.person) : !absent.has(m.person),
    ...(serving.has(m.person) ? { servingFor: serving.get(m.person) } : {}),
  }));
}

const ITEMS = {
  'nara-vard': ['Nära vård: samordning med kunskapsstyrningen', 'Informationen noterades.'],
  vardforlopp: ['Vårdförlopp: lägesrapport om införandet', 'Beredningen fortsätter till nästa möte.'],
  kunskapsstod: [
    'Kunskapsstöd: nya nationella kunskapsstöd att införa',
    'Gruppen ställde sig bakom planen för införande.',
  ],
};
const paragraphs = new Map(); // body and year → the last paragraph number given
function agenda(ref, date, keys, extra = []) {
  const key = `${ref}|${date.slice(0, 4)}`;
  const items = [...keys.map((k) => ({ title: ITEMS[k][0], topics: [k], decision: ITEMS[k][1] })), ...extra];
  return items.map((item) => {
    const n = (paragraphs.get(key) ?? 0) + 1;
    paragraphs.set(key, n);
    return { topics: [], decision: null, ...item, paragraph: `§ ${n}` };
  });
}

export const meetings = [];
function held(ref, date, { kind = 'PLANNED', absent = 0, deputies = false, topicKeys = [], extra = [] } = {}) {
  meetings.push({
    group: ref,
    date,
    kind,
    status: 'HELD',
    rollCall: rollCall(ref, date, absent, deputies),
    othersPresent: ref === FD || ref === AU ? [] : [secretary],
    agenda: agenda(ref, date, topicKeys, extra),
  });
}
const scheduled = (ref, date) => meetings.push({ group: ref, date, kind: 'PLANNED', status: 'SCHEDULED' });

// BG 2024: 13 planned meetings and an extra one in March; one voting seat empty at 8, two at 2 (not quorate).
const BG_2024 = [
  ['2024-01-18', 0],
  ['2024-02-15', 1],
  ['2024-03-14', 1],
  ['2024-03-28', 2, 'EXTRA'],
  ['2024-04-11', 1],
  ['2024-05-16', 0],
  ['2024-06-13', 1],
  ['2024-08-22', 1],
  ['2024-09-12', 0],
  ['2024-10-03', 1],
  ['2024-10-24', 2],
  ['2024-11-14', 1],
  ['2024-12-05', 1],
  ['2024-12-19', 0],
];
BG_2024.forEach(([date, absent, kind = 'PLANNED'], i) =>
  held(BG, date, { kind, absent, topicKeys: i % 3 === 1 ? ['nara-vard', 'vardforlopp'] : ['nara-vard'] }),
);
// RSK 2024: six meetings, nära vård and the follow-up of the care pathways at every one.
for (const date of ['2024-02-07', '2024-04-03', '2024-06-05', '2024-09-04', '2024-10-30', '2024-12-11'])
  held(RSK, date, { absent: pick([0, 0, 1]), topicKeys: ['nara-vard', 'vardforlopp', 'kunskapsstod'] });
// FD, AU and RLS 2024; the förbundsdirektion hears the evaluation of the year's work in October.
const FEEDBACK_TO_FD = '2024-10-17';
for (const date of ['2024-02-22', '2024-04-25', '2024-06-20', FEEDBACK_TO_FD, '2024-12-12'])
  held(FD, date, {
    absent: pick([1, 2, 3]),
    deputies: true,
    extra:
      date === FEEDBACK_TO_FD
        ? [
            {
              title: 'Utvärdering och återkoppling om förbundets uppdrag och genomförda insatser',
              decision: 'Direktionen tackade för återkopplingen och lade den till handlingarna.',
            },
          ]
        : [{ title: 'Ekonomisk uppföljning', decision: 'Uppföljningen godkändes.' }],
  });
for (const date of ['2024-02-08', '2024-04-11', '2024-06-06', '2024-10-03', '2024-11-28'])
  held(AU, date, { absent: pick([0, 1]), extra: [{ title: 'Beredning av direktionens ärenden' }] });
for (const date of ['2024-03-07', '2024-06-12', '2024-09-19', '2024-12-04'])
  held(RLS, date, { absent: pick([0, 1, 2]), topicKeys: ['kunskapsstod'] });

// 2025, in progress: BG held nine meetings (one without a quorum), RSK four (one without nära vård on the agenda);
// the rest of the year is scheduled.
[
  ['2025-01-16', 0],
  ['2025-02-13', 1],
  ['2025-03-13', 0],
  ['2025-04-10', 2],
  ['2025-05-15', 1],
  ['2025-06-12', 0],
  ['2025-08-21', 1],
  ['2025-09-11', 0],
  ['2025-10-02', 1],
].forEach(([date, absent]) => held(BG, date, { absent, topicKeys: ['nara-vard'] }));
for (const date of ['2025-10-23', '2025-11-13', '2025-12-04']) scheduled(BG, date);
['2025-02-05', '2025-04-02', '2025-06-04', '2025-09-03'].forEach((date, i) =>
  held(RSK, date, { absent: pick([0, 1]), topicKeys: i === 2 ? ['kunskapsstod'] : ['nara-vard', 'vardforlopp'] }),
);
for (const date of ['2025-10-29', '2025-12-10']) scheduled(RSK, date);
for (const date of ['2025-02-20', '2025-04-24', '2025-06-19']) held(FD, date, { absent: pick([1, 2]), deputies: true });
for (const date of ['2025-10-16', '2025-12-11']) scheduled(FD, date);

// --------------------------------------------------------------------------------------------------------- feedback
const SUBJECT = 'Utvärdering och återkoppling om förbundets uppdrag och genomförda insatser inom kunskapsstyrningen';
export const feedback = [
  { healthcareRegion: 'NORRA', givenOn: '2024-04-15', recipient: 'SKR', subject: SUBJECT, reference: 'NRF 2024/31' },
  {
    healthcareRegion: 'NORRA',
    givenOn: FEEDBACK_TO_FD,
    recipient: 'GROUP',
    recipientGroup: FD,
    subject: SUBJECT,
    reference: 'NRF 2024/88',
  },
  { healthcareRegion: 'NORRA', givenOn: '2025-04-14', recipient: 'SKR', subject: SUBJECT, reference: 'NRF 2025/27' },
];

// ----------------------------------------------------------------------------------------------- operational goals
// Goals 2–6 of NRF's annual report (goal 1 is the share goal). Goal 4 has no partly-met level: the report judges it
// met or not, and 86 % of the meetings is "inte uppnått".
const goal = (number, name, kind, fields) => ({
  number,
  name,
  kind,
  healthcareRegion: 'NORRA',
  groups: [],
  threshold: null,
  partlyThreshold: null,
  topic: null,
  feedbackToSkr: false,
  feedbackGroups: [],
  questionKey: null,
  ...fields,
});
export const operationalGoals = [
  goal(2, 'Långsiktigt arbete med nivåstrukturering', 'DIALOGUE_ANSWERS', {
    questionKey: 'nivastrukturering',
    partlyThreshold: 0.5,
  }),
  goal(3, 'Implementering av vårdförlopp', 'FEEDBACK_GIVEN', { feedbackToSkr: true, feedbackGroups: [FD] }),
  goal(4, 'Skapa förutsättningar för sjukvårdsregional samverkan', 'MEETING_QUORUM', {
    groups: [BG],
    threshold: 0.9,
  }),
  goal(5, 'Samordning kunskapsstyrning och nära vård', 'TOPIC_AT_EVERY_MEETING', {
    groups: [BG, RSK],
    topic: 'nara-vard',
    partlyThreshold: 0.75,
  }),
  goal(6, 'Uppföljning av regionavtalet', 'DIALOGUE_ANSWERS', { questionKey: 'regionavtal', partlyThreshold: 0.5 }),
];
