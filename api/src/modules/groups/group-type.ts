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
registerEnumType(GroupKind, { name: 'GroupKind' });
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
};

export const tierOf = (type: GroupType): Tier => TYPES[type].tier;
export const kindOf = (type: GroupType): GroupKind => TYPES[type].kind;

export function typesOfTier(tier: Tier): GroupType[] {
  return Object.values(GroupType).filter((type) => tierOf(type) === tier);
}

function typeOf(tier: Tier, kind: GroupKind): GroupType {
  const type = Object.values(GroupType).find((t) => tierOf(t) === tier && kindOf(t) === kind);
  if (!type) throw new Error(`no group type for ${tier}/${kind}`);
  return type;
}

const TIER_ORDER: Tier[] = [Tier.NATIONAL, Tier.HEALTHCARE_REGION, Tier.LOCAL];

/** The tier above: a group's counterpart sits there (RPO → NPO, LPO → RPO). */
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
