import { registerEnumType } from 'type-graphql';

export enum Tier {
  NATIONAL = 'NATIONAL',
  HEALTHCARE_REGION = 'HEALTHCARE_REGION',
  LOCAL = 'LOCAL',
}

/** The kind of group, the same on every tier: programme area, working group, collaboration group. */
export enum GroupKind {
  PROGRAMME_AREA = 'PROGRAMME_AREA',
  WORKING_GROUP = 'WORKING_GROUP',
  COLLABORATION_GROUP = 'COLLABORATION_GROUP',
  /** A decision-making or preparatory body around the groups: förbundsdirektion, beredningsgrupp, råd … */
  BODY = 'BODY',
}

export enum GroupType {
  NPO = 'NPO',
  NAG = 'NAG',
  NSG = 'NSG',
  RPO = 'RPO',
  RAG = 'RAG',
  RSG = 'RSG',
  LPO = 'LPO',
  LAG = 'LAG',
  LSG = 'LSG',
  FD = 'FD',
  AU = 'AU',
  BG = 'BG',
  RLS = 'RLS',
  RSK = 'RSK',
  COUNCIL = 'COUNCIL',
  NATIONAL_BODY = 'NATIONAL_BODY',
}

export enum GroupStatus {
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
}

registerEnumType(Tier, {
  name: 'Tier',
  description: 'The three mirrored tiers of knowledge governance.',
  valuesConfig: {
    NATIONAL: { description: 'Nationell nivå: produce and maintain knowledge support.' },
    HEALTHCARE_REGION: { description: 'Sjukvårdsregional nivå: adapt and coordinate.' },
    LOCAL: { description: 'Lokal/regional nivå: adapt and implement.' },
  },
});
registerEnumType(GroupKind, {
  name: 'GroupKind',
  valuesConfig: {
    BODY: {
      description:
        'A body around the knowledge-governance groups (FD, AU, BG, RLS, RSK, councils, national bodies): it meets and decides, but its seats count in the member-share report only when asked (includeBodies).',
    },
  },
});
registerEnumType(GroupType, {
  name: 'GroupType',
  description: 'Tier and kind of a group.',
  valuesConfig: {
    NPO: { description: 'Nationellt programområde' },
    NAG: { description: 'Nationell arbetsgrupp, under an NPO' },
    NSG: { description: 'Nationell samverkansgrupp' },
    RPO: { description: 'Sjukvårdsregionalt programområde' },
    RAG: { description: 'Sjukvårdsregional arbetsgrupp, under an RPO' },
    RSG: { description: 'Sjukvårdsregional samverkansgrupp' },
    LPO: { description: 'Lokalt programområde' },
    LAG: { description: 'Lokal arbetsgrupp, under an LPO' },
    LSG: { description: 'Lokal samverkansgrupp' },
    FD: { description: "Förbundsdirektion: the board of the healthcare region's federation (body)" },
    AU: { description: 'Arbetsutskott of the förbundsdirektion (body)' },
    BG: { description: "Beredningsgrupp: prepares the board's matters, one official per region (body)" },
    RLS: { description: 'Regionalt ledningssamråd (body)' },
    RSK: { description: 'Sjukvårdsregional samverkansgrupp för kunskapsstyrning (body)' },
    COUNCIL: { description: 'Råd, e.g. the FUI council (body)' },
    NATIONAL_BODY: {
      description:
        'A national body where the healthcare region has representatives, e.g. the decision group for national high-specialised care (body)',
    },
  },
});
registerEnumType(GroupStatus, { name: 'GroupStatus' });

const TYPES: Record<GroupType, { tier: Tier; kind: GroupKind }> = {
  NPO: { tier: Tier.NATIONAL, kind: GroupKind.PROGRAMME_AREA },
  NAG: { tier: Tier.NATIONAL, kind: GroupKind.WORKING_GROUP },
  NSG: { tier: Tier.NATIONAL, kind: GroupKind.COLLABORATION_GROUP },
  RPO: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.PROGRAMME_AREA },
  RAG: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.WORKING_GROUP },
  RSG: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.COLLABORATION_GROUP },
  LPO: { tier: Tier.LOCAL, kind: GroupKind.PROGRAMME_AREA },
  LAG: { tier: Tier.LOCAL, kind: GroupKind.WORKING_GROUP },
  LSG: { tier: Tier.LOCAL, kind: GroupKind.COLLABORATION_GROUP },
  FD: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.BODY },
  AU: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.BODY },
  BG: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.BODY },
  RLS: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.BODY },
  RSK: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.BODY },
  COUNCIL: { tier: Tier.HEALTHCARE_REGION, kind: GroupKind.BODY },
  NATIONAL_BODY: { tier: Tier.NATIONAL, kind: GroupKind.BODY },
};

export const tierOf = (type: GroupType): Tier => TYPES[type].tier;
export const kindOf = (type: GroupType): GroupKind => TYPES[type].kind;

export const isBody = (type: GroupType): boolean => kindOf(type) === GroupKind.BODY;

/**
 * Whether a group of the type belongs to a healthcare region: every healthcare-regional group and body, and a national
 * body, whose seats are that healthcare region's.
 */
export const requiresHealthcareRegion = (type: GroupType): boolean =>
  tierOf(type) === Tier.HEALTHCARE_REGION || type === GroupType.NATIONAL_BODY;

/** Whether a group of the type may name a healthcare region: those that belong to one, and an NPO its host. */
export const takesHealthcareRegion = (type: GroupType): boolean =>
  requiresHealthcareRegion(type) || type === GroupType.NPO;

/** The nine knowledge-governance types of a tier: what "the national groups" of the member-share goal means. */
export function typesOfTier(tier: Tier): GroupType[] {
  return Object.values(GroupType).filter((type) => tierOf(type) === tier && !isBody(type));
}

/** The bodies of a tier, which reports count only when asked to. */
export function bodyTypesOfTier(tier: Tier): GroupType[] {
  return Object.values(GroupType).filter((type) => tierOf(type) === tier && isBody(type));
}

function typeOf(tier: Tier, kind: GroupKind): GroupType | null {
  if (kind === GroupKind.BODY) return null;
  const type = Object.values(GroupType).find((t) => tierOf(t) === tier && kindOf(t) === kind);
  if (!type) throw new Error(`no group type for ${tier}/${kind}`);
  return type;
}

const TIER_ORDER: Tier[] = [Tier.NATIONAL, Tier.HEALTHCARE_REGION, Tier.LOCAL];

/** The tier above: a group's counterpart sits there (RPO → NPO, LPO → RPO). Bodies have no counterpart. */
function tierAbove(tier: Tier): Tier | null {
  return TIER_ORDER[TIER_ORDER.indexOf(tier) - 1] ?? null;
}

/** A working group sits under the programme area of its own tier: NAG under NPO, RAG under RPO, LAG under LPO. */
export function parentTypeOf(type: GroupType): GroupType | null {
  return kindOf(type) === GroupKind.WORKING_GROUP ? typeOf(tierOf(type), GroupKind.PROGRAMME_AREA) : null;
}

/** A group's counterpart is the group of the same kind one tier up: RPO → NPO, LAG → RAG, LSG → RSG. */
export function counterpartTypeOf(type: GroupType): GroupType | null {
  const above = tierAbove(tierOf(type));
  return above ? typeOf(above, kindOf(type)) : null;
}

/** The Swedish words coordinators use in their spreadsheets for these codes: exports write them, imports read them. */
export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  ACTIVE: 'Aktiv',
  DORMANT: 'Vilande',
  CLOSED: 'Stängd',
};
