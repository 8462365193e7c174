// The memberships, the seat helpers and the people pools that reuse a person across groups; then the first section
// that draws seats: the members of Norra's programme areas (RPO) and collaboration groups (RSG).
import { FIRST_DAY, NORRA, VB, chance, day, dayIn, pick, pickRegion } from './basics.mjs';
import { KVALITETSREGISTER_DORMANT_FROM, RPOS, RSGS } from './groups.mjs';
import { newPerson, regionOf } from './persons.mjs';

// ----------------------------------------------------------------------------------------------------- memberships
export const memberships = [];
const groupsOfPerson = new Map(); // person → the groups they have sat in, to spread people over a few groups only
export function seat(groupRef, personRef, role, representedRegion, startDate, endDate = null) {
  memberships.push({ group: groupRef, person: personRef, role, representedRegion, startDate, endDate });
  if (!groupsOfPerson.has(personRef)) groupsOfPerson.set(personRef, new Set());
  groupsOfPerson.get(personRef).add(groupRef);
}
/** A seat that holds a region's seat for the region the person works in: how nominations work. */
export const regionSeat = (groupRef, personRef, role, startDate, endDate = null) =>
  seat(groupRef, personRef, role, regionOf(personRef), startDate, endDate);

// People pools. The same head of department sits in the RPO, the NPO and the local programme area; the same
// pharmacist in the RSG, the NSG and the LSG. Drawing seats from pools (per knowledge area, per support function) gives
// that shape and keeps the number of persons realistic. A person joins no group twice.
export function makePool(titles, reuse, maxGroups = 4) {
  return { titles, reuse, maxGroups, byRegion: new Map() };
}
function join(pool, personRef) {
  const region = regionOf(personRef);
  if (!pool.byRegion.has(region)) pool.byRegion.set(region, []);
  if (!pool.byRegion.get(region).includes(personRef)) pool.byRegion.get(region).push(personRef);
  return personRef;
}
/** Someone of `regions` for a seat in `groupRef`: often a person of the pool not yet in that group, else a new person. */
export function someone(pool, regions, groupRef, reuse = pool.reuse) {
  if (chance(reuse)) {
    const free = regions
      .flatMap((r) => pool.byRegion.get(r) ?? [])
      .filter((p) => !groupsOfPerson.get(p)?.has(groupRef) && (groupsOfPerson.get(p)?.size ?? 0) < pool.maxGroups);
    if (free.length) return pick(free);
  }
  return join(pool, newPerson(pickRegion(regions), pick(pool.titles)));
}

const CLINICAL_TITLES = [
  'Överläkare',
  'Specialistläkare',
  'Specialistsjuksköterska',
  'Sjuksköterska',
  'Verksamhetschef',
  'Fysioterapeut',
];
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
export const poolFor = (key, titles, reuse) => {
  if (!pools.has(key)) pools.set(key, makePool(titles, reuse));
  return pools.get(key);
};
export const areaPool = (area) => poolFor(`area:${area}`, AREA_TITLES[area] ?? CLINICAL_TITLES, 0.8);
export const officialPool = (fn) => poolFor(`official:${fn}`, OFFICIAL_TITLES[fn], 0.6);
// NRF's process leaders are employed by Region Västerbotten and each supports a few groups.
export const nrfStaff = makePool(['Processledare'], 0.75, 5);

// ---------------------------------------------------------------------- Norra's healthcare-regional programme areas
// An RPO has a head of department ("verksamhetschef") from each region, one of them chair, and an NRF process leader.
// A few heads hand over during the period; the seat is never empty. The first heads also chair their local LPO.
export const rpoHead = new Map(); // `${rpo name}|${region}` → the head who held the seat from the start
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
