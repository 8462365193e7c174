/**
 * The composition rules as pure functions of what a group holds on a day: no database here, so the group card, the
 * heat map of a whole tier and the decision warnings' what-if judge the same facts the same way.
 */
import { addDays, addYears, type IsoDate } from '../../common/dates.js';
import { MemberRole, SHARE_ROLES } from '../memberships/member-role.js';
import { type CareLevel, Gender } from '../persons/person.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { type CompositionRule, CompositionRuleKind, RuleSeverity } from './composition-rule.entity.js';
import { type CompositionCheck, CompositionStatus } from './composition.types.js';

/** One term as the rules see it: a stored membership, or an appointee of a decision not yet taken. */
export interface Seat {
  personId: string;
  role: MemberRole;
  representedRegionId: string | null;
  representedOrganisationId: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  interestsReviewedOn: IsoDate | null;
}

interface PersonFacts {
  gender: Gender | null;
  profession: string | null;
  careLevel: CareLevel | null;
}

/** An area a group is to have a member from: a healthcare region (national groups) or a region. */
export interface Area {
  id: string;
  name: string;
  /** The regions whose seats represent the area; the regions a nomination to fill it could ask. */
  regionIds: string[];
}

/** Everything the rules of one group read, for one day. */
export interface GroupFacts {
  day: IsoDate;
  /** Terms active on the day (appointees of a what-if included). */
  seats: Seat[];
  /** Every CHAIR term of the group, ended or not: a chair's continuous run may begin before the day. */
  chairTerms: Seat[];
  persons: ReadonlyMap<string, PersonFacts>;
  organisationKinds: ReadonlyMap<string, OrganisationKind>;
  /** The areas to be represented; null when the group's tier has none (local groups). */
  areas: Area[] | null;
}

const CARE_LEVEL_NAMES: Record<CareLevel, string> = {
  PRIMARY: 'primärvård',
  SPECIALIST: 'specialiserad vård',
  MUNICIPAL: 'kommunal vård och omsorg',
};

const GENDER_NAMES: Record<Gender, string> = { WOMAN: 'kvinnor', MAN: 'män', OTHER: 'annat kön' };

