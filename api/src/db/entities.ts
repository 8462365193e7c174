import { AuditEvent, AuditSubject } from '../modules/audit/audit-event.entity.js';
import { RegisterVersion } from '../modules/audit/register-version.entity.js';
import { SignInFailure } from '../modules/auth/sign-in-failure.entity.js';
import { ImportJob } from '../modules/imports/import-job.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import {
  Dialogue,
  DialogueAction,
  DialogueAnswer,
  DialogueQuestion,
  DialogueRevision,
} from '../modules/dialogues/dialogue.entity.js';
import { ShareGoal } from '../modules/goals/share-goal.entity.js';
import { FeedbackRecord } from '../modules/feedback/feedback-record.entity.js';
import { OperationalGoal } from '../modules/operational-goals/operational-goal.entity.js';
import { HealthcareRegion } from '../modules/geography/healthcare-region.entity.js';
import { Region } from '../modules/geography/region.entity.js';
import { Group } from '../modules/groups/group.entity.js';
import { Membership } from '../modules/memberships/membership.entity.js';
import { AgendaItem, Attendance, Meeting, QuorumRule, Topic } from '../modules/meetings/meeting.entity.js';
import { RegistryMeta } from '../seeding/registry-meta.entity.js';
import { Candidate, Nomination, NominationEvent } from '../modules/nominations/nomination.entity.js';
import { GroupSeat } from '../modules/seats/group-seat.entity.js';
import { Person } from '../modules/persons/person.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { GroupSuccession } from '../modules/lineage/group-succession.entity.js';
import { CompositionRule } from '../modules/composition/composition-rule.entity.js';
import { RegionPopulation } from '../modules/populations/region-population.entity.js';

export const entities = [
  HealthcareRegion,
  Region,
  Group,
  Person,
  Membership,
  User,
  Session,
  ShareGoal,
  RegistryMeta,
  Nomination,
  Candidate,
  NominationEvent,
  GroupSeat,
  DialogueQuestion,
  Dialogue,
  DialogueAnswer,
  DialogueAction,
  DialogueRevision,
  AuditEvent,
  AuditSubject,
  SignInFailure,
  ImportJob,
  RegisterVersion,
  Topic,
  QuorumRule,
  Meeting,
  Attendance,
  AgendaItem,
  FeedbackRecord,
  OperationalGoal,
  Organisation,
  GroupSuccession,
  CompositionRule,
  RegionPopulation,
];
