// The checks of what the generator sets out to build; the entry point runs checkDemo() on the finished data before
// it writes anything.
import {
  FIRST_DAY,
  FOLLOW_UP,
  LAST_DAY,
  NORRA,
  SEATED_ROLES,
  allRegions,
  healthcareRegions,
  monthEnds,
  nationalGroups,
  npos,
  nsgs,
  regionByCode,
  regionsOf,
} from './basics.mjs';
import { isActive } from './goals-and-dialogues.mjs';
import { groupByRef, groups, localGroups, rpos } from './groups.mjs';
import { memberships } from './memberships.mjs';
import { WELL_KNOWN, emailFor, personByRef, persons } from './persons.mjs';

// ================================================================================================= the checks
// What the script sets out to build, checked before anything is written (the registry's rules are checked by the
// registry itself when it seeds the file).
const problems = [];
const fail = (message) => problems.push(message);

function checkReference() {
  if (healthcareRegions.length !== 6) fail(`${healthcareRegions.length} healthcare regions, expected 6`);
  if (allRegions.length !== 21 || new Set(allRegions.map((r) => r.code)).size !== 21)
    fail('expected 21 regions with unique codes');
  if (npos.length !== 26) fail(`${npos.length} NPOs, expected 26`);
  if (nsgs.length !== 6) fail(`${nsgs.length} NSGs, expected the 6 named in the sources`);
  for (const g of nationalGroups) {
    if (g.ref !== `${g.type} ${g.name}`) fail(`national group ref "${g.ref}" is not "<type> <name>"`);
    if (g.healthcareRegion !== null && (g.type !== 'NPO' || !regionsOf[g.healthcareRegion]))
      fail(`${g.ref}: bad host ${g.healthcareRegion}`);
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
  if (persons.length < 250 || persons.length > 450) fail(`${persons.length} persons, expected about 250–450`);
  if (new Set(persons.map((p) => p.name)).size !== persons.length) fail('person names are not unique');
  for (const p of persons) {
    if (!regionByCode[p.employerRegion]) fail(`${p.ref}: unknown employer region ${p.employerRegion}`);
    if (p.email !== emailFor(p.name, p.employerRegion) || !/^[a-z.]+@[a-z]+\.example$/.test(p.email))
      fail(`${p.ref}: bad e-mail ${p.email}`);
    if (WELL_KNOWN.has(p.name)) fail(`${p.ref}: ${p.name} is a well-known person's name`);
  }
}

/** Every membership names a group and a person of the file (the references the registry resolves when it seeds it). */
function checkMemberships() {
  for (const m of memberships) {
    if (!groupByRef.has(m.group)) fail(`membership in unknown group ${m.group}`);
    if (!personByRef.has(m.person)) fail(`membership of unknown person ${m.person}`);
    if (m.startDate < FIRST_DAY || (m.endDate ?? m.startDate) > LAST_DAY)
      fail(`${m.person} in ${m.group}: date outside ${FIRST_DAY}…${LAST_DAY}`);
  }
}

const activeIn = (ref, d, roles = SEATED_ROLES) =>
  memberships.filter((m) => m.group === ref && roles.includes(m.role) && isActive(m, d));

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
  const fromOthers = memberships.filter(
    (m) =>
      ['NPO', 'NSG'].includes(groupByRef.get(m.group)?.type) &&
      m.representedRegion &&
      !NORRA.includes(m.representedRegion),
  );
  for (const m of fromOthers)
    if (m.startDate !== FIRST_DAY || m.endDate !== null)
      fail(`${m.person} in ${m.group}: other healthcare regions' members serve from ${FIRST_DAY}, open-ended`);
}

/** Norra's own groups on the follow-up day: RPOs and RSG Läkemedel one member per region, RPOs a chair and a process leader; local groups 3–8 members. */
function checkNorraGroups() {
  const perRegion = (ref) => NORRA.map((r) => activeIn(ref, FOLLOW_UP).filter((m) => m.representedRegion === r).length);
  for (const ref of [...rpos, 'RSG Läkemedel'])
    if (perRegion(ref).some((n) => n !== 1)) fail(`${ref}: not one member per region on ${FOLLOW_UP}`);
  for (const ref of rpos) {
    if (activeIn(ref, FOLLOW_UP, ['CHAIR']).length !== 1) fail(`${ref}: not exactly one chair`);
    if (activeIn(ref, FOLLOW_UP, ['PROCESS_LEADER']).length < 1) fail(`${ref}: no process leader`);
  }
  for (const ref of localGroups) {
    const n = new Set(activeIn(ref, '2024-06-30').map((m) => m.person)).size;
    if (n < 3 || n > 8) fail(`${ref}: ${n} members, expected 3–8`);
  }
}

/** Runs every check; the problems found (none when the data are what the script sets out to build). */
export function checkDemo() {
  checkReference();
  checkGroups();
  checkPersons();
  checkMemberships();
  checkNationalComposition();
  checkNorraGroups();
  return problems;
}