const list = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}` : (names[0] ?? '');

const percent = (share: number) => `${Math.round(share * 100)} %`;

interface Verdict {
  /** true met, false broken, null cannot be judged. */
  met: boolean | null;
  message: string;
  suggestedRole?: MemberRole | null;
  suggestedRegionIds?: string[];
}

/** The members a rule counts: chair, vice chairs and members (no deputies, staff or co-opted), one per person. */
function counted(seats: readonly Seat[]): Seat[] {
  const byPerson = new Map<string, Seat>();
  for (const seat of seats)
    if (SHARE_ROLES.includes(seat.role) && !byPerson.has(seat.personId)) byPerson.set(seat.personId, seat);
  return [...byPerson.values()];
}

function everyArea(facts: GroupFacts): Verdict {
  if (!facts.areas) return { met: true, message: 'Lokala grupper har inga regioner att företräda.' };
  const represented = new Set(counted(facts.seats).map((s) => s.representedRegionId));
  const missing = facts.areas.filter((area) => !area.regionIds.some((id) => represented.has(id)));
  if (!missing.length) return { met: true, message: 'Alla är företrädda.' };
  return {
    met: false,
    message: `Ledamot saknas från ${list(missing.map((a) => a.name))}.`,
    suggestedRole: MemberRole.MEMBER,
    suggestedRegionIds: missing.flatMap((a) => a.regionIds),
  };
}

function genderBalance(rule: CompositionRule, facts: GroupFacts): Verdict {
  const members = counted(facts.seats);
  const genders = members.map((s) => facts.persons.get(s.personId)?.gender).filter((g): g is Gender => !!g);
  const minShare = rule.minShare ?? 0.4;
  if (genders.length < 2) {
    return {
      met: null,
      message: `Kön är registrerat för ${genders.length} av ${members.length} ledamöter: könsfördelningen kan inte bedömas.`,
    };
  }
  const [largest, size] = Object.values(Gender)
    .map((g) => [g, genders.filter((x) => x === g).length] as const)
    .sort((a, b) => b[1] - a[1])[0]!;
  const share = size / genders.length;
  const limit = `varje kön bör ha minst ${percent(minShare)}`;
  if (share <= 1 - minShare + 1e-9) {
    return { met: true, message: `${size} av ${genders.length} med registrerat kön är ${GENDER_NAMES[largest]}.` };
  }
  return {
    met: false,
    message: `${size} av ${genders.length} ledamöter med registrerat kön är ${GENDER_NAMES[largest]} (${percent(share)}); ${limit}.`,
    suggestedRole: MemberRole.MEMBER,
  };
}

function professions(rule: CompositionRule, facts: GroupFacts): Verdict {
  const members = counted(facts.seats);
  const recorded = members
    .map((s) => facts.persons.get(s.personId)?.profession?.trim().toLocaleLowerCase('sv'))
    .filter((p): p is string => !!p);
  const minCount = rule.minCount ?? 2;
  if (!recorded.length) {
    return { met: null, message: 'Ingen ledamot har registrerat yrke: yrkesbredden kan inte bedömas.' };
  }
  const distinct = new Set(recorded).size;
  const of = `${distinct} ${distinct === 1 ? 'yrke' : 'olika yrken'} bland ${recorded.length} ledamöter med registrerat yrke`;
  return distinct >= minCount
    ? { met: true, message: `${of}.` }
    : { met: false, message: `${of}; minst ${minCount} behövs.`, suggestedRole: MemberRole.MEMBER };
}

function careLevels(rule: CompositionRule, facts: GroupFacts): Verdict {
  const members = counted(facts.seats);
  const recorded = new Set(
    members.map((s) => facts.persons.get(s.personId)?.careLevel).filter((l): l is CareLevel => !!l),
  );
  if (!recorded.size) {
    return { met: null, message: 'Ingen ledamot har registrerad vårdnivå: vårdnivåerna kan inte bedömas.' };
  }
  const missing = (rule.careLevels ?? []).filter((level) => !recorded.has(level));
  return missing.length
    ? {
        met: false,
        message: `Ingen ledamot från ${list(missing.map((l) => CARE_LEVEL_NAMES[l]))}.`,
        suggestedRole: MemberRole.MEMBER,
      }
    : { met: true, message: 'Alla vårdnivåer som regeln nämner är företrädda.' };
}

function patientRepresentatives(rule: CompositionRule, facts: GroupFacts): Verdict {
  const count = new Set(facts.seats.filter((s) => s.role === MemberRole.PATIENT_REPRESENTATIVE).map((s) => s.personId))
    .size;
  const minCount = rule.minCount ?? 1;
  return count >= minCount
    ? { met: true, message: `${count} patientrepresentant${count === 1 ? '' : 'er'}.` }
    : {
        met: false,
        message: count
          ? `${count} patientrepresentant${count === 1 ? '' : 'er'}; minst ${minCount} behövs.`
          : 'Gruppen har ingen patientrepresentant.',
        suggestedRole: MemberRole.PATIENT_REPRESENTATIVE,
      };
}

function municipalRepresentatives(rule: CompositionRule, facts: GroupFacts): Verdict {
  const count = new Set(
    facts.seats
      .filter(
        (s) =>
          s.role !== MemberRole.DEPUTY &&
          s.representedOrganisationId &&
          facts.organisationKinds.get(s.representedOrganisationId) === OrganisationKind.MUNICIPALITY,
      )
      .map((s) => s.personId),
  ).size;
  const minCount = rule.minCount ?? 1;
  return count >= minCount
    ? { met: true, message: `${count} plats${count === 1 ? '' : 'er'} företräder en kommun.` }
    : {
        met: false,
        message: count
          ? `${count} plats${count === 1 ? '' : 'er'} företräder en kommun; minst ${minCount} behövs.`
          : 'Ingen plats företräder en kommun.',
        suggestedRole: MemberRole.MEMBER,
      };
}

function interestsReviewed(rule: CompositionRule, facts: GroupFacts): Verdict {
  const members = counted(facts.seats);
  const years = rule.years ?? 3;
  const since = addYears(facts.day, -years);
  const stale = members.filter((s) => !s.interestsReviewedOn || s.interestsReviewedOn < since);
  if (!stale.length) return { met: true, message: `Alla ledamöters jävsdeklarationer är granskade sedan ${since}.` };
  const missing = stale.filter((s) => !s.interestsReviewedOn).length;
  return {
    met: false,
    message:
      `${stale.length} av ${members.length} ledamöter har ingen jävsdeklaration granskad de senaste ${years} åren` +
      (missing ? ` (${missing} saknar granskning helt).` : '.'),
  };
}

/** The first and last day of the chair's continuous run: consecutive CHAIR terms of the same person. */
function chairRun(term: Seat, chairTerms: readonly Seat[]): { from: IsoDate; to: IsoDate | null } {
  const own = chairTerms.filter((t) => t.personId === term.personId);
  let from = term.startDate;
  let to = term.endDate;
  for (let changed = true; changed;) {
    changed = false;
    for (const t of own) {
      if (t.startDate < from && t.endDate !== null && t.endDate >= addDays(from, -1)) {
        from = t.startDate;
        changed = true;
      }
      if (
        to !== null &&
        t.startDate > from &&
        t.startDate <= addDays(to, 1) &&
        (t.endDate === null || t.endDate > to)
      ) {
        to = t.endDate;
        changed = true;
      }
    }
  }
  return { from, to };
}

function chairTermLimit(rule: CompositionRule, facts: GroupFacts): Verdict {
  const years = rule.years ?? 3;
  const chairs = facts.seats.filter((s) => s.role === MemberRole.CHAIR);
  if (!chairs.length) return { met: true, message: 'Gruppen har ingen ordförande i dag.' };
  for (const chair of chairs) {
    const run = chairRun(chair, [...facts.chairTerms, ...chairs]);
    const lastAllowed = addDays(addYears(run.from, years), -1);
    if (run.to === null || run.to > lastAllowed) {
      return {
        met: false,
        message:
          `Ordföranden sitter sedan ${run.from} ${run.to ? `till ${run.to}` : 'utan slutdatum'}; ` +
          `högst ${years} år i följd, så uppdraget bör sluta senast ${lastAllowed}.`,
        suggestedRole: MemberRole.CHAIR,
      };
    }
  }
  return { met: true, message: `Ordförandens uppdrag är högst ${years} år i följd.` };
}

function verdictOf(rule: CompositionRule, facts: GroupFacts): Verdict {
  switch (rule.kind) {
    case CompositionRuleKind.EVERY_AREA_REPRESENTED:
      return everyArea(facts);
    case CompositionRuleKind.GENDER_BALANCE:
      return genderBalance(rule, facts);
    case CompositionRuleKind.PROFESSIONS:
      return professions(rule, facts);
    case CompositionRuleKind.CARE_LEVELS:
      return careLevels(rule, facts);
    case CompositionRuleKind.PATIENT_REPRESENTATIVE:
      return patientRepresentatives(rule, facts);
    case CompositionRuleKind.MUNICIPAL_REPRESENTATIVE:
      return municipalRepresentatives(rule, facts);
    case CompositionRuleKind.INTERESTS_REVIEWED:
      return interestsReviewed(rule, facts);
    case CompositionRuleKind.CHAIR_TERM_LIMIT:
      return chairTermLimit(rule, facts);
  }
}

const KIND_ORDER = Object.values(CompositionRuleKind);

export const byKind = (a: CompositionRule, b: CompositionRule) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);

/** The group's checks against its type's rules, in the order of the kinds. */
export function checkComposition(rules: readonly CompositionRule[], facts: GroupFacts): CompositionCheck[] {
  return [...rules].sort(byKind).map((rule) => {
    const verdict = verdictOf(rule, facts);
    const broken = verdict.met === false;
    const status = verdict.met
      ? CompositionStatus.GREEN
      : broken && rule.severity === RuleSeverity.REQUIRED
        ? CompositionStatus.RED
        : CompositionStatus.AMBER;
    return {
      rule,
      status,
      message: verdict.message,
      suggestedRole: broken ? (verdict.suggestedRole ?? null) : null,
      suggestedRegionIds: broken ? (verdict.suggestedRegionIds ?? []) : [],
    };
  });
}

/** The worst status of the checks; GREEN for none. */
export function worstOf(checks: readonly CompositionCheck[]): CompositionStatus {
  if (checks.some((c) => c.status === CompositionStatus.RED)) return CompositionStatus.RED;
  if (checks.some((c) => c.status === CompositionStatus.AMBER)) return CompositionStatus.AMBER;
  return CompositionStatus.GREEN;
}
