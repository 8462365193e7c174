import { registerEnumType } from 'type-graphql';

export enum MemberRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  FIRST_VICE_CHAIR = 'FIRST_VICE_CHAIR',
  SECOND_VICE_CHAIR = 'SECOND_VICE_CHAIR',
  MEMBER = 'MEMBER',
  DEPUTY = 'DEPUTY',
  PROCESS_LEADER = 'PROCESS_LEADER',
  SECRETARY = 'SECRETARY',
  ADJUNCT = 'ADJUNCT',
  PATIENT_REPRESENTATIVE = 'PATIENT_REPRESENTATIVE',
}

registerEnumType(MemberRole, {
  name: 'MemberRole',
  valuesConfig: {
    CHAIR: { description: 'Ordförande' },
    VICE_CHAIR: { description: 'Vice ordförande' },
    FIRST_VICE_CHAIR: { description: 'Förste vice ordförande' },
    SECOND_VICE_CHAIR: { description: 'Andre vice ordförande' },
    MEMBER: { description: 'Ledamot' },
    DEPUTY: { description: 'Ersättare' },
    PROCESS_LEADER: { description: 'Processledare: staff supporting the group; represents no region' },
    SECRETARY: { description: 'Sekreterare; represents no region' },
    ADJUNCT: { description: 'Adjungerad (co-opted); represents no region' },
    PATIENT_REPRESENTATIVE: { description: 'Patientrepresentant; represents no region' },
  },
});

/** What a member may do at the group's meetings ("beslutsrätt", "närvaro- och yttranderätt", "närvarorätt"). */
export enum Participation {
  DECIDING = 'DECIDING',
  SPEAKING = 'SPEAKING',
  ATTENDING = 'ATTENDING',
}

registerEnumType(Participation, {
  name: 'Participation',
  description: "What a member may do at the group's meetings.",
  valuesConfig: {
    DECIDING: { description: 'Beslutsrätt: takes part in decisions; a voting seat unless the member is a deputy.' },
    SPEAKING: { description: 'Närvaro- och yttranderätt: attends and speaks but does not decide (adjungerad).' },
    ATTENDING: { description: 'Närvarorätt: attends only.' },
  },
});

/**
 * Roles that hold a region's seat. Staff, co-opted members and patient representatives sit in a group without
 * representing any region, so they carry no represented region.
 */
const REGION_SEAT_ROLES: readonly MemberRole[] = [
  MemberRole.CHAIR,
  MemberRole.VICE_CHAIR,
  MemberRole.FIRST_VICE_CHAIR,
  MemberRole.SECOND_VICE_CHAIR,
  MemberRole.MEMBER,
  MemberRole.DEPUTY,
];

/**
 * The seats that count towards a region's share unless a report asks for other roles (domain.md): chair, vice chair
 * and member. A first or second vice chair is a vice chair whose order is recorded, and counts as one.
 */
export const SHARE_ROLES: readonly MemberRole[] = [
  MemberRole.CHAIR,
  MemberRole.VICE_CHAIR,
  MemberRole.FIRST_VICE_CHAIR,
  MemberRole.SECOND_VICE_CHAIR,
  MemberRole.MEMBER,
];

export const representsRegion = (role: MemberRole) => REGION_SEAT_ROLES.includes(role);

/** Whether a role's seat may represent an organisation instead: the region-seat roles and a patient representative. */
export const representsOrganisation = (role: MemberRole) =>
  representsRegion(role) || role === MemberRole.PATIENT_REPRESENTATIVE;

export const countsTowardsShare = (role: MemberRole) => SHARE_ROLES.includes(role);

export const isDeputy = (role: MemberRole) => role === MemberRole.DEPUTY;

/** Staff and co-opted members attend and speak; everyone else decides, a deputy when serving for a member. */
export const defaultParticipation = (role: MemberRole): Participation =>
  role === MemberRole.ADJUNCT || role === MemberRole.PROCESS_LEADER || role === MemberRole.SECRETARY
    ? Participation.SPEAKING
    : Participation.DECIDING;

/**
 * Whether a membership is one of the seats a quorum is counted on: a deciding member who is not a deputy. A deputy
 * fills such a seat only while serving for its holder.
 */
export const holdsVotingSeat = (membership: { role: MemberRole; participation: Participation }) =>
  membership.participation === Participation.DECIDING && !isDeputy(membership.role);

/** The Swedish words coordinators use in their spreadsheets for these codes: exports write them, imports read them. */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  CHAIR: 'Ordförande',
  VICE_CHAIR: 'Vice ordförande',
  FIRST_VICE_CHAIR: 'Förste vice ordförande',
  SECOND_VICE_CHAIR: 'Andre vice ordförande',
  MEMBER: 'Ledamot',
  DEPUTY: 'Ersättare',
  PROCESS_LEADER: 'Processledare',
  SECRETARY: 'Sekreterare',
  ADJUNCT: 'Adjungerad',
  PATIENT_REPRESENTATIVE: 'Patientrepresentant',
};
