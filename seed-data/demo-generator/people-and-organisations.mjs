// Organisations other than the regions, and what the persons and seats say about them (issue 16): the organisations
// (SKR, Socialstyrelsen, universities, Norra's municipalities, patient organisations), every demo person's fictitious
// gender (from the first-name lists), profession and care level (from the title), an NAG member employed by SKR, a
// municipal representative's seat in an NAG, the patient representatives' organisations, the days the members'
// declarations of interests were last reviewed, and a deputy tied to the member they stand in for.
//
// Imported last, and it draws nothing from the shared PRNG (that would shift every later draw): every choice here is
// derived from the persons' and seats' own names, refs and dates by a hash. Goal 1's shares count regions only, and
// the seats added here represent organisations, so no figure of the demo moves.
import { persons, personByRef, WELL_KNOWN } from './persons.mjs';
import { memberships } from './memberships.mjs';
import { groups } from './groups.mjs';

/** FNV-1a of a text, as a number from 0 to 99: the deterministic stand-in for a draw. */
function percentOf(text) {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
  return hash % 100;
}

const ORGANISATIONS = [
  { ref: 'SKR', name: 'Sveriges Kommuner och Regioner', kind: 'SKR', region: null },
  { ref: 'Socialstyrelsen', name: 'Socialstyrelsen', kind: 'GOVERNMENT_AGENCY', region: null },
  { ref: 'Umeå universitet', name: 'Umeå universitet', kind: 'UNIVERSITY', region: '24' },
  { ref: 'LTU', name: 'Luleå tekniska universitet', kind: 'UNIVERSITY', region: '25' },
  { ref: 'Mittuniversitetet', name: 'Mittuniversitetet', kind: 'UNIVERSITY', region: '22' },
  { ref: 'Umeå kommun', name: 'Umeå kommun', kind: 'MUNICIPALITY', region: '24' },
  { ref: 'Luleå kommun', name: 'Luleå kommun', kind: 'MUNICIPALITY', region: '25' },
  { ref: 'Östersunds kommun', name: 'Östersunds kommun', kind: 'MUNICIPALITY', region: '23' },
  { ref: 'Sundsvalls kommun', name: 'Sundsvalls kommun', kind: 'MUNICIPALITY', region: '22' },
  { ref: 'Patientrådet Norr', name: 'Patientrådet Norr (fiktiv)', kind: 'PATIENT_ORGANISATION', region: '24' },
  { ref: 'Brukarföreningen', name: 'Brukarföreningen Norrland (fiktiv)', kind: 'PATIENT_ORGANISATION', region: '25' },
];

// The women's names of persons.mjs's first-name list; every other first name there is a man's.
const WOMEN = new Set(
  'Anna Eva Maria Karin Sara Lena Kerstin Emma Ingrid Malin Linda Johanna Elin Sofia Annika Helena Ida Camilla Åsa Ulrika Frida Jenny Hanna Therese Märta'.split(
    ' ',
  ),
);
const genderOf = (name) => (WOMEN.has(name.split(' ')[0]) ? 'WOMAN' : 'MAN');

/** The profession a title implies; politicians and staff titles imply none, a manager's is derived from the name. */
function professionOf(person) {
  const t = person.title ?? '';
  if (/läkare/i.test(t)) return 'Läkare';
  if (/sjuksköterska/i.test(t)) return 'Sjuksköterska';
  if (/^(Fysioterapeut|Dietist|Apotekare|Arbetsterapeut|Psykolog|Kurator|Barnmorska|Logoped)$/.test(t)) return t;
  if (t === 'Verksamhetschef') {
    const p = percentOf(`profession ${person.ref}`);
    return p < 45 ? 'Läkare' : p < 75 ? 'Sjuksköterska' : p < 90 ? 'Fysioterapeut' : null;
  }
  return null;
}

function careLevelOf(person, profession) {
  if (!profession) return null;
  const p = percentOf(`care level ${person.ref}`);
  return p < 30 ? 'PRIMARY' : p < 92 ? 'SPECIALIST' : 'MUNICIPAL';
}

const personDetails = persons.map((person) => {
  const profession = professionOf(person);
  return { person: person.ref, gender: genderOf(person.name), profession, careLevel: careLevelOf(person, profession) };
});

