// What the register measures the memberships against: the declared seats, the share goals, and the follow-up
// dialogues held with Norra's RPOs and RSGs (their participants are the members present, so this runs last).
import { BASELINE, FOLLOW_UP, JH, NB, NORRA, VN, dayIn, healthcareRegions, npos, nsgs } from './basics.mjs';
import { allNags, groupByRef, hostedNags, rpos, rsgs } from './groups.mjs';
import { memberships } from './memberships.mjs';
import './working-and-local-groups.mjs'; // the last memberships, before the dialogues draw their dates and participants

// ------------------------------------------------------------------------------------------------- declared seats
// One per healthcare region in every NPO and NSG, one in each NAG (eight for Norra in the NAGs it hosts), one per
// region in Norra's RPOs and RSGs. Vacancies are the seats no active member holds.
export const seats = [
  ...[...npos, ...nsgs].flatMap((g) =>
    healthcareRegions.map((hr) => ({ group: g.ref, healthcareRegion: hr.code, seats: 1 })),
  ),
  ...allNags.flatMap((ref) =>
    healthcareRegions.map((hr) => ({
      group: ref,
      healthcareRegion: hr.code,
      seats: hr.code === 'NORRA' && hostedNags.includes(ref) ? 8 : 1,
    })),
  ),
  ...[...rpos, ...rsgs].flatMap((ref) => NORRA.map((region) => ({ group: ref, region, seats: 1 }))),
];

// ---------------------------------------------------------------------------------------------------- share goals
// NRF's goal 1 as the annual report states it, and a stricter parity goal that shows what is still left to do.
export const shareGoals = [
  {
    number: 1,
    name: 'Gemensamt ansvar för jämlik vård – fler nationella uppdrag till Norrbotten, Jämtland Härjedalen och Västernorrland',
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
// The questions asked in 2024 and 2025. Goals 2 and 6 are judged by their answers; care pathways and nära vård are
// followed up in the dialogues too, but goals 3 and 5 are judged on their own criteria (feedback records, meetings'
// agendas), so those questions carry no goal. In 2024 NRF met every active RPO and RSG, so goals 2 and 6 were met;
// 2025 is under way, with five RPOs met and one answer on the regional agreement missing.
const QUESTIONS = [
  {
    key: 'nivastrukturering',
    goal: 'Mål 2',
    appliesTo: ['RPO'],
    universityHealthcareOnly: true,
    text: 'Hur arbetar programområdet långsiktigt med nivåstrukturering, det vill säga koncentration och decentralisering av vård?',
  },
  {
    key: 'vardforlopp',
    goal: null,
    appliesTo: ['RPO'],
    universityHealthcareOnly: false,
    text: 'Hur följer programområdet upp införandet av de personcentrerade och sammanhållna vårdförloppen?',
  },
  {
    key: 'nara-vard',
    goal: null,
    appliesTo: ['RPO', 'RSG'],
    universityHealthcareOnly: false,
    text: 'Hur samverkar gruppen med den nära vården och primärvården i regionerna?',
  },
  {
    key: 'regionavtal',
    goal: 'Mål 6',
    appliesTo: ['RPO'],
    universityHealthcareOnly: false,
    text: 'Hur följer programområdet upp att regionavtalet för sjukvårdsregionen efterlevs?',
  },
];
export const dialogueQuestions = [2024, 2025].flatMap((year) => QUESTIONS.map((q) => ({ year, ...q })));
const ANSWERS = {
  nivastrukturering:
    'Programområdet har en plan för vilka ingrepp som koncentreras till Norrlands universitetssjukhus och vilken uppföljning som sker nära patienten.',
  vardforlopp:
    'Vårdförloppen följs upp kvartalsvis med indikatorer från kvalitetsregistren; avvikelser tas upp i programområdet.',
  'nara-vard':
    'Representanter för primärvården deltar i arbetsgrupperna och gemensamma rutiner tas fram för övergångar mellan vårdnivåer.',
  regionavtal:
    'Efterlevnaden av regionavtalet följs upp årligen i dialog med regionerna och rapporteras till NRF:s beredningsgrupp.',
};
export const isActive = (m, d) => m.startDate <= d && (m.endDate === null || d <= m.endDate);
function dialogueFor(ref, heldOn, answerKeys, actions) {
  const g = groupByRef.get(ref);
  const present = memberships.filter((m) => m.group === ref && isActive(m, heldOn));
  const asked = QUESTIONS.filter(
    (q) => q.appliesTo.includes(g.type) && (!q.universityHealthcareOnly || g.universityHealthcare),
  );
  return {
    group: ref,
    heldOn,
    participants: [...new Set(present.slice(0, 3).map((m) => m.person))],
    notes: 'Dialogen hölls enligt rutinen för uppföljningsdialog.',
    answers: asked
      .filter((q) => answerKeys.includes(q.key))
      .map((q) => ({ year: Number(heldOn.slice(0, 4)), key: q.key, text: ANSWERS[q.key] })),
    actions,
  };
}
const activeRegional = [...rpos, ...rsgs].filter((ref) => groupByRef.get(ref).status === 'ACTIVE');
const allKeys = QUESTIONS.map((q) => q.key);
export const dialogues = [
  ...activeRegional.map((ref, i) =>
    dialogueFor(
      ref,
      dayIn('2024-09-02', '2024-11-29'),
      allKeys,
      i % 3 === 0
        ? [
            {
              description: 'Redovisa plan för uppföljning av vårdförloppen',
              ownerName: 'Programområdets ordförande',
              dueDate: '2025-03-31',
              status: i % 2 ? 'DONE' : 'OPEN',
            },
          ]
        : [],
    ),
  ),
  ...rpos.slice(0, 5).map((ref, i) =>
    dialogueFor(ref, dayIn('2025-09-01', '2025-11-28'), i === 1 ? ['vardforlopp', 'nara-vard'] : allKeys, [
      {
        description: 'Ta fram gemensam rutin för remisser mellan regionerna',
        ownerName: 'Processledaren',
        dueDate: '2026-03-31',
        status: 'OPEN',
      },
    ]),
  ),
];
