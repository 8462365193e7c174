import { GroupStatus } from '../groups/group-type.js';
import { MemberRole } from '../memberships/member-role.js';
import { Gender } from '../persons/person.entity.js';

/**
 * The Swedish words coordinators use in their spreadsheets for the register's codes. Exports write them and imports
 * read them (and the codes themselves), so that a file round-trips.
 */
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  CHAIR: 'Ordförande',
  VICE_CHAIR: 'Vice ordförande',
  MEMBER: 'Ledamot',
  DEPUTY: 'Ersättare',
  PROCESS_LEADER: 'Processledare',
  SECRETARY: 'Sekreterare',
  ADJUNCT: 'Adjungerad',
  PATIENT_REPRESENTATIVE: 'Patientrepresentant',
};

export const GENDER_LABELS: Record<Gender, string> = { WOMAN: 'Kvinna', MAN: 'Man', OTHER: 'Annat' };

export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  ACTIVE: 'Aktiv',
  DORMANT: 'Vilande',
  CLOSED: 'Stängd',
};

/** The code a cell names, by its code or its Swedish word, ignoring case; undefined when it names none. */
export function codeOf<T extends string>(labels: Record<T, string>, cell: string): T | undefined {
  const wanted = cell.trim().toLocaleLowerCase('sv-SE');
  return (Object.keys(labels) as T[]).find(
    (code) => code.toLowerCase() === wanted || labels[code].toLocaleLowerCase('sv-SE') === wanted,
  );
}