// Two new persons: an NAG member from SKR and a municipal representative. Their names come from the lists, unused.
const taken = new Set(persons.map((p) => p.name));
const freeName = (candidates) => candidates.find((name) => !taken.has(name) && !WELL_KNOWN.has(name));
const SKR_MEMBER = 'o0001';
const MUNICIPAL_REPRESENTATIVE = 'o0002';
const organisationPersons = [
  {
    ref: SKR_MEMBER,
    name: freeName(['Kerstin Marklund', 'Ingrid Granström', 'Åsa Sundqvist']),
    email: null,
    employerOrganisation: 'SKR',
    title: 'Handläggare, avdelningen för vård och omsorg',
    gender: 'WOMAN',
    profession: 'Sjuksköterska',
    careLevel: null,
  },
  {
    ref: MUNICIPAL_REPRESENTATIVE,
    name: freeName(['Göran Backman', 'Ola Nyström', 'Björn Öhman']),
    email: null,
    employerOrganisation: 'Umeå kommun',
    title: 'Medicinskt ansvarig sjuksköterska',
    gender: 'MAN',
    profession: 'Sjuksköterska',
    careLevel: 'MUNICIPAL',
  },
];
const ascii = (s) => s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
for (const p of organisationPersons) {
  const domain = p.employerOrganisation === 'SKR' ? 'skr' : 'umea.kommun';
  p.email = `${p.name.split(' ').map(ascii).join('.')}@${domain}.example`;
}

/** New seats representing an organisation: not region seats, so goal 1's national shares stay as they are. */
const organisationSeats = [
  {
    group: 'NAG Diabetes',
    person: SKR_MEMBER,
    role: 'MEMBER',
    representedOrganisation: 'SKR',
    startDate: '2024-01-01',
  },
  {
    group: 'NAG Hälsosamtal',
    person: MUNICIPAL_REPRESENTATIVE,
    role: 'MEMBER',
    representedOrganisation: 'Umeå kommun',
    startDate: '2024-03-01',
  },
];

const NATIONAL = new Set(groups.filter((g) => ['NPO', 'NAG', 'NSG'].includes(g.type)).map((g) => g.ref));
const PATIENT_ORGANISATIONS = ['Patientrådet Norr', 'Brukarföreningen'];

/**
 * The declaration-of-interests review day of national seats still open in 2025: most within the last years, a few
 * older than three years, some never recorded. A day never after the seeding day (the last is 2025-10-31).
 */
function reviewDay(m) {
  const p = percentOf(`interests ${m.group} ${m.person} ${m.startDate}`);
  if (p >= 85) return null;
  if (p >= 72) return `2021-0${1 + (p % 9)}-15`;
  const month = 1 + (p % 10);
  const day = `${p % 2 ? '2025' : '2024'}-${String(month).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`;
  return day < m.startDate ? m.startDate : day;
}

const open = (m) => m.endDate === null || m.endDate >= '2025-01-01';
const membershipDetails = [];
let patientSeats = 0;
for (const m of memberships) {
  const detail = { group: m.group, person: m.person, startDate: m.startDate };
  if (NATIONAL.has(m.group) && open(m) && m.role !== 'PROCESS_LEADER' && m.role !== 'SECRETARY') {
    detail.interestsReviewedOn = reviewDay(m);
  }
  if (m.role === 'PATIENT_REPRESENTATIVE' && patientSeats < PATIENT_ORGANISATIONS.length) {
    detail.representedOrganisation = PATIENT_ORGANISATIONS[patientSeats++];
  }
  if (Object.keys(detail).length > 3) membershipDetails.push(detail);
}

// A deputy tied to the member they stand in for: in an NPO a healthcare region's deputy stands in for its member (any
// of Norra's regions), so the first open NPO deputy with an open Norra member there; elsewhere the same region's.
const NORRA_REGIONS = ['22', '23', '24', '25'];
const sameSeat = (deputy, m) =>
  deputy.group.startsWith('NPO ')
    ? NORRA_REGIONS.includes(m.representedRegion) && NORRA_REGIONS.includes(deputy.representedRegion)
    : m.representedRegion === deputy.representedRegion;
const openDeputies = memberships.filter((m) => m.role === 'DEPUTY' && m.endDate === null);
const npoFirst = [...openDeputies.filter((m) => m.group.startsWith('NPO ')), ...openDeputies];
for (const deputy of npoFirst) {
  const member = memberships.find(
    (m) =>
      m.group === deputy.group &&
      ['CHAIR', 'VICE_CHAIR', 'MEMBER'].includes(m.role) &&
      sameSeat(deputy, m) &&
      m.endDate === null &&
      m.participation === undefined,
  );
  if (!member) continue;
  membershipDetails.push({
    group: deputy.group,
    person: deputy.person,
    startDate: deputy.startDate,
    standsInFor: { person: member.person, startDate: member.startDate },
  });
  break;
}

export const peopleAndOrganisations = {
  organisations: ORGANISATIONS,
  persons: organisationPersons,
  personDetails,
  memberships: organisationSeats,
  membershipDetails,
};

// The names are checked here as persons.mjs checks its own.
if (organisationPersons.some((p) => !p.name || personByRef.has(p.ref))) {
  throw new Error('people-and-organisations: no free name for an organisation person');
}
