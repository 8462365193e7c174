/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

export type ActionInput = {
  description: Scalars['String']['input'];
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** An existing action to keep or change; omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  ownerName: Scalars['String']['input'];
  status?: InputMaybe<ActionStatus>;
};

export type ActionStatus =
  | 'DONE'
  | 'OPEN';

export type AddMembershipInput = {
  /** The last day served, if the term is known. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  groupId: Scalars['ID']['input'];
  /** The day the declaration of interests was last reviewed; not in the future. */
  interestsReviewedOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default: the role's defaultParticipation. */
  participation?: InputMaybe<Participation>;
  personId: Scalars['ID']['input'];
  /** The organisation whose seat this is (a municipal or patient organisation seat), instead of a region. */
  representedOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The region whose seat this is: required for chair, vice chair, member and deputy outside local groups; none for other roles. */
  representedRegionId?: InputMaybe<Scalars['ID']['input']>;
  role: MemberRole;
  /** A deputy's member: a voting seat of the same group at the time. */
  standsInForId?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
};

/** One item of a meeting's agenda ("dagordning"). */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** The decision, in short (at most 2000 characters). */
  decision?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The paragraph of the minutes as typed, e.g. "§ 12". */
  paragraph?: Maybe<Scalars['String']['output']>;
  /** 1..n in agenda order. */
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  topics: Array<Topic>;
};

export type AgendaItemInput = {
  decision?: InputMaybe<Scalars['String']['input']>;
  /** As typed, e.g. "§ 12". */
  paragraph?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One goal as the annual report states it. */
export type AnnualGoal = {
  __typename?: 'AnnualGoal';
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  /** The report's paragraph on the goal, in Swedish, after its number and name. */
  text: Scalars['String']['output'];
  verdict: GoalVerdict;
};

/** The annual report's section on the goals, in Swedish: plain text, paragraphs separated by blank lines. */
export type AnnualReportSection = {
  __typename?: 'AnnualReportSection';
  /** The year's dialogues: the coverage and goals the section states. */
  dialogues: DialogueYearOverview;
  /** The numbered share goals with their target date in the year and the healthcare region's operational goals, by number. */
  goals: Array<AnnualGoal>;
  /** How many of the goals are met, e.g. "Fem av sex mål är uppnådda." */
  rollUp: Scalars['String']['output'];
  /** The member-share goals the section follows up: those with their target date in the year. */
  shareGoals: Array<ShareGoal>;
  /** The heading, each goal's paragraph in number order, then the roll-up. */
  text: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type AnswerInput = {
  questionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** One member's row of a meeting's roll call. */
export type Attendance = {
  __typename?: 'Attendance';
  membership: Membership;
  person: Person;
  present: Scalars['Boolean']['output'];
  /** The absent member a deputy served for. */
  servingFor?: Maybe<Person>;
  /** The membership holds a voting seat (holdsVotingSeat). */
  votingSeat: Scalars['Boolean']['output'];
};

/** Attendance at the year's held meetings of a healthcare region's bodies and groups. */
export type AttendanceStatistics = {
  __typename?: 'AttendanceStatistics';
  byBody: Array<BodyAttendance>;
  byPerson: Array<PersonAttendance>;
  byRegion: Array<RegionAttendance>;
  year: Scalars['Int']['output'];
};

export type AuditEntityType =
  | 'CANDIDATE'
  | 'COMPOSITION_RULE'
  | 'DIALOGUE'
  | 'DIALOGUE_ACTION'
  | 'DIALOGUE_QUESTION'
  | 'EXPORT'
  | 'FEEDBACK_RECORD'
  | 'GROUP'
  | 'IMPORT'
  | 'MEETING'
  | 'MEMBERSHIP'
  | 'NOMINATION'
  | 'OPERATIONAL_GOAL'
  | 'ORGANISATION'
  | 'PERSON'
  | 'REGION'
  | 'REGION_POPULATION'
  | 'SHARE_GOAL'
  | 'TOPIC'
  | 'USER';

/** One change to the register: who made it, when, and the values before and after. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who made the change: the e-mail address of the user, or the process. */
  actorLabel: Scalars['String']['output'];
  /** The stored values after; null for a removal. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** The stored values before; null for a creation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The fields this change altered. */
  changes: Array<AuditFieldChange>;
  entityId: Scalars['ID']['output'];
  entityType: AuditEntityType;
  id: Scalars['ID']['output'];
  /** The operation, named as the mutation that made it, e.g. "updatePerson". */
  operation: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** One field an audit event changed, its values shown as text. */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: User;
};

/** One body's or group's attendance in a year. */
export type BodyAttendance = {
  __typename?: 'BodyAttendance';
  /** Roll-call rows with a voting seat at HELD meetings. */
  expected: Scalars['Int']['output'];
  group: Group;
  /** Counted meetings (HELD + CANCELLED_NO_QUORUM). */
  meetings: Scalars['Int']['output'];
  present: Scalars['Int']['output'];
  /** present / expected; null when nobody was expected. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** A candidate proposed by a region, with the approvals a decision needs. */
export type Candidate = {
  __typename?: 'Candidate';
  appointed: Scalars['Boolean']['output'];
  competence?: Maybe<Scalars['String']['output']>;
  /** A conflict-of-interest declaration ("jävsdeklaration") is on file. */
  conflictOfInterestDeclared: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The coordinator has reviewed the declaration ("jävsprövning"). */
  declarationReviewed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** What appointing this candidate today would do to the shares and goals of the candidate's healthcare region. */
  impact: RepresentationImpact;
  /** The nearest manager's approval. */
  managerApproved: Scalars['Boolean']['output'];
  motivation?: Maybe<Scalars['String']['output']>;
  nomination: Nomination;
  person: Person;
  representedRegion: Region;
  /** Whether the candidacy may still change: not withdrawn, and its nomination still runs. */
  running: Scalars['Boolean']['output'];
  /** Title at the time of the proposal. */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with this candidacy now; the client shows only these controls. */
  viewerMay: CandidateActions;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The steps the signed-in user may take on a candidacy now: the API refuses the others. */
export type CandidateActions = {
  __typename?: 'CandidateActions';
  /** Record the manager's approval, the declaration, motivation, competence or title (updateCandidate). */
  edit: Scalars['Boolean']['output'];
  /** Record that the conflict-of-interest declaration is reviewed (updateCandidate declarationReviewed). */
  reviewDeclaration: Scalars['Boolean']['output'];
  /** Withdraw the candidacy (withdrawCandidate). */
  withdraw: Scalars['Boolean']['output'];
};

export type CareLevel =
  /** Kommunal vård och omsorg */
  | 'MUNICIPAL'
  /** Primärvård */
  | 'PRIMARY'
  /** Specialiserad vård */
  | 'SPECIALIST';

export type ColumnMapping = {
  __typename?: 'ColumnMapping';
  /** The header of the column the field is read from. */
  column: Scalars['String']['output'];
  field: Scalars['String']['output'];
};

export type ColumnMappingInput = {
  column: Scalars['String']['input'];
  field: Scalars['String']['input'];
};

/** How a group stands against one composition rule on a day. */
export type CompositionCheck = {
  __typename?: 'CompositionCheck';
  /** In plain Swedish, written by the server. */
  message: Scalars['String']['output'];
  rule: CompositionRule;
  status: CompositionStatus;
  /** The regions a nomination to mend the check could ask. */
  suggestedRegions: Array<Region>;
  /** The role a nomination to mend a broken rule would ask for; null when a nomination would not mend it. */
  suggestedRole?: Maybe<MemberRole>;
};

/** The composition of every group of a tier on a day: groups × rules. */
export type CompositionHeatMap = {
  __typename?: 'CompositionHeatMap';
  asOf: Scalars['Date']['output'];
  /** The rows: one per group, by name. */
  rows: Array<GroupComposition>;
  /** The columns: every kind some listed group type has a rule of. */
  rules: Array<CompositionRuleKind>;
};

/** A rule of how groups of one type are to be composed. */
export type CompositionRule = {
  __typename?: 'CompositionRule';
  /** CARE_LEVELS: the levels to be represented; empty for other kinds. */
  careLevels: Array<CareLevel>;
  createdAt: Scalars['DateTime']['output'];
  groupType: GroupType;
  id: Scalars['ID']['output'];
  kind: CompositionRuleKind;
  /** PROFESSIONS, PATIENT_REPRESENTATIVE, MUNICIPAL_REPRESENTATIVE. */
  minCount?: Maybe<Scalars['Int']['output']>;
  /** GENDER_BALANCE: the least share of each gender, e.g. 0.4. */
  minShare?: Maybe<Scalars['Float']['output']>;
  severity: RuleSeverity;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  /** INTERESTS_REVIEWED and CHAIR_TERM_LIMIT: a span in years. */
  years?: Maybe<Scalars['Int']['output']>;
};

export type CompositionRuleInput = {
  /** CARE_LEVELS only. */
  careLevels?: InputMaybe<Array<CareLevel>>;
  groupType: GroupType;
  kind: CompositionRuleKind;
  /** PROFESSIONS, PATIENT_REPRESENTATIVE, MUNICIPAL_REPRESENTATIVE. */
  minCount?: InputMaybe<Scalars['Int']['input']>;
  /** GENDER_BALANCE only: 0 < minShare ≤ 0.5. */
  minShare?: InputMaybe<Scalars['Float']['input']>;
  severity: RuleSeverity;
  /** INTERESTS_REVIEWED, CHAIR_TERM_LIMIT. */
  years?: InputMaybe<Scalars['Int']['input']>;
};

export type CompositionRuleKind =
  /** Every care level in careLevels represented among the members. */
  | 'CARE_LEVELS'
  /** The chair's continuous term at most years long. */
  | 'CHAIR_TERM_LIMIT'
  /** Every healthcare region (national groups) or every region of the healthcare region represented. */
  | 'EVERY_AREA_REPRESENTED'
  /** Each gender at least minShare of the members with a recorded gender. */
  | 'GENDER_BALANCE'
  /** Every member's conflict-of-interest declaration reviewed within years. */
  | 'INTERESTS_REVIEWED'
  /** At least minCount seats representing a municipality. */
  | 'MUNICIPAL_REPRESENTATIVE'
  /** At least minCount patient representatives. */
  | 'PATIENT_REPRESENTATIVE'
  /** At least minCount different professions among the members who recorded one. */
  | 'PROFESSIONS';

/** A kind of composition rule and the one field it takes, as a form for a rule offers it. */
export type CompositionRuleKindInfo = {
  __typename?: 'CompositionRuleKindInfo';
  /** minShare, minCount, years or careLevels; null when the kind takes none (EVERY_AREA_REPRESENTED). */
  field?: Maybe<Scalars['String']['output']>;
  /** The group types a rule of the kind may be written for. */
  groupTypes: Array<GroupType>;
  kind: CompositionRuleKind;
};

export type CompositionStatus =
  /** An advisory rule is broken, or a rule cannot be judged (nothing recorded to judge by). */
  | 'AMBER'
  /** The rule is met. */
  | 'GREEN'
  /** A required rule is broken. */
  | 'RED';

export type CreateDialogueQuestionInput = {
  appliesTo: Array<GroupType>;
  goal?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
  universityHealthcareOnly?: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};

export type CreateFeedbackRecordInput = {
  givenOn: Scalars['Date']['input'];
  healthcareRegionId: Scalars['ID']['input'];
  recipient: FeedbackRecipient;
  /** Required when recipient is GROUP, not allowed otherwise. */
  recipientGroupId?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

export type CreateGroupInput = {
  /** The group of the same kind one tier up. */
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for RPO/RAG/RSG (inherited from the parent); host of an NPO. */
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  mandate?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** The programme area a working group sits under. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for LPO/LAG/LSG (inherited from the parent). */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<GroupStatus>;
  type: GroupType;
  universityHealthcare?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateMeetingInput = {
  date: Scalars['Date']['input'];
  groupId: Scalars['ID']['input'];
  kind: MeetingKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Default SCHEDULED. */
  status?: InputMaybe<MeetingStatus>;
};

export type CreateOperationalGoalInput = {
  /** FEEDBACK_GIVEN. */
  feedbackGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** FEEDBACK_GIVEN. */
  feedbackToSkr?: InputMaybe<Scalars['Boolean']['input']>;
  /** MEETING_QUORUM: one body; TOPIC_AT_EVERY_MEETING: the bodies. */
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  healthcareRegionId: Scalars['ID']['input'];
  kind: OperationalGoalKind;
  name: Scalars['String']['input'];
  number: Scalars['Int']['input'];
  /** From 0, below the share that meets the goal. */
  partlyThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** DIALOGUE_ANSWERS. */
  questionKey?: InputMaybe<Scalars['String']['input']>;
  /** MEETING_QUORUM: more than 0, at most 1. */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  /** TOPIC_AT_EVERY_MEETING. */
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOrganisationInput = {
  kind: OrganisationKind;
  name: Scalars['String']['input'];
  /** The region it lies in; none for a national organisation. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePersonInput = {
  careLevel?: InputMaybe<CareLevel>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** An organisation other than a region that employs the person; not together with employerRegionId. */
  employerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  employerRegionId?: InputMaybe<Scalars['ID']['input']>;
  gender?: InputMaybe<Gender>;
  name: Scalars['String']['input'];
  /** Profession, e.g. "Läkare". */
  profession?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateShareGoalInput = {
  baselineDate: Scalars['Date']['input'];
  healthcareRegionId: Scalars['ID']['input'];
  kind: ShareGoalKind;
  maxShare?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** The goal's number in the goal framework. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** Regions of the healthcare region that the goal speaks of. */
  regionIds: Array<Scalars['ID']['input']>;
  targetDate: Scalars['Date']['input'];
  /** Defaults to [NATIONAL]. */
  tiers?: InputMaybe<Array<Tier>>;
  tolerancePoints?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateTopicInput = {
  /** Lower-case letters, digits and hyphens, 2–40 characters, e.g. "nara-vard". */
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** Required for REGION_REPRESENTATIVE: the region they speak for. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role: UserRole;
};

export type DecideNominationInput = {
  appointCandidateIds: Array<Scalars['ID']['input']>;
  /** States the choice to close the nomination with nobody appointed; without it a decision with no appointees is refused (NO_APPOINTEES). */
  closeWithoutAppointment?: InputMaybe<Scalars['Boolean']['input']>;
  /** E.g. "BG 2024-05-12 § 7". */
  decisionReference?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the terms, if fixed. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  nominationId: Scalars['ID']['input'];
  /** The first day of the appointed terms. */
  startDate: Scalars['Date']['input'];
};

/** A follow-up dialogue held with a group on one day. */
export type Dialogue = {
  __typename?: 'Dialogue';
  actions: Array<DialogueAction>;
  answers: Array<DialogueAnswer>;
  createdAt: Scalars['DateTime']['output'];
  group: Group;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The dialogue lead who logged it; null for the seed data. */
  lead?: Maybe<User>;
  notes?: Maybe<Scalars['String']['output']>;
  /** Members of the group on the day who took part. */
  participants: Array<Person>;
  /** Earlier states, oldest first. */
  revisions: Array<DialogueRevision>;
  /** A further dialogue in a year that already had one. */
  supplementary: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** An action agreed in a dialogue. */
export type DialogueAction = {
  __typename?: 'DialogueAction';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  dialogue: Dialogue;
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  ownerName: Scalars['String']['output'];
  status: ActionStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};

export type DialogueAnswer = {
  __typename?: 'DialogueAnswer';
  id: Scalars['ID']['output'];
  question: DialogueQuestion;
  text: Scalars['String']['output'];
};

export type DialogueConnection = {
  __typename?: 'DialogueConnection';
  edges: Array<DialogueEdge>;
  nodes: Array<Dialogue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How far one question of one year has been answered. */
export type DialogueCoverage = {
  __typename?: 'DialogueCoverage';
  /** Of those, the ones whose dialogue that year answers it. */
  answered: Scalars['Int']['output'];
  complete: Scalars['Boolean']['output'];
  missing: Array<Group>;
  questionKey: Scalars['String']['output'];
  /** Active groups the question applies to. */
  required: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type DialogueEdge = {
  __typename?: 'DialogueEdge';
  cursor: Scalars['String']['output'];
  node: Dialogue;
};

/** A goal that rests on the answers to one question. */
export type DialogueGoalStatus = {
  __typename?: 'DialogueGoalStatus';
  goal: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  questionKey: Scalars['String']['output'];
};

/** One group's row in a year's overview. */
export type DialogueOverviewRow = {
  __typename?: 'DialogueOverviewRow';
  /** Keys answered in a dialogue that year. */
  answered: Array<Scalars['String']['output']>;
  dialogues: Array<Dialogue>;
  group: Group;
  /** Keys of the questions that apply to the group. */
  required: Array<Scalars['String']['output']>;
};

/** A question of one year's follow-up dialogues. */
export type DialogueQuestion = {
  __typename?: 'DialogueQuestion';
  /** The group types the question is asked of. */
  appliesTo: Array<GroupType>;
  createdAt: Scalars['DateTime']['output'];
  /** The goal the answers document, e.g. "Mål 2". */
  goal?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stable key across years, e.g. "nivastrukturering". */
  key: Scalars['String']['output'];
  /** Position in the question set. */
  position: Scalars['Int']['output'];
  text: Scalars['String']['output'];
  /** Asked only of groups that run university healthcare. */
  universityHealthcareOnly: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A dialogue as it was before an edit. */
export type DialogueRevision = {
  __typename?: 'DialogueRevision';
  editedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The earlier state as JSON: date, notes, participants, answers, actions. */
  snapshot: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A year's follow-up dialogues: groups × questions, and the goals that rest on them. */
export type DialogueYearOverview = {
  __typename?: 'DialogueYearOverview';
  coverage: Array<DialogueCoverage>;
  goals: Array<DialogueGoalStatus>;
  questions: Array<DialogueQuestion>;
  rows: Array<DialogueOverviewRow>;
  year: Scalars['Int']['output'];
};

/** Two person records that may be the same person, with how likely and why. */
export type DuplicateSuggestion = {
  __typename?: 'DuplicateSuggestion';
  /** The two records, the one with more seats first. */
  persons: Array<Person>;
  /** Why, in Swedish: "Liknande namn", "Samma arbetsgivare", "Uppdrag i samma grupp". */
  reasons: Array<Scalars['String']['output']>;
  /** How likely the two are one person, 0 to 1; the list is sorted by it. */
  score: Scalars['Float']['output'];
};

/** The list and the same arguments the screen showing it uses. */
export type ExportInput = {
  /** MEMBERS (omitted: every term), REPRESENTATION, DIALOGUE_ACTIONS (overdue on this day). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  format: SpreadsheetFormat;
  from?: InputMaybe<Scalars['Date']['input']>;
  groupFilter?: InputMaybe<GroupFilter>;
  /** MEMBERS, MEETINGS, ATTENDANCE of one group; omitted: of every group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** REPRESENTATION, REPRESENTATION_TREND, MEETINGS and ATTENDANCE. */
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  interval?: InputMaybe<TrendInterval>;
  list: ExportList;
  nominationFilter?: InputMaybe<NominationFilter>;
  tiers?: InputMaybe<Array<Tier>>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** DIALOGUE_COVERAGE, MEETINGS and ATTENDANCE (default: this year). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The lists the screens show, each exportable as a spreadsheet. */
export type ExportList =
  | 'ATTENDANCE'
  | 'DIALOGUE_ACTIONS'
  | 'DIALOGUE_COVERAGE'
  | 'GROUPS'
  | 'MEETINGS'
  | 'MEMBERS'
  | 'NOMINATIONS'
  | 'REPRESENTATION'
  | 'REPRESENTATION_TREND';

/** A spreadsheet file, its content in base64. */
export type ExportedFile = {
  __typename?: 'ExportedFile';
  base64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  /** Data rows, header not counted. */
  rowCount: Scalars['Int']['output'];
};

export type FeedbackRecipient =
  /** A body or group of the register, e.g. the förbundsdirektion (FD); named by recipientGroup. */
  | 'GROUP'
  /** Sveriges Kommuner och Regioner. */
  | 'SKR';

/** A dated record that an evaluation or report was given to a recipient. */
export type FeedbackRecord = {
  __typename?: 'FeedbackRecord';
  createdAt: Scalars['DateTime']['output'];
  givenOn: Scalars['Date']['output'];
  healthcareRegion: HealthcareRegion;
  id: Scalars['ID']['output'];
  recipient: FeedbackRecipient;
  recipientGroup?: Maybe<Group>;
  /** "SKR", or the name of the recipient group. */
  recipientName: Scalars['String']['output'];
  /** E.g. a diary number or a link to the document. */
  reference?: Maybe<Scalars['String']['output']>;
  /** What it covered. */
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};

/** Recorded only when the person has given it; used for the gender-balance warning. */
export type Gender =
  | 'MAN'
  | 'OTHER'
  | 'WOMAN';

/** Whether a goal is met on one day, and why, region by region. */
export type GoalEvaluation = {
  __typename?: 'GoalEvaluation';
  asOf: Scalars['Date']['output'];
  /** True when every row is met. */
  met: Scalars['Boolean']['output'];
  rows: Array<GoalRow>;
  /** MET when every row is met, PARTLY_MET when some but not all are, NOT_MET when none is. */
  verdict: GoalVerdict;
};

/** One figure behind a verdict, for a goal card: ("Möten", 14), ("Andel", 0.857). */
export type GoalFigure = {
  __typename?: 'GoalFigure';
  label: Scalars['String']['output'];
  /** "share" (0 to 1) or "count". */
  unit?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

export type GoalImpact = {
  __typename?: 'GoalImpact';
  /** True when the changes move a region's share in the goal or whether the goal is met. */
  affected: Scalars['Boolean']['output'];
  /** The regions of the goal whose share the changes move. */
  affectedRegionIds: Array<Scalars['ID']['output']>;
  after: GoalEvaluation;
  before: GoalEvaluation;
  goal: ShareGoal;
};

/** The rule of each of a goal's levels, in Swedish, written from the goal's own fields. */
export type GoalLevelRules = {
  __typename?: 'GoalLevelRules';
  /** When the goal is met (grönt). */
  met: Scalars['String']['output'];
  /** When it is not met (rött). */
  notMet: Scalars['String']['output'];
  /** When it is partly met (gult); null when the goal has no such level. */
  partlyMet?: Maybe<Scalars['String']['output']>;
};

/** A goal's verdict for one year, with the annual report's paragraph and the figures. */
export type GoalOutcome = {
  __typename?: 'GoalOutcome';
  figures: Array<GoalFigure>;
  /** The annual report's paragraph on the goal, in Swedish, e.g. "Under 2024 har 14 möten hållits varvid BG har varit beslutsför vid 12 möten. …" */
  text: Scalars['String']['output'];
  verdict: GoalVerdict;
  year: Scalars['Int']['output'];
};

/** One region's part in a goal's evaluation. */
export type GoalRow = {
  __typename?: 'GoalRow';
  /** The share on the baseline date. */
  baselineShare: Scalars['Float']['output'];
  /** share − baselineShare. */
  change: Scalars['Float']['output'];
  /** The distance to the population share: (share − populationShare) in percentage points, above 0 when the region holds more. A POPULATION_PARITY row is met when it lies within ±tolerancePoints. */
  gapPoints: Scalars['Float']['output'];
  met: Scalars['Boolean']['output'];
  /** The region's population share, for comparison. */
  populationShare: Scalars['Float']['output'];
  region: Region;
  /** The share on the evaluated day. */
  share: Scalars['Float']['output'];
};

/** A goal's level in the annual report's goal framework. */
export type GoalVerdict =
  /** Grönt: uppnått. */
  | 'MET'
  /** Rött: ej uppnått. */
  | 'NOT_MET'
  /** Gult: delvis uppnått. */
  | 'PARTLY_MET';

/** A programme area, working group or collaboration group on one of the three tiers. */
export type Group = {
  __typename?: 'Group';
  /** The working groups under this programme area. */
  children: Array<Group>;
  /** The group against its type's composition rules on asOf (default today). */
  composition: GroupComposition;
  /** The group of the same kind one tier up: RPO → NPO, LPO → RPO. */
  counterpart?: Maybe<Group>;
  /** The groups one tier down whose counterpart this is: an NPO's RPOs, an RPO's LPOs. */
  counterparts: Array<Group>;
  createdAt: Scalars['DateTime']['output'];
  /** The year's questions that are asked of this group. */
  dialogueQuestions: Array<DialogueQuestion>;
  /** The follow-up dialogues held with the group, newest first. */
  dialogues: Array<Dialogue>;
  /** The regions whose seats this group can hold. */
  eligibleRegions: Array<Region>;
  /** Owner of an RPO/RAG/RSG; host ("värdskap") of an NPO. */
  healthcareRegion?: Maybe<HealthcareRegion>;
  id: Scalars['ID']['output'];
  /** Derived from the type. */
  kind: GroupKind;
  /** This group and every group it descends from, transitively: for a trend across the change. */
  lineageGroupIds: Array<Scalars['ID']['output']>;
  /** The remit ("uppdrag") of the group, as free text. */
  mandate?: Maybe<Scalars['String']['output']>;
  /** Memberships active on asOf (default: today); every membership when asOf is omitted and includeEnded is true. */
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** Actions still open from the group's dialogues: what the next dialogue follows up. */
  openDialogueActions: Array<DialogueAction>;
  /** NAG under NPO, RAG under RPO, LAG under LPO. */
  parent?: Maybe<Group>;
  /** The links to the groups this one took over from. */
  predecessors: Array<GroupSuccession>;
  /** Null: no rule; meetings are then quorate when more than half the voting seats are filled. */
  quorumRule?: Maybe<QuorumRule>;
  /** Owner of an LPO/LAG/LSG. */
  region?: Maybe<Region>;
  status: GroupStatus;
  /** The links to the groups that took over from this one. */
  successors: Array<GroupSuccession>;
  /** Derived from the type. */
  tier: Tier;
  type: GroupType;
  /** Whether the group runs university healthcare ("universitetssjukvård"). */
  universityHealthcare: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};


/** A programme area, working group or collaboration group on one of the three tiers. */
export type GroupCompositionArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A programme area, working group or collaboration group on one of the three tiers. */
export type GroupDialogueQuestionsArgs = {
  year: Scalars['Int']['input'];
};


/** A programme area, working group or collaboration group on one of the three tiers. */
export type GroupMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A group's composition on a day: every rule of its type, and the worst status. */
export type GroupComposition = {
  __typename?: 'GroupComposition';
  asOf: Scalars['Date']['output'];
  /** One per rule of the group type, in the order of the rule kinds. */
  checks: Array<CompositionCheck>;
  group: Group;
  /** RED if a check is red, else AMBER if one is amber, else GREEN. */
  status: CompositionStatus;
};

export type GroupConnection = {
  __typename?: 'GroupConnection';
  edges: Array<GroupEdge>;
  nodes: Array<Group>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GroupEdge = {
  __typename?: 'GroupEdge';
  cursor: Scalars['String']['output'];
  node: Group;
};

/** Narrows a list of groups; all given conditions must hold. */
export type GroupFilter = {
  /** Owner (RPO/RAG/RSG) or host (NPO). */
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  /** Also list bodies (FD, BG, RSK …); without it, and without types naming them, only the nine types. */
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the working groups under this programme area. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Owner of local groups. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<GroupStatus>;
  tier?: InputMaybe<Tier>;
  types?: InputMaybe<Array<GroupType>>;
};

export type GroupKind =
  /** A body around the knowledge-governance groups (FD, AU, BG, RLS, RSK, councils, national bodies): it meets and decides, but its seats count in the member-share report only when asked (includeBodies). */
  | 'BODY'
  | 'COLLABORATION_GROUP'
  | 'PROGRAMME_AREA'
  | 'WORKING_GROUP';

export type GroupStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DORMANT';

/** A link of lineage: the successor took over from the predecessor on takesEffectOn. */
export type GroupSuccession = {
  __typename?: 'GroupSuccession';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: SuccessionKind;
  /** E.g. the decision behind the change. */
  note?: Maybe<Scalars['String']['output']>;
  predecessor: Group;
  /** The operation that made this link; the links of one merger or split share it. */
  successionId: Scalars['ID']['output'];
  successor: Group;
  /** The successor's first day; the predecessor's last day is the day before. */
  takesEffectOn: Scalars['Date']['output'];
};

/** Tier and kind of a group. */
export type GroupType =
  /** Arbetsutskott of the förbundsdirektion (body) */
  | 'AU'
  /** Beredningsgrupp: prepares the board's matters, one official per region (body) */
  | 'BG'
  /** Råd, e.g. the FUI council (body) */
  | 'COUNCIL'
  /** Förbundsdirektion: the board of the healthcare region's federation (body) */
  | 'FD'
  /** Lokal arbetsgrupp, under an LPO */
  | 'LAG'
  /** Lokalt programområde */
  | 'LPO'
  /** Lokal samverkansgrupp */
  | 'LSG'
  /** Nationell arbetsgrupp, under an NPO */
  | 'NAG'
  /** A national body where the healthcare region has representatives, e.g. the decision group for national high-specialised care (body) */
  | 'NATIONAL_BODY'
  /** Nationellt programområde */
  | 'NPO'
  /** Nationell samverkansgrupp */
  | 'NSG'
  /** Sjukvårdsregional arbetsgrupp, under an RPO */
  | 'RAG'
  /** Regionalt ledningssamråd (body) */
  | 'RLS'
  /** Sjukvårdsregionalt programområde */
  | 'RPO'
  /** Sjukvårdsregional samverkansgrupp */
  | 'RSG'
  /** Sjukvårdsregional samverkansgrupp för kunskapsstyrning (body) */
  | 'RSK';

/** The structure rules of a group type, so that clients can offer only valid choices. */
export type GroupTypeInfo = {
  __typename?: 'GroupTypeInfo';
  /** The type a counterpart must have; null on the national tier. */
  counterpartType?: Maybe<GroupType>;
  /** Whether the type is a body (FD, AU, BG, RLS, RSK, council, national body) rather than one of the nine. */
  isBody: Scalars['Boolean']['output'];
  kind: GroupKind;
  /** The type a parent must have; null when the type has no parent. */
  parentType?: Maybe<GroupType>;
  /** Whether the group belongs to a healthcare region (required; a national body: the healthcare region whose seats it holds) or, for an NPO, may name its host. */
  takesHealthcareRegion: Scalars['Boolean']['output'];
  /** Whether the group belongs to a region (local groups). */
  takesRegion: Scalars['Boolean']['output'];
  tier: Tier;
  type: GroupType;
};

/** A healthcare region ("sjukvårdsregion"), e.g. Norra sjukvårdsregionen. */
export type HealthcareRegion = {
  __typename?: 'HealthcareRegion';
  /** Stable code, e.g. NORRA. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  regions: Array<Region>;
};

/** A field an import of a kind fills, and the header it is mapped from by default. */
export type ImportFieldInfo = {
  __typename?: 'ImportFieldInfo';
  key: Scalars['String']['output'];
  /** The Swedish column header the exports write for this field. */
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

export type ImportInput = {
  jobId: Scalars['ID']['input'];
  kind: ImportKind;
  /** Which column each field is read from; unmapped optional fields are left as they are. */
  mapping: Array<ColumnMappingInput>;
};

/** An uploaded spreadsheet on its way into the register. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** The fields an import of this kind fills. */
  fields: Array<ImportFieldInfo>;
  fileName: Scalars['String']['output'];
  /** The file's header row: the columns to map. */
  header: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Set when the import was confirmed; a job is imported once. */
  importedAt?: Maybe<Scalars['DateTime']['output']>;
  rowCount: Scalars['Int']['output'];
  /** The columns matched to the kind's fields by their headers. */
  suggestedMapping: Array<ColumnMapping>;
  uploadedAt: Scalars['DateTime']['output'];
};


/** An uploaded spreadsheet on its way into the register. */
export type ImportJobFieldsArgs = {
  kind: ImportKind;
};


/** An uploaded spreadsheet on its way into the register. */
export type ImportJobSuggestedMappingArgs = {
  kind: ImportKind;
};

/** What the rows of a file are. */
export type ImportKind =
  | 'GROUPS'
  | 'MEMBERSHIPS'
  | 'PERSONS';

/** Why a row cannot be imported: the column and the reason, which the client words in Swedish. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  params?: Maybe<Scalars['JSONObject']['output']>;
  reason: Scalars['String']['output'];
};

/** Statistics Sweden's two-column file (county code, population) for one year. */
export type ImportRegionPopulationsInput = {
  /** true: only read the file and show what would change; nothing is written. */
  dryRun: Scalars['Boolean']['input'];
  /** The file's text: "25 Norrbottens län;249 000" per line; at most 200 000 characters. */
  text: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Every row of a file classified: what a confirmed import writes, or what it wrote. */
export type ImportResult = {
  __typename?: 'ImportResult';
  changed: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  /** true for the dry run, which writes nothing. */
  dryRun: Scalars['Boolean']['output'];
  kind: ImportKind;
  refused: Scalars['Int']['output'];
  /** Every refused or changed row (up to 10,000), and the new and unchanged rows while the list holds fewer than 1,000. */
  rows: Array<ImportRowResult>;
  /** Rows counted above but not listed in `rows`. */
  rowsOmitted: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** The fields an existing record would change. */
  changes: Array<Scalars['String']['output']>;
  /** What the row is about, e.g. the person or group it names. */
  label: Scalars['String']['output'];
  /** The line number in the file, as a spreadsheet program shows it. */
  line: Scalars['Int']['output'];
  problem?: Maybe<ImportProblem>;
  status: ImportRowStatus;
};

export type ImportRowStatus =
  | 'CHANGED'
  | 'NEW'
  | 'REFUSED'
  | 'UNCHANGED';

export type LogDialogueInput = {
  actions?: Array<ActionInput>;
  answers?: Array<AnswerInput>;
  groupId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Members of the group on heldOn who took part. */
  participantIds?: Array<Scalars['ID']['input']>;
  /** A further dialogue in a year that already had one. */
  supplementary?: Scalars['Boolean']['input'];
  /** The follow-up year; heldOn must fall in it. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A meeting ("sammanträde") of a body or group on one day. */
export type Meeting = {
  __typename?: 'Meeting';
  /** In agenda order. */
  agenda: Array<AgendaItem>;
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  group: Group;
  id: Scalars['ID']['output'];
  kind: MeetingKind;
  note?: Maybe<Scalars['String']['output']>;
  /** Others present, as free text, e.g. "Anna Berg, NRF (sekreterare)". */
  othersPresent: Array<Scalars['String']['output']>;
  quorum: MeetingQuorum;
  /** Empty until taken; then one row per member of the group on the meeting day. */
  rollCall: Array<Attendance>;
  status: MeetingStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};

export type MeetingKind =
  /** Extra sammanträde */
  | 'EXTRA'
  /** Planerat sammanträde */
  | 'PLANNED';

/** A meeting's quorum, computed from its roll call and its group's rule. */
export type MeetingQuorum = {
  __typename?: 'MeetingQuorum';
  /** Voting members absent (whether or not a deputy served). */
  absent: Scalars['Int']['output'];
  /** Counts towards the year's planned meetings: HELD or CANCELLED_NO_QUORUM. */
  counts: Scalars['Boolean']['output'];
  /** In Swedish, e.g. "Beslutsför: 4 av 5 röstberättigade platser besatta (…)." */
  explanation: Scalars['String']['output'];
  /** Voting seats filled: member present, or a deputy serving for them. */
  filled: Scalars['Int']['output'];
  /** Quorate and absent > 0 ("delvis frånvaro"). */
  partialAbsence: Scalars['Boolean']['output'];
  /** HELD with the rule met; false otherwise. */
  quorate: Scalars['Boolean']['output'];
  /** Regions with a voting seat and nobody present for it (meaningful with everyRegionPresent). */
  regionsMissing: Array<Region>;
  /** Voting seats on the meeting day. */
  votingSeats: Scalars['Int']['output'];
};

export type MeetingStatus =
  /** Inställt eller flyttat i förväg: does not count */
  | 'CANCELLED'
  /** Inställt i brist på beslutsförhet: counts as planned and not quorate */
  | 'CANCELLED_NO_QUORUM'
  /** Hållet */
  | 'HELD'
  /** Not yet held (or not yet recorded) */
  | 'SCHEDULED';

/** A body's or group's meetings of one year, counted. */
export type MeetingYear = {
  __typename?: 'MeetingYear';
  /** Cancelled in advance; not counted. */
  cancelled: Scalars['Int']['output'];
  cancelledNoQuorum: Scalars['Int']['output'];
  /** HELD + CANCELLED_NO_QUORUM, planned and extra. */
  counted: Scalars['Int']['output'];
  /** Extra meetings among the counted. */
  extra: Scalars['Int']['output'];
  group: Group;
  held: Scalars['Int']['output'];
  /** Quorate meetings with partial absence. */
  partialAbsence: Scalars['Int']['output'];
  quorate: Scalars['Int']['output'];
  /** quorate / counted; null when nothing is counted. */
  quorateShare?: Maybe<Scalars['Float']['output']>;
  /** Not yet held. */
  scheduled: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type MemberRole =
  /** Adjungerad (co-opted); represents no region */
  | 'ADJUNCT'
  /** Ordförande */
  | 'CHAIR'
  /** Ersättare */
  | 'DEPUTY'
  /** Förste vice ordförande */
  | 'FIRST_VICE_CHAIR'
  /** Ledamot */
  | 'MEMBER'
  /** Patientrepresentant; represents no region */
  | 'PATIENT_REPRESENTATIVE'
  /** Processledare: staff supporting the group; represents no region */
  | 'PROCESS_LEADER'
  /** Andre vice ordförande */
  | 'SECOND_VICE_CHAIR'
  /** Sekreterare; represents no region */
  | 'SECRETARY'
  /** Vice ordförande */
  | 'VICE_CHAIR';

/** What a role means in the register, so that clients need not repeat the rules. */
export type MemberRoleInfo = {
  __typename?: 'MemberRoleInfo';
  /** Whether the seat counts towards a region's share by default. */
  countsTowardsShare: Scalars['Boolean']['output'];
  /** What a member in this role may do at meetings unless set otherwise. */
  defaultParticipation: Participation;
  /** Whether the seat may represent an organisation instead of a region (representedOrganisationId). */
  representsOrganisation: Scalars['Boolean']['output'];
  /** Whether the role holds a region's seat and so takes a represented region. */
  representsRegion: Scalars['Boolean']['output'];
  role: MemberRole;
};

export type MemberTermsOnSuccession =
  /** The terms end the day before and continue in the (one) successor from the day of the change. */
  | 'CARRY_OVER'
  /** The predecessors' terms end the day before the change. */
  | 'END';

/** A person's role in a group from startDate to endDate (the last day served). */
export type Membership = {
  __typename?: 'Membership';
  /** Whether the membership is active on asOf (default: today). */
  active: Scalars['Boolean']['output'];
  /** Set when the entry was archived as made in error; it then counts nowhere. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The successor group's term that carries this one over. */
  continuedBy?: Maybe<Membership>;
  /** The predecessor group's term that this one carries over. */
  continues?: Maybe<Membership>;
  createdAt: Scalars['DateTime']['output'];
  /** The deputies tied to this member, active on asOf (default: today). */
  deputies: Array<Membership>;
  /** Whether this is a deputy's seat, which may serve for an absent voting member. */
  deputy: Scalars['Boolean']['output'];
  /** The last day served; null while the term is open. */
  endDate?: Maybe<Scalars['Date']['output']>;
  group: Group;
  id: Scalars['ID']['output'];
  /** The day the member's conflict-of-interest declaration (jävsdeklaration) was last reviewed. */
  interestsReviewedOn?: Maybe<Scalars['Date']['output']>;
  /** Free note, e.g. the decision that appointed the member. */
  note?: Maybe<Scalars['String']['output']>;
  /** What the member may do at the group's meetings. */
  participation: Participation;
  person: Person;
  /** The organisation whose seat this is (municipal or patient organisation seat); null otherwise. */
  representedOrganisation?: Maybe<Organisation>;
  /** The region whose seat this is; null for roles that represent no region. */
  representedRegion?: Maybe<Region>;
  role: MemberRole;
  /** A deputy's member: the voting seat this deputy stands in for (personlig ersättare). */
  standsInFor?: Maybe<Membership>;
  /** The first day served. */
  startDate: Scalars['Date']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  /** Whether a quorum is counted on this seat: a deciding member who is not a deputy (holdsVotingSeat). */
  votingSeat: Scalars['Boolean']['output'];
};


/** A person's role in a group from startDate to endDate (the last day served). */
export type MembershipActiveArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A person's role in a group from startDate to endDate (the last day served). */
export type MembershipDeputiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** Merges mergeId into keepId: everything mergeId holds moves to keepId. */
export type MergePersonsInput = {
  /** The record that stays. */
  keepId: Scalars['ID']['input'];
  /** The version of the kept record the user saw. */
  keepVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The record that becomes a former record of the kept one. */
  mergeId: Scalars['ID']['input'];
  /** The version of the merged record the user saw. */
  mergeVersion?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  addMembership: Membership;
  /** Closes the group on lastDay (default today): open terms end that day; its history stays; it takes no new memberships. */
  archiveGroup: Group;
  /** Archives an entry made in error: it then counts in no list or report. */
  archiveMembership: Membership;
  /** Hides the person from search; every past seat stays. */
  archivePerson: Person;
  cancelNomination: Nomination;
  /** Imports the rows that are not refused, in chunks of a few hundred rows, recorded in the audit trail; a job is imported once. */
  confirmImport: ImportResult;
  /** Starts toYear's question set from fromYear's; existing keys are kept. */
  copyDialogueQuestions: Array<DialogueQuestion>;
  createCompositionRule: CompositionRule;
  createDialogueQuestion: DialogueQuestion;
  createFeedbackRecord: FeedbackRecord;
  createGroup: Group;
  createMeeting: Meeting;
  createOperationalGoal: OperationalGoal;
  createOrganisation: Organisation;
  createPerson: Person;
  createShareGoal: ShareGoal;
  createTopic: Topic;
  /** ADMIN only. */
  createUser: User;
  /** Appoints candidates: one membership each, in the same transaction as the decision. */
  decideNomination: Nomination;
  /** Deletes a rule; returns its id. */
  deleteCompositionRule: Scalars['ID']['output'];
  deleteFeedbackRecord: Scalars['Boolean']['output'];
  deleteOperationalGoal: Scalars['Boolean']['output'];
  /** Deletes an organisation that employs nobody and no seat represents (ORGANISATION_IN_USE otherwise). */
  deleteOrganisation: Scalars['ID']['output'];
  deleteShareGoal: Scalars['Boolean']['output'];
  /** Ends the term; endDate is the last day served. */
  endMembership: Membership;
  /** Replaces a person's name and contact data with a neutral label; seats and decisions keep their numbers. */
  erasePerson: Person;
  /** Reads Statistics Sweden's file of one year (county code and population per line); with dryRun only shows what would change. One unreadable line refuses the whole file. */
  importRegionPopulations: PopulationImport;
  logDialogue: Dialogue;
  /** The only operation open without signing in. */
  login: AuthPayload;
  /** Revokes the token this request was sent with. */
  logout: Scalars['Boolean']['output'];
  /** ADMIN and COORDINATOR: merges mergeId into keepId. Every seat, candidacy, dialogue, roll-call row and history entry moves to the kept person; the merged record stays as a former record. Refused with MERGE_OVERLAP when two terms in one group would overlap. */
  mergePersons: PersonMerge;
  /** Closes the call for candidates: OPEN → REVIEW. */
  moveNominationToReview: Nomination;
  openNomination: Nomination;
  /** Opens a nomination to renew a term, with the incumbent proposed. */
  openRenewalNomination: Nomination;
  proposeCandidate: Candidate;
  /** Replaces the roll call and sets the meeting HELD. */
  recordRollCall: Meeting;
  /** Records that groups changed form on takesEffectOn: the predecessors' terms end the day before (or carry over into the one successor) and the predecessors close. */
  recordSuccession: SuccessionResult;
  /** Replaces the agenda. */
  setAgenda: Meeting;
  setDialogueActionStatus: DialogueAction;
  /** Replaces a group's declared seats; returns them as of today. */
  setGroupSeats: Array<SeatStatus>;
  /** Sets a body's or group's quorum rule. */
  setQuorumRule: Group;
  /** Sets one region's population in one year; coordinators and administrators. */
  setRegionPopulation: RegionPopulation;
  /** ADMIN only: a new password for a user; the user's sessions end. */
  setUserPassword: User;
  /** Records a candidate's approvals, review, motivation, competence or title. */
  updateCandidate: Candidate;
  updateCompositionRule: CompositionRule;
  /** Edits a dialogue; the earlier state is kept in revisions. */
  updateDialogue: Dialogue;
  updateDialogueQuestion: DialogueQuestion;
  updateFeedbackRecord: FeedbackRecord;
  updateGroup: Group;
  updateMeeting: Meeting;
  /** Corrects role, represented region, dates or note. */
  updateMembership: Membership;
  updateOperationalGoal: OperationalGoal;
  updateOrganisation: Organisation;
  updatePerson: Person;
  updateShareGoal: ShareGoal;
  updateTopic: Topic;
  /** ADMIN only: change role, region or deactivate (which ends their sessions). */
  updateUser: User;
  withdrawCandidate: Candidate;
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationArchiveGroupArgs = {
  id: Scalars['ID']['input'];
  lastDay?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationArchiveMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchivePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelNominationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmImportArgs = {
  input: ImportInput;
};


export type MutationCopyDialogueQuestionsArgs = {
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};


export type MutationCreateCompositionRuleArgs = {
  input: CompositionRuleInput;
};


export type MutationCreateDialogueQuestionArgs = {
  input: CreateDialogueQuestionInput;
};


export type MutationCreateFeedbackRecordArgs = {
  input: CreateFeedbackRecordInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateOperationalGoalArgs = {
  input: CreateOperationalGoalInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateShareGoalArgs = {
  input: CreateShareGoalInput;
};


export type MutationCreateTopicArgs = {
  input: CreateTopicInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideNominationArgs = {
  input: DecideNominationInput;
};


export type MutationDeleteCompositionRuleArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteFeedbackRecordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOperationalGoalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganisationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteShareGoalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndMembershipArgs = {
  endDate: Scalars['Date']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationErasePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportRegionPopulationsArgs = {
  input: ImportRegionPopulationsInput;
};


export type MutationLogDialogueArgs = {
  input: LogDialogueInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMergePersonsArgs = {
  input: MergePersonsInput;
};


export type MutationMoveNominationToReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenNominationArgs = {
  input: OpenNominationInput;
};


export type MutationOpenRenewalNominationArgs = {
  input: OpenRenewalInput;
};


export type MutationProposeCandidateArgs = {
  input: ProposeCandidateInput;
};


export type MutationRecordRollCallArgs = {
  input: RecordRollCallInput;
};


export type MutationRecordSuccessionArgs = {
  input: RecordSuccessionInput;
};


export type MutationSetAgendaArgs = {
  input: SetAgendaInput;
};


export type MutationSetDialogueActionStatusArgs = {
  id: Scalars['ID']['input'];
  status: ActionStatus;
};


export type MutationSetGroupSeatsArgs = {
  input: SetGroupSeatsInput;
};


export type MutationSetQuorumRuleArgs = {
  input: SetQuorumRuleInput;
};


export type MutationSetRegionPopulationArgs = {
  input: SetRegionPopulationInput;
};


export type MutationSetUserPasswordArgs = {
  input: SetUserPasswordInput;
};


export type MutationUpdateCandidateArgs = {
  input: UpdateCandidateInput;
};


export type MutationUpdateCompositionRuleArgs = {
  input: UpdateCompositionRuleInput;
};


export type MutationUpdateDialogueArgs = {
  input: UpdateDialogueInput;
};


export type MutationUpdateDialogueQuestionArgs = {
  input: UpdateDialogueQuestionInput;
};


export type MutationUpdateFeedbackRecordArgs = {
  input: UpdateFeedbackRecordInput;
};


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateMembershipArgs = {
  input: UpdateMembershipInput;
};


export type MutationUpdateOperationalGoalArgs = {
  input: UpdateOperationalGoalInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateShareGoalArgs = {
  input: UpdateShareGoalInput;
};


export type MutationUpdateTopicArgs = {
  input: UpdateTopicInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationWithdrawCandidateArgs = {
  id: Scalars['ID']['input'];
};

/** A nomination: seats in a group to fill, the candidates regions propose, and the decision. */
export type Nomination = {
  __typename?: 'Nomination';
  /** Every candidate, withdrawn ones included. */
  candidates: Array<Candidate>;
  createdAt: Scalars['DateTime']['output'];
  /** E.g. "BG 2024-05-12 § 7". */
  decisionReference?: Maybe<Scalars['String']['output']>;
  /** The remit and competences sought, as free text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The last day for proposals. */
  dueDate: Scalars['Date']['output'];
  group: Group;
  /** Every step, with who took it and when. */
  history: Array<NominationEvent>;
  id: Scalars['ID']['output'];
  /** The regions of a healthcare region ranked for this seat (Sainte-Laguë). */
  recommendation: Array<SeatRecommendation>;
  /** Set when the call is for one region's seat. */
  region?: Maybe<Region>;
  /** The regions the signed-in user may propose candidates for; empty when they may not propose. */
  regionsViewerMayPropose: Array<Region>;
  role: MemberRole;
  /** Whether the nomination still runs (OPEN or REVIEW): its candidates may change and it may be decided. */
  running: Scalars['Boolean']['output'];
  /** How many may be appointed. */
  seats: Scalars['Int']['output'];
  status: NominationStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  /** What the signed-in user may do with this nomination now; the client shows only these controls. */
  viewerMay: NominationActions;
  /** What to weigh before appointing these candidates from startDate. */
  warnings: Array<NominationWarning>;
};


/** A nomination: seats in a group to fill, the candidates regions propose, and the decision. */
export type NominationRecommendationArgs = {
  healthcareRegionId: Scalars['ID']['input'];
};


/** A nomination: seats in a group to fill, the candidates regions propose, and the decision. */
export type NominationWarningsArgs = {
  appointCandidateIds: Array<Scalars['ID']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  startDate: Scalars['Date']['input'];
};

export type NominationAction =
  | 'CANCELLED'
  | 'CANDIDATE_PROPOSED'
  | 'CANDIDATE_WITHDRAWN'
  | 'DECIDED'
  | 'MOVED_TO_REVIEW'
  | 'OPENED';

/** The steps the signed-in user may take on a nomination now: the API refuses the others. */
export type NominationActions = {
  __typename?: 'NominationActions';
  /** Cancel the nomination (cancelNomination). */
  cancel: Scalars['Boolean']['output'];
  /** Decide to close without appointment (decideNomination). */
  closeWithoutAppointment: Scalars['Boolean']['output'];
  /** Decide, appointing candidates (decideNomination). */
  decide: Scalars['Boolean']['output'];
  /** Close the call for candidates (moveNominationToReview). */
  moveToReview: Scalars['Boolean']['output'];
  /** Propose a candidate (proposeCandidate), for one of regionsViewerMayPropose. */
  proposeCandidate: Scalars['Boolean']['output'];
};

export type NominationConnection = {
  __typename?: 'NominationConnection';
  edges: Array<NominationEdge>;
  nodes: Array<Nomination>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NominationEdge = {
  __typename?: 'NominationEdge';
  cursor: Scalars['String']['output'];
  node: Nomination;
};

export type NominationEvent = {
  __typename?: 'NominationEvent';
  action: NominationAction;
  /** Who took the step; null for the seed data. */
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** The step's detail: the candidate's current name, a decision's reference or a reason. */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  status: NominationStatus;
};

export type NominationFilter = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Nominations for this region's seat, or with a candidate representing it. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<NominationStatus>>;
  tier?: InputMaybe<Tier>;
};

export type NominationStatus =
  /** Cancelled without a decision. */
  | 'CANCELLED'
  /** Decided: the appointed candidates hold memberships. */
  | 'DECIDED'
  /** Regions may propose candidates. */
  | 'OPEN'
  /** The call is closed; the candidates are assessed. */
  | 'REVIEW';

/** A warning to weigh before deciding; it does not stop the decision. */
export type NominationWarning = {
  __typename?: 'NominationWarning';
  /** The broken composition rule: CHAIR_TERM_TOO_LONG, HEALTHCARE_REGION_MISSING, GENDER_IMBALANCE, or the name of another CompositionRuleKind. */
  code: Scalars['String']['output'];
  /** In plain Swedish. */
  message: Scalars['String']['output'];
};

export type OpenNominationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The last day for proposals. */
  dueDate: Scalars['Date']['input'];
  groupId: Scalars['ID']['input'];
  /** Only candidates representing this region, for one region's seat. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role: MemberRole;
  seats: Scalars['Int']['input'];
};

/** Opens a nomination to renew a term that ends: the same group, role and region, with the incumbent proposed. */
export type OpenRenewalInput = {
  /** The last day for proposals. */
  dueDate: Scalars['Date']['input'];
  membershipId: Scalars['ID']['input'];
};

/** A goal judged each year from the meetings, feedback or dialogues the register records. */
export type OperationalGoal = {
  __typename?: 'OperationalGoal';
  createdAt: Scalars['DateTime']['output'];
  evaluation: GoalOutcome;
  /** FEEDBACK_GIVEN: the named bodies besides SKR. */
  feedbackGroups: Array<Group>;
  /** FEEDBACK_GIVEN: SKR is a named recipient. */
  feedbackToSkr: Scalars['Boolean']['output'];
  /** MEETING_QUORUM: the body; TOPIC_AT_EVERY_MEETING: the bodies. */
  groups: Array<Group>;
  healthcareRegion: HealthcareRegion;
  id: Scalars['ID']['output'];
  kind: OperationalGoalKind;
  /** The rule of each of the goal's levels, in Swedish. */
  levelRules: GoalLevelRules;
  name: Scalars['String']['output'];
  /** The goal's number in the goal framework ("Mål 4"). */
  number: Scalars['Int']['output'];
  /** The share at or above which the goal is partly met: of meetings quorate, of meetings with the topic, of groups answered. Null: the goal has no partly-met level. */
  partlyThreshold?: Maybe<Scalars['Float']['output']>;
  /** DIALOGUE_ANSWERS: the dialogue question's key. */
  questionKey?: Maybe<Scalars['String']['output']>;
  /** MEETING_QUORUM: the share of meetings quorate, e.g. 0.9. */
  threshold?: Maybe<Scalars['Float']['output']>;
  /** TOPIC_AT_EVERY_MEETING. */
  topic?: Maybe<Topic>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};


/** A goal judged each year from the meetings, feedback or dialogues the register records. */
export type OperationalGoalEvaluationArgs = {
  year: Scalars['Int']['input'];
};

export type OperationalGoalKind =
  /** Every group a dialogue question applies to has its answer documented (NRF's goals 2 and 6). */
  | 'DIALOGUE_ANSWERS'
  /** Feedback recorded to every named recipient in the year (NRF's goal 3). */
  | 'FEEDBACK_GIVEN'
  /** A body quorate at no fewer than `threshold` of its counted meetings in the year (NRF's goal 4). */
  | 'MEETING_QUORUM'
  /** A topic on the agenda of every held meeting of the named bodies in the year (NRF's goal 5). */
  | 'TOPIC_AT_EVERY_MEETING';

/** An organisation other than a region: municipality, university, SKR, agency, patient organisation. */
export type Organisation = {
  __typename?: 'Organisation';
  createdAt: Scalars['DateTime']['output'];
  /** Persons (not archived) the organisation employs. */
  employeeCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
  /** The region it lies in; null for national ones. */
  region?: Maybe<Region>;
  /** Seats representing the organisation active on asOf (default: today). */
  seatCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};


/** An organisation other than a region: municipality, university, SKR, agency, patient organisation. */
export type OrganisationSeatCountArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type OrganisationKind =
  /** Myndighet, e.g. Socialstyrelsen */
  | 'GOVERNMENT_AGENCY'
  /** Kommun, or a municipal association speaking for the municipalities */
  | 'MUNICIPALITY'
  /** Annan organisation */
  | 'OTHER'
  /** Patient- eller brukarorganisation */
  | 'PATIENT_ORGANISATION'
  /** Sveriges Kommuner och Regioner */
  | 'SKR'
  /** Universitet eller högskola */
  | 'UNIVERSITY';

/** Seats representing one organisation (a municipality, a university …) on the day. */
export type OrganisationSeats = {
  __typename?: 'OrganisationSeats';
  organisation: Organisation;
  seats: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** What a member may do at the group's meetings. */
export type Participation =
  /** Närvarorätt: attends only. */
  | 'ATTENDING'
  /** Beslutsrätt: takes part in decisions; a voting seat unless the member is a deputy. */
  | 'DECIDING'
  /** Närvaro- och yttranderätt: attends and speaks but does not decide (adjungerad). */
  | 'SPEAKING';

/** A person in the register: a member, candidate or staff member of groups. */
export type Person = {
  __typename?: 'Person';
  /** Set when the person was archived; archived persons get no new seats. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The level of care the person works in, where recorded. */
  careLevel?: Maybe<CareLevel>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The organisation other than a region that employs the person; null when a region does or none. */
  employerOrganisation?: Maybe<Organisation>;
  employerRegion?: Maybe<Region>;
  /** Set when the personal data was erased: the name is a neutral label, and the seats and decisions remain. */
  erasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The records merged into this person, oldest merge first. */
  formerRecords: Array<Person>;
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  /** Every seat the person holds or has held, newest first. */
  memberships: Array<Membership>;
  /** The person this record was merged into, when it is a former record. */
  mergedInto?: Maybe<Person>;
  name: Scalars['String']['output'];
  /** Profession, e.g. "Läkare", "Sjuksköterska"; recorded where known. */
  profession?: Maybe<Scalars['String']['output']>;
  /** Professional title, e.g. "Verksamhetschef". */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  /** Whether the signed-in user may edit this person (the API refuses otherwise). */
  viewerMayEdit: Scalars['Boolean']['output'];
};

/** One person's attendance in one body or group in a year. */
export type PersonAttendance = {
  __typename?: 'PersonAttendance';
  /** Meetings held while the person held a voting seat. */
  expected: Scalars['Int']['output'];
  group: Group;
  person: Person;
  present: Scalars['Int']['output'];
  share?: Maybe<Scalars['Float']['output']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A duplicate record merged into the person: its data as it was left, when it was merged, its history. */
export type PersonFormerRecord = {
  __typename?: 'PersonFormerRecord';
  /** Every recorded change concerning the former record, oldest first. */
  history: Array<AuditEvent>;
  /** When the record was merged into the person. */
  mergedAt?: Maybe<Scalars['DateTime']['output']>;
  person: Person;
};

/** A merge done: what moved from the merged record to the kept one. */
export type PersonMerge = {
  __typename?: 'PersonMerge';
  /** The id of the merge's audit event on the kept person. */
  id: Scalars['ID']['output'];
  kept: Person;
  merged: Person;
  mergedAt: Scalars['DateTime']['output'];
  movedCandidacies: Scalars['Int']['output'];
  movedMemberships: Scalars['Int']['output'];
};

/** All data the register holds about one person ("registerutdrag"), as fields and as one JSON document. */
export type PersonRegisterExtract = {
  __typename?: 'PersonRegisterExtract';
  /** The person's rows in meetings' roll calls, present or absent, oldest meeting first. */
  attendance: Array<Attendance>;
  /** Every candidacy, oldest first. */
  candidacies: Array<Candidate>;
  /** The follow-up dialogues the person took part in. */
  dialogues: Array<Dialogue>;
  /** Everything above in one document, group names spelled out. */
  document: Scalars['JSONObject']['output'];
  /** The duplicate records merged into the person, oldest merge first; their seats and history are above. */
  formerRecords: Array<PersonFormerRecord>;
  generatedAt: Scalars['DateTime']['output'];
  /** Every recorded change concerning the person, oldest first. */
  history: Array<AuditEvent>;
  /** Every seat, archived entries included, oldest first. */
  memberships: Array<Membership>;
  person: Person;
};

/** A seat that a decision would fill. */
export type PlannedAppointment = {
  groupId: Scalars['ID']['input'];
  representedRegionId: Scalars['ID']['input'];
  role?: MemberRole;
};

/** What a population file holds, and whether it was applied. */
export type PopulationImport = {
  __typename?: 'PopulationImport';
  /** false for a dry run: nothing was written. */
  applied: Scalars['Boolean']['output'];
  rows: Array<PopulationImportRow>;
  year: Scalars['Int']['output'];
};

/** One line of a population file: the figure read and the one kept before. */
export type PopulationImportRow = {
  __typename?: 'PopulationImportRow';
  line: Scalars['Int']['output'];
  population: Scalars['Int']['output'];
  /** The year's figure kept before; null when there was none. */
  previous?: Maybe<Scalars['Int']['output']>;
  region: Region;
  regionCode: Scalars['String']['output'];
};

export type ProposeCandidateInput = {
  competence?: InputMaybe<Scalars['String']['input']>;
  conflictOfInterestDeclared: Scalars['Boolean']['input'];
  managerApproved: Scalars['Boolean']['input'];
  motivation?: InputMaybe<Scalars['String']['input']>;
  nominationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  /** The region that proposes the candidate and whose seat it would be. */
  representedRegionId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The annual report's section on the goals of one healthcare region, in Swedish. */
  annualReport: AnnualReportSection;
  /** Attendance at the year's held meetings of the healthcare region's bodies and groups. */
  attendance: AttendanceStatistics;
  /** The history of a record, newest first: its own changes and those of the records belonging to it. */
  auditEvents: AuditEventConnection;
  /** One candidacy: the nomination page asks each candidate's impact on its own, a request the size of one preview. */
  candidate?: Maybe<Candidate>;
  /** Every open group of the tier (of the types asked, by default the nine types of the tier) against its rules on asOf (default today). */
  compositionHeatMap: CompositionHeatMap;
  /** Every kind of rule with the field it takes. */
  compositionRuleKinds: Array<CompositionRuleKindInfo>;
  /** The composition rules, of one group type or of all. */
  compositionRules: Array<CompositionRule>;
  dialogue?: Maybe<Dialogue>;
  dialogueCoverage: DialogueCoverage;
  /** One year's question set, in order. */
  dialogueQuestions: Array<DialogueQuestion>;
  /** Groups × questions of a year, with coverage and the goals that rest on it. */
  dialogueYearOverview: DialogueYearOverview;
  /** Dialogues by the day they were held. */
  dialogues: DialogueConnection;
  /** ADMIN and COORDINATOR: pairs of persons that may be one person, best first (default 20, at most 100). Merged and erased records are never suggested. */
  duplicatePersons: Array<DuplicateSuggestion>;
  /** Terms whose last day falls within `withinDays` days from asOf (default today), soonest first. */
  expiringMemberships: Array<Membership>;
  /** A list as a CSV or XLSX file, with the arguments of the screen that shows it. */
  exportList: ExportedFile;
  /** The healthcare region's feedback given in the year, by date. */
  feedbackRecords: Array<FeedbackRecord>;
  group?: Maybe<Group>;
  /** Who can hold the group's seats (healthcare regions for a national group, else its regions), with the seats declared. */
  groupSeatOwners: Array<SeatOwner>;
  /** Every group type with its tier, kind and structure rules. */
  groupTypes: Array<GroupTypeInfo>;
  /** Groups sorted by name. */
  groups: GroupConnection;
  /** Active groups of the counted types in which the region holds no counted seat on the day. */
  groupsWithoutRegion: Array<Group>;
  healthcareRegions: Array<HealthcareRegion>;
  /** ADMIN and COORDINATOR: a file uploaded with `POST /imports`. */
  importJob: ImportJob;
  /** The dry run: every row classified as new, changed, unchanged or refused. Writes nothing. */
  importPreview: ImportResult;
  /** The signed-in user. */
  me: User;
  meeting?: Maybe<Meeting>;
  /** A body's or group's meetings of a year, counted. */
  meetingYear: MeetingYear;
  /** A body's or group's meetings of a year, by date. */
  meetings: Array<Meeting>;
  /** Every member role with what it means for seats and shares. */
  memberRoles: Array<MemberRoleInfo>;
  nomination?: Maybe<Nomination>;
  /** Nominations by due date. */
  nominations: NominationConnection;
  operationalGoal?: Maybe<OperationalGoal>;
  /** The healthcare region's operational goals, by number. */
  operationalGoals: Array<OperationalGoal>;
  organisation?: Maybe<Organisation>;
  /** Organisations sorted by name; search matches the name. */
  organisations: Array<Organisation>;
  /** Open actions past their due date (default: today). */
  overdueDialogueActions: Array<DialogueAction>;
  person?: Maybe<Person>;
  /** ADMIN and COORDINATOR: all data held about a person. */
  personRegisterExtract: PersonRegisterExtract;
  /** ADMIN and COORDINATOR: the configured review period in years, used when personsForReview gets no yearsWithoutMembership. */
  personReviewYears: Scalars['Int']['output'];
  /** Persons sorted by name; search matches name or e-mail. */
  persons: PersonConnection;
  /** Persons without a seat or candidacy for the given number of years (default: the configured review period), to review for erasure. */
  personsForReview: PersonConnection;
  /** One region; NOT_FOUND when there is none. */
  region: Region;
  /** Every region's figures of the years from fromYear to toYear (at most 50 years), by year. */
  regionPopulations: Array<RegionPopulation>;
  /** The counted seats one region holds on a day: group, person, role, since. */
  regionSeats: Array<Membership>;
  /** All 21 regions, sorted by name. */
  regions: Array<Region>;
  /** Seats held in groups of the given tiers by members representing regions of one healthcare region, on one day. */
  representation: RepresentationReport;
  /** What appointing and ending the given seats would do to the shares and every goal. Writes nothing. */
  representationImpact: RepresentationImpact;
  /** One report per period end from `from` to `to`, the last on `to` itself. */
  representationTrend: Array<RepresentationReport>;
  /** Regions ranked for one more seat towards population parity (Sainte-Laguë). */
  seatRecommendation: Array<SeatRecommendation>;
  /** Declared seats with how many are held and vacant on asOf (default today). */
  seatStatus: Array<SeatStatus>;
  shareGoal?: Maybe<ShareGoal>;
  shareGoals: Array<ShareGoal>;
  /** The topics agendas take up, by name. */
  topics: Array<Topic>;
  /** Every user role with what it asks of a user. */
  userRoles: Array<UserRoleInfo>;
  /** ADMIN only: every user, active or not. */
  users: Array<User>;
  /** Vacant seats on asOf (default today) under the filter. */
  vacantSeatCount: Scalars['Int']['output'];
};


export type QueryAnnualReportArgs = {
  healthcareRegionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryAttendanceArgs = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  healthcareRegionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: AuditEntityType;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompositionHeatMapArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  tier: Tier;
  types?: InputMaybe<Array<GroupType>>;
};


export type QueryCompositionRulesArgs = {
  groupType?: InputMaybe<GroupType>;
};


export type QueryDialogueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDialogueCoverageArgs = {
  questionKey: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QueryDialogueQuestionsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryDialogueYearOverviewArgs = {
  year: Scalars['Int']['input'];
};


export type QueryDialoguesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDuplicatePersonsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpiringMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  withinDays?: Scalars['Int']['input'];
};


export type QueryExportListArgs = {
  input: ExportInput;
};


export type QueryFeedbackRecordsArgs = {
  healthcareRegionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupSeatOwnersArgs = {
  groupId: Scalars['ID']['input'];
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupsWithoutRegionArgs = {
  asOf: Scalars['Date']['input'];
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
  regionId: Scalars['ID']['input'];
  roles?: InputMaybe<Array<MemberRole>>;
  tiers?: InputMaybe<Array<Tier>>;
  types?: InputMaybe<Array<GroupType>>;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportPreviewArgs = {
  input: ImportInput;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingYearArgs = {
  groupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryMeetingsArgs = {
  groupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryNominationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNominationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NominationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOperationalGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOperationalGoalsArgs = {
  healthcareRegionId: Scalars['ID']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  kind?: InputMaybe<OrganisationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverdueDialogueActionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonRegisterExtractArgs = {
  personId: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonsForReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  yearsWithoutMembership?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionPopulationsArgs = {
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
};


export type QueryRegionSeatsArgs = {
  asOf: Scalars['Date']['input'];
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
  regionId: Scalars['ID']['input'];
  roles?: InputMaybe<Array<MemberRole>>;
  tiers?: InputMaybe<Array<Tier>>;
  types?: InputMaybe<Array<GroupType>>;
};


export type QueryRepresentationArgs = {
  asOf: Scalars['Date']['input'];
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  healthcareRegionId: Scalars['ID']['input'];
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
  roles?: InputMaybe<Array<MemberRole>>;
  tiers?: InputMaybe<Array<Tier>>;
  types?: InputMaybe<Array<GroupType>>;
};


export type QueryRepresentationImpactArgs = {
  input: RepresentationImpactInput;
};


export type QueryRepresentationTrendArgs = {
  from: Scalars['Date']['input'];
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  healthcareRegionId: Scalars['ID']['input'];
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
  interval: TrendInterval;
  roles?: InputMaybe<Array<MemberRole>>;
  tiers?: InputMaybe<Array<Tier>>;
  to: Scalars['Date']['input'];
  types?: InputMaybe<Array<GroupType>>;
};


export type QuerySeatRecommendationArgs = {
  asOf: Scalars['Date']['input'];
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  healthcareRegionId: Scalars['ID']['input'];
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
  roles?: InputMaybe<Array<MemberRole>>;
  tiers?: InputMaybe<Array<Tier>>;
  types?: InputMaybe<Array<GroupType>>;
};


export type QuerySeatStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<VacancyFilter>;
};


export type QueryShareGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVacantSeatCountArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<VacancyFilter>;
};

/** A body's or group's quorum rule ("beslutsförhet"): every condition given must hold. */
export type QuorumRule = {
  __typename?: 'QuorumRule';
  createdAt: Scalars['DateTime']['output'];
  /** The rule in Swedish, written by the server. */
  description: Scalars['String']['output'];
  /** Every region holding a voting seat is present through a member or a serving deputy. */
  everyRegionPresent: Scalars['Boolean']['output'];
  /** At least this many voting seats filled (member present or a deputy serving for them). */
  minPresent?: Maybe<Scalars['Int']['output']>;
  /** At least this share (0 < x ≤ 1) of the voting seats filled. */
  minShare?: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};

/** Replaces the whole roll call and sets the meeting HELD; members of the group on the day who are not listed are recorded absent. */
export type RecordRollCallInput = {
  entries: Array<RollCallEntryInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  meetingId: Scalars['ID']['input'];
  /** Omitted: the others present stay as recorded. */
  othersPresent?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A change of form: the predecessors end the day before takesEffectOn, the successors go on. */
export type RecordSuccessionInput = {
  kind: SuccessionKind;
  memberTerms: MemberTermsOnSuccession;
  /** E.g. the decision behind the change. */
  note?: InputMaybe<Scalars['String']['input']>;
  predecessorIds: Array<Scalars['ID']['input']>;
  successorIds: Array<Scalars['ID']['input']>;
  /** The successors' first day; the predecessors' last day is the day before. */
  takesEffectOn: Scalars['Date']['input'];
};

/** A region, e.g. Region Norrbotten. */
export type Region = {
  __typename?: 'Region';
  /** SCB's county code (länskod), e.g. 25 for Norrbotten. */
  code: Scalars['String']['output'];
  healthcareRegion: HealthcareRegion;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Inhabitants: this year's figure by the year rule (else the latest earlier, else the earliest later). */
  population: Scalars['Int']['output'];
  /** The figure a report in this year uses, by the year rule; 0 when none. */
  populationIn: Scalars['Int']['output'];
  /** The region's figures, one per year, oldest first. */
  populations: Array<RegionPopulation>;
  /** Whether the signed-in user is this region's representative: the region's own view then speaks of "our" seats. */
  viewerRepresents: Scalars['Boolean']['output'];
};


/** A region, e.g. Region Norrbotten. */
export type RegionPopulationInArgs = {
  year: Scalars['Int']['input'];
};

/** The attendance of one region's voting seats in a year. */
export type RegionAttendance = {
  __typename?: 'RegionAttendance';
  expected: Scalars['Int']['output'];
  present: Scalars['Int']['output'];
  region: Region;
  share?: Maybe<Scalars['Float']['output']>;
};

/** A region's population in one year, as kept by the coordinators. */
export type RegionPopulation = {
  __typename?: 'RegionPopulation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Inhabitants on 31 December of the year. */
  population: Scalars['Int']['output'];
  region: Region;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One region's seats in a representation report. */
export type RegionShare = {
  __typename?: 'RegionShare';
  /** (share − populationShare) in percentage points: above 0 the region holds more than its population share. */
  gapPoints: Scalars['Float']['output'];
  /** The region's population the report uses: its figure of populationYear. */
  population: Scalars['Int']['output'];
  /** The region's population / the healthcare region's population. */
  populationShare: Scalars['Float']['output'];
  /** The year whose figure the report uses: the report day's year, else the latest earlier year with a figure, else the earliest later one. */
  populationYear: Scalars['Int']['output'];
  region: Region;
  seats: Scalars['Int']['output'];
  /** seats / totalSeats, 0 when there are no seats. */
  share: Scalars['Float']['output'];
};

/** The shares and every goal of the healthcare region, before and after the previewed changes. */
export type RepresentationImpact = {
  __typename?: 'RepresentationImpact';
  after: RepresentationReport;
  before: RepresentationReport;
  goals: Array<GoalImpact>;
};

/** Appointments and endings to preview; nothing is written. */
export type RepresentationImpactInput = {
  appoint?: Array<PlannedAppointment>;
  /** The day the changes would take effect. */
  asOf: Scalars['Date']['input'];
  /** Memberships that would end the day before asOf. */
  endMembershipIds?: Array<Scalars['ID']['input']>;
  healthcareRegionId: Scalars['ID']['input'];
  roles?: InputMaybe<Array<MemberRole>>;
  tiers?: InputMaybe<Array<Tier>>;
  types?: InputMaybe<Array<GroupType>>;
};

/** How a healthcare region's seats are shared between its regions on one day. */
export type RepresentationReport = {
  __typename?: 'RepresentationReport';
  asOf: Scalars['Date']['output'];
  /** Seats counted under the same filter that represent an organisation lying in one of the healthcare region's regions, most seats first; beside the regions' seats, not in totalSeats or shares. */
  organisationSeats: Array<OrganisationSeats>;
  /** One row per region of the healthcare region, zero seats included. */
  shares: Array<RegionShare>;
  totalSeats: Scalars['Int']['output'];
};

export type RollCallEntryInput = {
  personId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
  /** A present deputy serving for this (absent) voting member. */
  servingForPersonId?: InputMaybe<Scalars['ID']['input']>;
};

export type RuleSeverity =
  /** Bör: a group that breaks it is amber. */
  | 'ADVISORY'
  /** Ska: a group that breaks it is red. */
  | 'REQUIRED';

export type SeatAllocationInput = {
  /** For national groups: the healthcare region the seats belong to. */
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  /** For healthcare-regional and local groups: the region the seats belong to. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  seats: Scalars['Int']['input'];
};

/** A healthcare region (national groups) or region (the others) that can hold a group's seats, with its declared seats. */
export type SeatOwner = {
  __typename?: 'SeatOwner';
  /** Set for a national group: pass it back as SeatAllocationInput.healthcareRegionId. */
  healthcareRegionId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** Set below the national tier: pass it back as SeatAllocationInput.regionId. */
  regionId?: Maybe<Scalars['ID']['output']>;
  seats: Scalars['Int']['output'];
};

/** How much one more seat for a region would move the shares towards population parity. */
export type SeatRecommendation = {
  __typename?: 'SeatRecommendation';
  populationShare: Scalars['Float']['output'];
  /** Sainte-Laguë quotient: population / (2 × seats + 1); the highest gets the next seat. */
  quotient: Scalars['Float']['output'];
  /** 1 is the region that should get the next seat. */
  rank: Scalars['Int']['output'];
  /** Why, in Swedish. */
  reason: Scalars['String']['output'];
  region: Region;
  seats: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
  /** The share if this region got the seat. */
  shareIfAppointed: Scalars['Float']['output'];
};

/** One allocation of seats on one day: held and vacant. */
export type SeatStatus = {
  __typename?: 'SeatStatus';
  /** Chair, vice chair and member seats held by members representing the allocation. */
  filled: Scalars['Int']['output'];
  group: Group;
  healthcareRegion?: Maybe<HealthcareRegion>;
  id: Scalars['ID']['output'];
  /** The undecided nomination that would fill this seat: link to it rather than open a second. */
  openNomination?: Maybe<Nomination>;
  region?: Maybe<Region>;
  seats: Scalars['Int']['output'];
  /** seats − filled, never below 0. */
  vacant: Scalars['Int']['output'];
};

/** Replaces the agenda; the items take positions 1..n in the order given. */
export type SetAgendaInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  items: Array<AgendaItemInput>;
  meetingId: Scalars['ID']['input'];
};

/** Replaces a group's declared seats. */
export type SetGroupSeatsInput = {
  allocations: Array<SeatAllocationInput>;
  groupId: Scalars['ID']['input'];
};

/** Every condition given must hold; give minPresent, minShare or both. */
export type SetQuorumRuleInput = {
  everyRegionPresent: Scalars['Boolean']['input'];
  /** The rule's version; omit when the group has no rule yet. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  groupId: Scalars['ID']['input'];
  minPresent?: InputMaybe<Scalars['Int']['input']>;
  /** 0 < minShare ≤ 1. */
  minShare?: InputMaybe<Scalars['Float']['input']>;
};

/** Sets one region's population in one year. */
export type SetRegionPopulationInput = {
  /** The figure's version as read; a figure changed since is refused with STALE_VERSION. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  population: Scalars['Int']['input'];
  regionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type SetUserPasswordInput = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};

/** A goal for how a healthcare region's seats are shared between its regions. */
export type ShareGoal = {
  __typename?: 'ShareGoal';
  baselineDate: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** asOf defaults to the target date. */
  evaluation: GoalEvaluation;
  healthcareRegion: HealthcareRegion;
  id: Scalars['ID']['output'];
  kind: ShareGoalKind;
  /** The rule of each of the goal's levels, in Swedish. */
  levelRules: GoalLevelRules;
  /** MAX_SHARE: the largest allowed share, from 0 to 1. */
  maxShare?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** The goal's number in the healthcare region's goal framework ("Mål 1"); the annual report follows up numbered goals. */
  number?: Maybe<Scalars['Int']['output']>;
  regions: Array<Region>;
  targetDate: Scalars['Date']['output'];
  /** The tiers whose seats count. */
  tiers: Array<Tier>;
  /** POPULATION_PARITY: the allowed gap to the population share, in percentage points. */
  tolerancePoints?: Maybe<Scalars['Float']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};


/** A goal for how a healthcare region's seats are shared between its regions. */
export type ShareGoalEvaluationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ShareGoalKind =
  /** Met when every listed region's share on asOf is greater than on baselineDate (NRF goal 1). */
  | 'INCREASE_SHARE'
  /** Met when every listed region's share is at most `maxShare`. */
  | 'MAX_SHARE'
  /** Met when every listed region's share is within `tolerancePoints` percentage points of its population share. */
  | 'POPULATION_PARITY';

/** CSV is UTF-8 with BOM and semicolons, as Swedish Excel opens it. */
export type SpreadsheetFormat =
  | 'CSV'
  | 'XLSX';

export type SuccessionKind =
  /** Sammanslagning: several groups become one (RCC Norr into RPO Cancer). */
  | 'MERGER'
  /** Delning: one group becomes several. */
  | 'SPLIT'
  /** Ombildning: one group becomes another, often of another type (expert group → LAG). */
  | 'TRANSFORMATION';

/** What one recorded change did. */
export type SuccessionResult = {
  __typename?: 'SuccessionResult';
  /** New terms in the successor continuing ended ones. */
  carriedOverTerms: Scalars['Int']['output'];
  /** Predecessors' terms that ended (or, not yet begun, were archived). */
  endedTerms: Scalars['Int']['output'];
  links: Array<GroupSuccession>;
  successionId: Scalars['ID']['output'];
};

/** The three mirrored tiers of knowledge governance. */
export type Tier =
  /** Sjukvårdsregional nivå: adapt and coordinate. */
  | 'HEALTHCARE_REGION'
  /** Lokal/regional nivå: adapt and implement. */
  | 'LOCAL'
  /** Nationell nivå: produce and maintain knowledge support. */
  | 'NATIONAL';

/** A subject followed across agendas, from a list the coordinators keep. */
export type Topic = {
  __typename?: 'Topic';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Stable key, e.g. "nara-vard". */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it back as expectedVersion to detect lost updates. */
  version: Scalars['Int']['output'];
};

/** The spacing of the points of a trend. */
export type TrendInterval =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Records a candidate's approvals and review; only the fields given change. */
export type UpdateCandidateInput = {
  competence?: InputMaybe<Scalars['String']['input']>;
  conflictOfInterestDeclared?: InputMaybe<Scalars['Boolean']['input']>;
  declarationReviewed?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  managerApproved?: InputMaybe<Scalars['Boolean']['input']>;
  motivation?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCompositionRuleInput = {
  careLevels?: InputMaybe<Array<CareLevel>>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  minCount?: InputMaybe<Scalars['Int']['input']>;
  minShare?: InputMaybe<Scalars['Float']['input']>;
  severity?: InputMaybe<RuleSeverity>;
  years?: InputMaybe<Scalars['Int']['input']>;
};

/** Replaces what is given; the earlier state is kept as a revision. */
export type UpdateDialogueInput = {
  actions?: InputMaybe<Array<ActionInput>>;
  answers?: InputMaybe<Array<AnswerInput>>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Only the fields given change; the year and key stay. */
export type UpdateDialogueQuestionInput = {
  appliesTo?: InputMaybe<Array<GroupType>>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  universityHealthcareOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Only the fields given change; recipientGroupId and reference may be set to null. */
export type UpdateFeedbackRecordInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  givenOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  recipient?: InputMaybe<FeedbackRecipient>;
  recipientGroupId?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; give null to clear an optional field. */
export type UpdateGroupInput = {
  counterpartId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you edited; a newer one in the register is a CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  mandate?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<GroupStatus>;
  universityHealthcare?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Only the fields given change. */
export type UpdateMeetingInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<MeetingKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MeetingStatus>;
};

/** Corrects a membership; only the fields given change. To end a term use endMembership. */
export type UpdateMembershipInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The day the declaration of interests was last reviewed; not in the future. */
  interestsReviewedOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: kept, or the new role's default when the role changes. */
  participation?: InputMaybe<Participation>;
  /** The organisation whose seat this is (a municipal or patient organisation seat), instead of a region. */
  representedOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  representedRegionId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<MemberRole>;
  /** A deputy's member: a voting seat of the same group at the time. */
  standsInForId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Only the fields given change (null clears an optional one); the kind and healthcare region stay. */
export type UpdateOperationalGoalInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  feedbackGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  feedbackToSkr?: InputMaybe<Scalars['Boolean']['input']>;
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  partlyThreshold?: InputMaybe<Scalars['Float']['input']>;
  questionKey?: InputMaybe<Scalars['String']['input']>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change; give regionId null to clear it. */
export type UpdateOrganisationInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OrganisationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change; give null to clear an optional field. */
export type UpdatePersonInput = {
  careLevel?: InputMaybe<CareLevel>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** An organisation other than a region that employs the person; not together with employerRegionId. */
  employerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  employerRegionId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  gender?: InputMaybe<Gender>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Profession, e.g. "Läkare". */
  profession?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateShareGoalInput = {
  baselineDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  maxShare?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  tiers?: InputMaybe<Array<Tier>>;
  tolerancePoints?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateTopicInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** Fields left out keep their value. */
export type UpdateUserInput = {
  /** false deactivates the user and ends their sessions. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  /** The region of a REGION_REPRESENTATIVE; ignored for other roles. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<UserRole>;
};

/** Someone who signs in to the registry. */
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** The healthcare region the pages open on: that of the user's region, else the register's home healthcare region (HOME_HEALTHCARE_REGION). Null only before the reference data is seeded. */
  homeHealthcareRegion?: Maybe<HealthcareRegion>;
  id: Scalars['ID']['output'];
  permissions: UserPermissions;
  /** The region a region representative speaks for. */
  region?: Maybe<Region>;
  role: UserRole;
};

/** What a user's role lets them do; the API refuses the rest with FORBIDDEN. */
export type UserPermissions = {
  __typename?: 'UserPermissions';
  /** Add persons (a region representative those employed by their region). */
  addPersons: Scalars['Boolean']['output'];
  /** Change groups, memberships, goals, seats and nominations. */
  editRegister: Scalars['Boolean']['output'];
  /** Produce register extracts, erase persons and review them for erasure. */
  handlePersonalData: Scalars['Boolean']['output'];
  logDialogues: Scalars['Boolean']['output'];
  manageUsers: Scalars['Boolean']['output'];
  /** Propose candidates (a region representative for their own region). */
  proposeCandidates: Scalars['Boolean']['output'];
};

export type UserRole =
  /** Manages users, and everything a coordinator does. */
  | 'ADMIN'
  /** The NRF office: keeps the register and runs nominations. */
  | 'COORDINATOR'
  /** Logs follow-up dialogues, their answers and actions. */
  | 'DIALOGUE_LEAD'
  /** Reads everything; proposes candidates for their own region. */
  | 'REGION_REPRESENTATIVE'
  /** Reads only. */
  | 'VIEWER';

/** What a user role means in the register, so that clients need not repeat the rules. */
export type UserRoleInfo = {
  __typename?: 'UserRoleInfo';
  /** Whether a user of the role speaks for one region, which createUser and updateUser then require. */
  needsRegion: Scalars['Boolean']['output'];
  role: UserRole;
};

export type VacancyFilter = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Seats of this healthcare region or of one of its regions. */
  healthcareRegionId?: InputMaybe<Scalars['ID']['input']>;
  /** Seats of this region or of its healthcare region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<Tier>;
};

export type SessionUserFragment = { __typename?: 'User', id: string, email: string, role: UserRole, region?: { __typename?: 'Region', id: string, name: string } | null, homeHealthcareRegion?: { __typename?: 'HealthcareRegion', id: string } | null, permissions: { __typename?: 'UserPermissions', editRegister: boolean, proposeCandidates: boolean, addPersons: boolean, logDialogues: boolean, manageUsers: boolean, handlePersonalData: boolean } } & { ' $fragmentName'?: 'SessionUserFragment' };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: (
    { __typename?: 'User' }
    & { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } }
  ) };

export type AddMembershipFormQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type AddMembershipFormQuery = { __typename?: 'Query', memberRoles: Array<{ __typename?: 'MemberRoleInfo', role: MemberRole, representsRegion: boolean, representsOrganisation: boolean, defaultParticipation: Participation }>, group?: { __typename?: 'Group', id: string, eligibleRegions: Array<{ __typename?: 'Region', id: string, name: string }> } | null };

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AddMembershipMutation = { __typename?: 'Mutation', addMembership: { __typename?: 'Membership', id: string, person: { __typename?: 'Person', id: string, name: string } } };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', id: string, key: string, name: string, version: number }> };

export type SetAgendaMutationVariables = Exact<{
  input: SetAgendaInput;
}>;


export type SetAgendaMutation = { __typename?: 'Mutation', setAgenda: { __typename?: 'Meeting', id: string, version: number, agenda: Array<(
      { __typename?: 'AgendaItem' }
      & { ' $fragmentRefs'?: { 'AgendaList_ItemFragment': AgendaList_ItemFragment } }
    )> } };

export type AgendaList_ItemFragment = { __typename?: 'AgendaItem', id: string, position: number, title: string, decision?: string | null, paragraph?: string | null, topics: Array<{ __typename?: 'Topic', id: string, name: string }> } & { ' $fragmentName'?: 'AgendaList_ItemFragment' };

export type AuditHistoryQueryVariables = Exact<{
  entityType: AuditEntityType;
  entityId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditHistoryQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, at: string, actorLabel: string, operation: string, entityType: AuditEntityType, changes: Array<{ __typename?: 'AuditFieldChange', field: string, before?: string | null, after?: string | null }> } }> } };

export type CandidateCard_CandidateFragment = { __typename?: 'Candidate', id: string, version: number, withdrawnAt?: string | null, appointed: boolean, managerApproved: boolean, conflictOfInterestDeclared: boolean, declarationReviewed: boolean, running: boolean, motivation?: string | null, title?: string | null, viewerMay: { __typename?: 'CandidateActions', edit: boolean, reviewDeclaration: boolean, withdraw: boolean }, person: { __typename?: 'Person', id: string, name: string }, representedRegion: { __typename?: 'Region', id: string, name: string } } & { ' $fragmentName'?: 'CandidateCard_CandidateFragment' };

export type UpdateCandidateMutationVariables = Exact<{
  input: UpdateCandidateInput;
}>;


export type UpdateCandidateMutation = { __typename?: 'Mutation', updateCandidate: { __typename?: 'Candidate', id: string, version: number, managerApproved: boolean, conflictOfInterestDeclared: boolean, declarationReviewed: boolean } };

export type WithdrawCandidateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawCandidateMutation = { __typename?: 'Mutation', withdrawCandidate: { __typename?: 'Candidate', id: string, withdrawnAt?: string | null, running: boolean, viewerMay: { __typename?: 'CandidateActions', edit: boolean, reviewDeclaration: boolean, withdraw: boolean } } };

export type CandidateImpactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CandidateImpactQuery = { __typename?: 'Query', candidate?: { __typename?: 'Candidate', id: string, impact: { __typename?: 'RepresentationImpact', before: { __typename?: 'RepresentationReport', shares: Array<{ __typename?: 'RegionShare', share: number, region: { __typename?: 'Region', id: string, name: string } }> }, after: { __typename?: 'RepresentationReport', shares: Array<{ __typename?: 'RegionShare', share: number, region: { __typename?: 'Region', id: string } }> }, goals: Array<{ __typename?: 'GoalImpact', affected: boolean, affectedRegionIds: Array<string>, goal: { __typename?: 'ShareGoal', id: string, name: string }, before: { __typename?: 'GoalEvaluation', met: boolean, rows: Array<{ __typename?: 'GoalRow', share: number, populationShare: number, gapPoints: number, region: { __typename?: 'Region', id: string, name: string } }> }, after: { __typename?: 'GoalEvaluation', met: boolean, rows: Array<{ __typename?: 'GoalRow', share: number, populationShare: number, gapPoints: number, region: { __typename?: 'Region', id: string } }> } }> } } | null };

export type CompositionCheckView_CheckFragment = { __typename?: 'CompositionCheck', status: CompositionStatus, message: string, suggestedRole?: MemberRole | null, suggestedRegions: Array<{ __typename?: 'Region', id: string }>, rule: { __typename?: 'CompositionRule', id: string, kind: CompositionRuleKind, severity: RuleSeverity } } & { ' $fragmentName'?: 'CompositionCheckView_CheckFragment' };

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { __typename?: 'Mutation', updateMembership: (
    { __typename?: 'Membership', id: string }
    & { ' $fragmentRefs'?: { 'MembersTable_MembershipFragment': MembersTable_MembershipFragment } }
  ) };

export type DecideNominationMutationVariables = Exact<{
  input: DecideNominationInput;
}>;


export type DecideNominationMutation = { __typename?: 'Mutation', decideNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type DecisionWarningsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  appointCandidateIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DecisionWarningsQuery = { __typename?: 'Query', nomination?: { __typename?: 'Nomination', id: string, warnings: Array<{ __typename?: 'NominationWarning', code: string, message: string }> } | null };

export type DialogueAnswersSection_QuestionFragment = { __typename?: 'DialogueQuestion', id: string, key: string, text: string, goal?: string | null } & { ' $fragmentName'?: 'DialogueAnswersSection_QuestionFragment' };

export type DialogueFormQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  heldOn?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DialogueFormQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, name: string, type: GroupType, dialogues: Array<{ __typename?: 'Dialogue', id: string, year: number, heldOn: string }>, dialogueQuestions: Array<(
      { __typename?: 'DialogueQuestion' }
      & { ' $fragmentRefs'?: { 'DialogueAnswersSection_QuestionFragment': DialogueAnswersSection_QuestionFragment } }
    )>, memberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, person: { __typename?: 'Person', id: string, name: string } }>, openDialogueActions: Array<{ __typename?: 'DialogueAction', id: string, description: string, ownerName: string, dueDate?: string | null }> } | null };

export type UpdateDialogueMutationVariables = Exact<{
  input: UpdateDialogueInput;
}>;


export type UpdateDialogueMutation = { __typename?: 'Mutation', updateDialogue: { __typename?: 'Dialogue', id: string, version: number } };

export type ExpiringTermsQueryVariables = Exact<{
  withinDays: Scalars['Int']['input'];
}>;


export type ExpiringTermsQuery = { __typename?: 'Query', expiringMemberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, endDate?: string | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, person: { __typename?: 'Person', id: string, name: string }, representedRegion?: { __typename?: 'Region', id: string, name: string } | null }> };

export type OpenRenewalNominationMutationVariables = Exact<{
  input: OpenRenewalInput;
}>;


export type OpenRenewalNominationMutation = { __typename?: 'Mutation', openRenewalNomination: { __typename?: 'Nomination', id: string } };

export type ExportListQueryVariables = Exact<{
  input: ExportInput;
}>;


export type ExportListQuery = { __typename?: 'Query', exportList: { __typename?: 'ExportedFile', fileName: string, contentType: string, base64: string } };

export type GoalCard_EvaluationFragment = { __typename?: 'GoalEvaluation', asOf: string, verdict: GoalVerdict, rows: Array<{ __typename?: 'GoalRow', baselineShare: number, share: number, change: number, populationShare: number, gapPoints: number, met: boolean, region: { __typename?: 'Region', id: string, name: string } }> } & { ' $fragmentName'?: 'GoalCard_EvaluationFragment' };

export type GoalCard_GoalFragment = { __typename?: 'ShareGoal', id: string, number?: number | null, name: string, kind: ShareGoalKind, baselineDate: string, targetDate: string, tolerancePoints?: number | null, maxShare?: number | null, levelRules: (
    { __typename?: 'GoalLevelRules' }
    & { ' $fragmentRefs'?: { 'GoalLevelRules_RulesFragment': GoalLevelRules_RulesFragment } }
  ) } & { ' $fragmentName'?: 'GoalCard_GoalFragment' };

export type GoalLevelRules_RulesFragment = { __typename?: 'GoalLevelRules', met: string, partlyMet?: string | null, notMet: string } & { ' $fragmentName'?: 'GoalLevelRules_RulesFragment' };

export type GroupComboSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupComboSearchQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, edges: Array<{ __typename?: 'GroupEdge', cursor: string, node: { __typename?: 'Group', id: string, name: string, type: GroupType } }> } };

export type GroupComboChosenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupComboChosenQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, name: string, type: GroupType } | null };

export type GroupCompositionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type GroupCompositionQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, name: string, type: GroupType, status: GroupStatus, composition: { __typename?: 'GroupComposition', asOf: string, status: CompositionStatus, checks: Array<(
        { __typename?: 'CompositionCheck' }
        & { ' $fragmentRefs'?: { 'CompositionCheckView_CheckFragment': CompositionCheckView_CheckFragment } }
      )> } } | null };

export type GroupTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupTypesQuery = { __typename?: 'Query', groupTypes: Array<{ __typename?: 'GroupTypeInfo', type: GroupType, tier: Tier, parentType?: GroupType | null, counterpartType?: GroupType | null, takesHealthcareRegion: boolean, takesRegion: boolean }> };

export type GroupLineageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupLineageQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, name: string, type: GroupType, lineageGroupIds: Array<string>, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string } | null, region?: { __typename?: 'Region', id: string, healthcareRegion: { __typename?: 'HealthcareRegion', id: string } } | null, predecessors: Array<{ __typename?: 'GroupSuccession', id: string, kind: SuccessionKind, takesEffectOn: string, note?: string | null, predecessor: { __typename?: 'Group', id: string, name: string, type: GroupType, status: GroupStatus } }>, successors: Array<{ __typename?: 'GroupSuccession', id: string, kind: SuccessionKind, takesEffectOn: string, note?: string | null, successor: { __typename?: 'Group', id: string, name: string, type: GroupType, status: GroupStatus } }> } | null };

export type GroupMeetingsQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type GroupMeetingsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, quorumRule?: (
      { __typename?: 'QuorumRule', description: string }
      & { ' $fragmentRefs'?: { 'QuorumRuleForm_RuleFragment': QuorumRuleForm_RuleFragment } }
    ) | null } | null, meetings: Array<{ __typename?: 'Meeting', id: string, date: string, kind: MeetingKind, status: MeetingStatus, quorum: { __typename?: 'MeetingQuorum', quorate: boolean, partialAbsence: boolean, filled: number, votingSeats: number } }>, meetingYear: (
    { __typename?: 'MeetingYear' }
    & { ' $fragmentRefs'?: { 'MeetingYearFigures_YearFragment': MeetingYearFigures_YearFragment } }
  ) };

export type GroupSeatOwnersQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type GroupSeatOwnersQuery = { __typename?: 'Query', groupSeatOwners: Array<{ __typename?: 'SeatOwner', healthcareRegionId?: string | null, regionId?: string | null, name: string, seats: number }> };

export type SetGroupSeatsMutationVariables = Exact<{
  input: SetGroupSeatsInput;
}>;


export type SetGroupSeatsMutation = { __typename?: 'Mutation', setGroupSeats: Array<{ __typename?: 'SeatStatus', id: string, seats: number, filled: number, vacant: number }> };

export type GroupChoicesQueryVariables = Exact<{
  filter?: InputMaybe<GroupFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupChoicesQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'GroupEdge', cursor: string, node: { __typename?: 'Group', id: string, name: string, type: GroupType, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string, name: string } | null, region?: { __typename?: 'Region', id: string, name: string } | null } }> } };

export type GroupTree_GroupFragment = { __typename?: 'Group', id: string, name: string, type: GroupType, kind: GroupKind, status: GroupStatus, universityHealthcare: boolean, parent?: { __typename?: 'Group', id: string } | null, counterpart?: { __typename?: 'Group', id: string, name: string, type: GroupType } | null } & { ' $fragmentName'?: 'GroupTree_GroupFragment' };

export type ImportMappingStep_JobFragment = { __typename?: 'ImportJob', fileName: string, rowCount: number, header: Array<string>, fields: Array<{ __typename?: 'ImportFieldInfo', key: string, label: string, required: boolean }> } & { ' $fragmentName'?: 'ImportMappingStep_JobFragment' };

export type ImportResultFieldsFragment = { __typename?: 'ImportResult', kind: ImportKind, dryRun: boolean, total: number, created: number, changed: number, unchanged: number, refused: number, rows: Array<{ __typename?: 'ImportRowResult', line: number, status: ImportRowStatus, label: string, changes: Array<string>, problem?: { __typename?: 'ImportProblem', column?: string | null, reason: string, message: string, params?: any | null } | null }> } & { ' $fragmentName'?: 'ImportResultFieldsFragment' };

export type LineageTrendQueryVariables = Exact<{
  healthcareRegionId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  groupIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type LineageTrendQuery = { __typename?: 'Query', representationTrend: Array<{ __typename?: 'RepresentationReport', asOf: string, totalSeats: number, shares: Array<{ __typename?: 'RegionShare', populationShare: number, seats: number, share: number, region: { __typename?: 'Region', id: string, name: string } }> }> };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'Meeting', id: string, version: number, date: string, kind: MeetingKind, status: MeetingStatus, note?: string | null, quorum: (
      { __typename?: 'MeetingQuorum' }
      & { ' $fragmentRefs'?: { 'QuorumOutcome_QuorumFragment': QuorumOutcome_QuorumFragment } }
    ) } };

export type MeetingYearFigures_YearFragment = { __typename?: 'MeetingYear', year: number, scheduled: number, counted: number, held: number, quorate: number, partialAbsence: number, cancelledNoQuorum: number, cancelled: number, extra: number, quorateShare?: number | null } & { ' $fragmentName'?: 'MeetingYearFigures_YearFragment' };

export type MembersTable_MembershipFragment = { __typename?: 'Membership', id: string, version: number, role: MemberRole, participation: Participation, startDate: string, endDate?: string | null, note?: string | null, interestsReviewedOn?: string | null, person: { __typename?: 'Person', id: string, name: string, title?: string | null }, representedRegion?: { __typename?: 'Region', id: string, name: string } | null, representedOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, standsInFor?: { __typename?: 'Membership', id: string, person: { __typename?: 'Person', id: string, name: string } } | null } & { ' $fragmentName'?: 'MembersTable_MembershipFragment' };

export type EndMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EndMembershipMutation = { __typename?: 'Mutation', endMembership: { __typename?: 'Membership', id: string, version: number, endDate?: string | null } };

export type ArchiveMembershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveMembershipMutation = { __typename?: 'Mutation', archiveMembership: { __typename?: 'Membership', id: string, archivedAt?: string | null } };

export type VotingMembersQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type VotingMembersQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, memberships: Array<{ __typename?: 'Membership', id: string, votingSeat: boolean, person: { __typename?: 'Person', id: string, name: string } }> } | null };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting: { __typename?: 'Meeting', id: string, date: string } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'Person', id: string, name: string } };

export type NominationCandidates_ActionsFragment = { __typename?: 'NominationActions', proposeCandidate: boolean } & { ' $fragmentName'?: 'NominationCandidates_ActionsFragment' };

export type NominationHeader_NominationFragment = { __typename?: 'Nomination', status: NominationStatus, role: MemberRole, dueDate: string, decisionReference?: string | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType, eligibleRegions: Array<{ __typename?: 'Region', id: string, name: string }> } } & { ' $fragmentName'?: 'NominationHeader_NominationFragment' };

export type NominationHistory_EventFragment = { __typename?: 'NominationEvent', id: string, action: NominationAction, status: NominationStatus, detail?: string | null, at: string, actor?: { __typename?: 'User', email: string } | null } & { ' $fragmentName'?: 'NominationHistory_EventFragment' };

export type NominationSteps_ActionsFragment = { __typename?: 'NominationActions', moveToReview: boolean, cancel: boolean } & { ' $fragmentName'?: 'NominationSteps_ActionsFragment' };

export type MoveNominationToReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MoveNominationToReviewMutation = { __typename?: 'Mutation', moveNominationToReview: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type CancelNominationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelNominationMutation = { __typename?: 'Mutation', cancelNomination: { __typename?: 'Nomination', id: string, status: NominationStatus } };

export type OpenNominationRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenNominationRolesQuery = { __typename?: 'Query', memberRoles: Array<{ __typename?: 'MemberRoleInfo', role: MemberRole }> };

export type EligibleRegionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EligibleRegionsQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, eligibleRegions: Array<{ __typename?: 'Region', id: string, name: string }> } | null };

export type OpenNominationMutationVariables = Exact<{
  input: OpenNominationInput;
}>;


export type OpenNominationMutation = { __typename?: 'Mutation', openNomination: { __typename?: 'Nomination', id: string } };

export type OperationalGoalCard_GoalFragment = { __typename?: 'OperationalGoal', id: string, number: number, name: string, kind: OperationalGoalKind, levelRules: (
    { __typename?: 'GoalLevelRules' }
    & { ' $fragmentRefs'?: { 'GoalLevelRules_RulesFragment': GoalLevelRules_RulesFragment } }
  ) } & { ' $fragmentName'?: 'OperationalGoalCard_GoalFragment' };

export type OperationalGoalCard_OutcomeFragment = { __typename?: 'GoalOutcome', year: number, verdict: GoalVerdict, text: string, figures: Array<{ __typename?: 'GoalFigure', label: string, value: number, unit?: string | null }> } & { ' $fragmentName'?: 'OperationalGoalCard_OutcomeFragment' };

export type OperationalGoalsAdminQueryVariables = Exact<{
  healthcareRegionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type OperationalGoalsAdminQuery = { __typename?: 'Query', operationalGoals: Array<(
    { __typename?: 'OperationalGoal', version: number, threshold?: number | null, partlyThreshold?: number | null, feedbackToSkr: boolean, questionKey?: string | null, groups: Array<{ __typename?: 'Group', id: string }>, topic?: { __typename?: 'Topic', id: string } | null, feedbackGroups: Array<{ __typename?: 'Group', id: string }>, outcome: (
      { __typename?: 'GoalOutcome' }
      & { ' $fragmentRefs'?: { 'OperationalGoalCard_OutcomeFragment': OperationalGoalCard_OutcomeFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'OperationalGoalCard_GoalFragment': OperationalGoalCard_GoalFragment } }
  )>, topics: Array<{ __typename?: 'Topic', id: string, name: string }>, dialogueQuestions: Array<{ __typename?: 'DialogueQuestion', id: string, key: string, text: string }> };

export type CreateOperationalGoalMutationVariables = Exact<{
  input: CreateOperationalGoalInput;
}>;


export type CreateOperationalGoalMutation = { __typename?: 'Mutation', createOperationalGoal: { __typename?: 'OperationalGoal', id: string, name: string } };

export type UpdateOperationalGoalMutationVariables = Exact<{
  input: UpdateOperationalGoalInput;
}>;


export type UpdateOperationalGoalMutation = { __typename?: 'Mutation', updateOperationalGoal: { __typename?: 'OperationalGoal', id: string, name: string, version: number } };

export type DeleteOperationalGoalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOperationalGoalMutation = { __typename?: 'Mutation', deleteOperationalGoal: boolean };

export type PersonContinuedTermsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonContinuedTermsQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, memberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, startDate: string, endDate?: string | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, continuedBy?: { __typename?: 'Membership', id: string, startDate: string, group: { __typename?: 'Group', id: string, name: string, type: GroupType } } | null }> } | null };

export type PersonFormerRecordsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonFormerRecordsQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, mergedInto?: { __typename?: 'Person', id: string, name: string } | null, formerRecords: Array<{ __typename?: 'Person', id: string, name: string }> } | null };

export type PersonPickerSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PersonPickerSearchQuery = { __typename?: 'Query', persons: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', cursor: string, node: { __typename?: 'Person', id: string, name: string, title?: string | null, employerRegion?: { __typename?: 'Region', id: string, name: string } | null } }> } };

export type SetRegionPopulationMutationVariables = Exact<{
  input: SetRegionPopulationInput;
}>;


export type SetRegionPopulationMutation = { __typename?: 'Mutation', setRegionPopulation: { __typename?: 'RegionPopulation', id: string, year: number, population: number, version: number, region: { __typename?: 'Region', id: string, population: number } } };

export type PopulationHistoryQueryVariables = Exact<{
  regionId: Scalars['ID']['input'];
}>;


export type PopulationHistoryQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, at: string, actorLabel: string, operation: string, before?: any | null, after?: any | null } }> } };

export type ImportRegionPopulationsMutationVariables = Exact<{
  input: ImportRegionPopulationsInput;
}>;


export type ImportRegionPopulationsMutation = { __typename?: 'Mutation', importRegionPopulations: { __typename?: 'PopulationImport', year: number, applied: boolean, rows: Array<{ __typename?: 'PopulationImportRow', line: number, regionCode: string, population: number, previous?: number | null, region: { __typename?: 'Region', id: string, name: string } }> } };

export type ProposeCandidateForm_RegionFragment = { __typename?: 'Region', id: string, name: string } & { ' $fragmentName'?: 'ProposeCandidateForm_RegionFragment' };

export type ProposeCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type ProposeCandidateMutation = { __typename?: 'Mutation', proposeCandidate: { __typename?: 'Candidate', id: string } };

export type QuorumOutcome_QuorumFragment = { __typename?: 'MeetingQuorum', counts: boolean, quorate: boolean, votingSeats: number, filled: number, absent: number, partialAbsence: boolean, explanation: string, regionsMissing: Array<{ __typename?: 'Region', id: string, name: string }> } & { ' $fragmentName'?: 'QuorumOutcome_QuorumFragment' };

export type QuorumRuleForm_RuleFragment = { __typename?: 'QuorumRule', minPresent?: number | null, minShare?: number | null, everyRegionPresent: boolean, description: string, version: number } & { ' $fragmentName'?: 'QuorumRuleForm_RuleFragment' };

export type SetQuorumRuleMutationVariables = Exact<{
  input: SetQuorumRuleInput;
}>;


export type SetQuorumRuleMutation = { __typename?: 'Mutation', setQuorumRule: { __typename?: 'Group', id: string, quorumRule?: (
      { __typename?: 'QuorumRule', description: string }
      & { ' $fragmentRefs'?: { 'QuorumRuleForm_RuleFragment': QuorumRuleForm_RuleFragment } }
    ) | null } };

export type RollCallTable_AttendanceFragment = { __typename?: 'Attendance', present: boolean, votingSeat: boolean, person: { __typename?: 'Person', id: string, name: string }, servingFor?: { __typename?: 'Person', id: string, name: string } | null, membership: { __typename?: 'Membership', id: string, role: MemberRole, representedRegion?: { __typename?: 'Region', id: string, name: string } | null } } & { ' $fragmentName'?: 'RollCallTable_AttendanceFragment' };

export type SeatAdviceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  healthcareRegionId: Scalars['ID']['input'];
}>;


export type SeatAdviceQuery = { __typename?: 'Query', nomination?: { __typename?: 'Nomination', id: string, recommendation: Array<{ __typename?: 'SeatRecommendation', rank: number, reason: string, region: { __typename?: 'Region', id: string, name: string } }> } | null };

export type GoalsAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type GoalsAdminQuery = { __typename?: 'Query', shareGoals: Array<(
    { __typename?: 'ShareGoal', version: number, tiers: Array<Tier>, healthcareRegion: { __typename?: 'HealthcareRegion', id: string }, regions: Array<{ __typename?: 'Region', id: string }>, verdict: (
      { __typename?: 'GoalEvaluation' }
      & { ' $fragmentRefs'?: { 'GoalCard_EvaluationFragment': GoalCard_EvaluationFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'GoalCard_GoalFragment': GoalCard_GoalFragment } }
  )> };

export type CreateShareGoalMutationVariables = Exact<{
  input: CreateShareGoalInput;
}>;


export type CreateShareGoalMutation = { __typename?: 'Mutation', createShareGoal: { __typename?: 'ShareGoal', id: string, name: string } };

export type UpdateShareGoalMutationVariables = Exact<{
  input: UpdateShareGoalInput;
}>;


export type UpdateShareGoalMutation = { __typename?: 'Mutation', updateShareGoal: { __typename?: 'ShareGoal', id: string, name: string, version: number } };

export type DeleteShareGoalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteShareGoalMutation = { __typename?: 'Mutation', deleteShareGoal: boolean };

export type RecordSuccessionMutationVariables = Exact<{
  input: RecordSuccessionInput;
}>;


export type RecordSuccessionMutation = { __typename?: 'Mutation', recordSuccession: { __typename?: 'SuccessionResult', successionId: string, endedTerms: number, carriedOverTerms: number, links: Array<{ __typename?: 'GroupSuccession', id: string, predecessor: { __typename?: 'Group', id: string, name: string, type: GroupType }, successor: { __typename?: 'Group', id: string, name: string, type: GroupType } }> } };

export type SuccessionGroupNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SuccessionGroupNameQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, name: string, type: GroupType } | null };

export type VacanciesQueryVariables = Exact<{
  filter?: InputMaybe<VacancyFilter>;
}>;


export type VacanciesQuery = { __typename?: 'Query', seatStatus: Array<{ __typename?: 'SeatStatus', id: string, seats: number, filled: number, vacant: number, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string, name: string } | null, region?: { __typename?: 'Region', id: string, name: string } | null, openNomination?: { __typename?: 'Nomination', id: string, status: NominationStatus } | null }> };

export type SetDialogueActionStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ActionStatus;
}>;


export type SetDialogueActionStatusMutation = { __typename?: 'Mutation', setDialogueActionStatus: { __typename?: 'DialogueAction', id: string, status: ActionStatus } };

export type CopyDialogueQuestionsMutationVariables = Exact<{
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
}>;


export type CopyDialogueQuestionsMutation = { __typename?: 'Mutation', copyDialogueQuestions: Array<{ __typename?: 'DialogueQuestion', id: string }> };

export type BodyTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type BodyTypesQuery = { __typename?: 'Query', groupTypes: Array<{ __typename?: 'GroupTypeInfo', type: GroupType, isBody: boolean }> };

export type BodiesQueryVariables = Exact<{
  healthcareRegionId: Scalars['ID']['input'];
  types: Array<GroupType> | GroupType;
}>;


export type BodiesQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', edges: Array<{ __typename?: 'GroupEdge', cursor: string, node: { __typename?: 'Group', id: string, name: string, type: GroupType } }> } };

export type HealthcareRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthcareRegionsQuery = { __typename?: 'Query', healthcareRegions: Array<{ __typename?: 'HealthcareRegion', id: string, code: string, name: string, regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }> }> };

export type OrganisationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationChoicesQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }> };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type AnnualReportQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  healthcareRegionId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type AnnualReportQuery = { __typename?: 'Query', annualReport: { __typename?: 'AnnualReportSection', year: number, text: string, rollUp: string, goals: Array<{ __typename?: 'AnnualGoal', number: number, name: string, verdict: GoalVerdict }>, shareGoals: Array<(
      { __typename?: 'ShareGoal', verdict: (
        { __typename?: 'GoalEvaluation' }
        & { ' $fragmentRefs'?: { 'GoalCard_EvaluationFragment': GoalCard_EvaluationFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'GoalCard_GoalFragment': GoalCard_GoalFragment } }
    )>, dialogues: { __typename?: 'DialogueYearOverview', questions: Array<{ __typename?: 'DialogueQuestion', id: string, key: string, text: string }>, coverage: Array<{ __typename?: 'DialogueCoverage', questionKey: string, required: number, answered: number, complete: boolean, missing: Array<{ __typename?: 'Group', id: string, type: GroupType, name: string }> }>, goals: Array<{ __typename?: 'DialogueGoalStatus', goal: string, questionKey: string, met: boolean }> } }, representation: { __typename?: 'RepresentationReport', shares: Array<{ __typename?: 'RegionShare', populationShare: number, region: { __typename?: 'Region', id: string, name: string } }> }, representationTrend: Array<{ __typename?: 'RepresentationReport', asOf: string, shares: Array<{ __typename?: 'RegionShare', share: number, region: { __typename?: 'Region', id: string } }> }> };

export type AttendanceQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  healthcareRegionId: Scalars['ID']['input'];
  groupId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AttendanceQuery = { __typename?: 'Query', attendance: { __typename?: 'AttendanceStatistics', year: number, byBody: Array<{ __typename?: 'BodyAttendance', meetings: number, expected: number, present: number, share?: number | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType } }>, byRegion: Array<{ __typename?: 'RegionAttendance', expected: number, present: number, share?: number | null, region: { __typename?: 'Region', id: string, name: string } }>, byPerson: Array<{ __typename?: 'PersonAttendance', expected: number, present: number, share?: number | null, person: { __typename?: 'Person', id: string, name: string }, group: { __typename?: 'Group', id: string, name: string, type: GroupType } }> } };

export type BodyYearQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type BodyYearQuery = { __typename?: 'Query', meetingYear: { __typename?: 'MeetingYear', counted: number, held: number, quorate: number, partialAbsence: number, scheduled: number, quorateShare?: number | null } };

export type CompositionHeatMapQueryVariables = Exact<{
  tier: Tier;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CompositionHeatMapQuery = { __typename?: 'Query', compositionHeatMap: { __typename?: 'CompositionHeatMap', asOf: string, rules: Array<CompositionRuleKind>, rows: Array<{ __typename?: 'GroupComposition', status: CompositionStatus, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, checks: Array<(
        { __typename?: 'CompositionCheck' }
        & { ' $fragmentRefs'?: { 'CompositionCheckView_CheckFragment': CompositionCheckView_CheckFragment } }
      )> }> } };

export type CompositionRules_RuleFragment = { __typename?: 'CompositionRule', id: string, groupType: GroupType, kind: CompositionRuleKind, severity: RuleSeverity, minShare?: number | null, minCount?: number | null, years?: number | null, careLevels: Array<CareLevel>, version: number } & { ' $fragmentName'?: 'CompositionRules_RuleFragment' };

export type CompositionRulesQueryVariables = Exact<{
  groupType?: InputMaybe<GroupType>;
}>;


export type CompositionRulesQuery = { __typename?: 'Query', compositionRules: Array<(
    { __typename?: 'CompositionRule' }
    & { ' $fragmentRefs'?: { 'CompositionRules_RuleFragment': CompositionRules_RuleFragment } }
  )>, compositionRuleKinds: Array<{ __typename?: 'CompositionRuleKindInfo', kind: CompositionRuleKind, field?: string | null, groupTypes: Array<GroupType> }> };

export type CreateCompositionRuleMutationVariables = Exact<{
  input: CompositionRuleInput;
}>;


export type CreateCompositionRuleMutation = { __typename?: 'Mutation', createCompositionRule: { __typename?: 'CompositionRule', id: string } };

export type UpdateCompositionRuleMutationVariables = Exact<{
  input: UpdateCompositionRuleInput;
}>;


export type UpdateCompositionRuleMutation = { __typename?: 'Mutation', updateCompositionRule: (
    { __typename?: 'CompositionRule' }
    & { ' $fragmentRefs'?: { 'CompositionRules_RuleFragment': CompositionRules_RuleFragment } }
  ) };

export type DeleteCompositionRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteCompositionRuleMutation = { __typename?: 'Mutation', deleteCompositionRule: string };

export type DashboardQueryVariables = Exact<{
  healthcareRegionId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
  from: Scalars['Date']['input'];
  tiers?: InputMaybe<Array<Tier> | Tier>;
  roles?: InputMaybe<Array<MemberRole> | MemberRole>;
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DashboardQuery = { __typename?: 'Query', vacantSeatCount: number, representation: { __typename?: 'RepresentationReport', asOf: string, totalSeats: number, shares: Array<{ __typename?: 'RegionShare', seats: number, share: number, population: number, populationYear: number, populationShare: number, gapPoints: number, region: { __typename?: 'Region', id: string, code: string, name: string } }>, organisationSeats: Array<{ __typename?: 'OrganisationSeats', seats: number, organisation: { __typename?: 'Organisation', id: string, name: string } }> }, seatRecommendation: Array<{ __typename?: 'SeatRecommendation', rank: number, reason: string, region: { __typename?: 'Region', id: string, name: string } }>, representationTrend: Array<{ __typename?: 'RepresentationReport', asOf: string, totalSeats: number, shares: Array<{ __typename?: 'RegionShare', seats: number, share: number, region: { __typename?: 'Region', id: string } }> }>, shareGoals: Array<(
    { __typename?: 'ShareGoal', healthcareRegion: { __typename?: 'HealthcareRegion', id: string }, verdict: (
      { __typename?: 'GoalEvaluation' }
      & { ' $fragmentRefs'?: { 'GoalCard_EvaluationFragment': GoalCard_EvaluationFragment } }
    ), current: (
      { __typename?: 'GoalEvaluation' }
      & { ' $fragmentRefs'?: { 'GoalCard_EvaluationFragment': GoalCard_EvaluationFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'GoalCard_GoalFragment': GoalCard_GoalFragment } }
  )> };

export type DashboardOperationalGoalsQueryVariables = Exact<{
  healthcareRegionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type DashboardOperationalGoalsQuery = { __typename?: 'Query', operationalGoals: Array<(
    { __typename?: 'OperationalGoal', outcome: (
      { __typename?: 'GoalOutcome' }
      & { ' $fragmentRefs'?: { 'OperationalGoalCard_OutcomeFragment': OperationalGoalCard_OutcomeFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'OperationalGoalCard_GoalFragment': OperationalGoalCard_GoalFragment } }
  )> };

export type ShareRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShareRolesQuery = { __typename?: 'Query', memberRoles: Array<{ __typename?: 'MemberRoleInfo', role: MemberRole, countsTowardsShare: boolean }> };

export type LogDialogueMutationVariables = Exact<{
  input: LogDialogueInput;
}>;


export type LogDialogueMutation = { __typename?: 'Mutation', logDialogue: { __typename?: 'Dialogue', id: string } };

export type EditDialogueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditDialogueQuery = { __typename?: 'Query', dialogue?: { __typename?: 'Dialogue', id: string, version: number, year: number, heldOn: string, notes?: string | null, group: { __typename?: 'Group', id: string }, participants: Array<{ __typename?: 'Person', id: string }>, answers: Array<{ __typename?: 'DialogueAnswer', id: string, text: string, question: { __typename?: 'DialogueQuestion', id: string } }>, actions: Array<{ __typename?: 'DialogueAction', id: string, description: string, ownerName: string, dueDate?: string | null, status: ActionStatus }> } | null };

export type DialogueOverviewQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DialogueOverviewQuery = { __typename?: 'Query', dialogueYearOverview: { __typename?: 'DialogueYearOverview', year: number, questions: Array<{ __typename?: 'DialogueQuestion', id: string, key: string, text: string, goal?: string | null }>, rows: Array<{ __typename?: 'DialogueOverviewRow', required: Array<string>, answered: Array<string>, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, dialogues: Array<{ __typename?: 'Dialogue', id: string, heldOn: string }> }>, coverage: Array<{ __typename?: 'DialogueCoverage', questionKey: string, required: number, answered: number, complete: boolean }>, goals: Array<{ __typename?: 'DialogueGoalStatus', goal: string, questionKey: string, met: boolean }> }, overdueDialogueActions: Array<{ __typename?: 'DialogueAction', id: string, description: string, ownerName: string, dueDate?: string | null, dialogue: { __typename?: 'Dialogue', id: string, group: { __typename?: 'Group', id: string, name: string, type: GroupType } } }> };

export type DialoguePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DialoguePageQuery = { __typename?: 'Query', dialogue?: { __typename?: 'Dialogue', id: string, version: number, heldOn: string, year: number, supplementary: boolean, notes?: string | null, revisions: Array<{ __typename?: 'DialogueRevision', id: string, version: number, editedAt: string, snapshot: string }>, lead?: { __typename?: 'User', id: string, email: string } | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, participants: Array<{ __typename?: 'Person', id: string, name: string }>, answers: Array<{ __typename?: 'DialogueAnswer', id: string, text: string, question: { __typename?: 'DialogueQuestion', id: string, key: string, text: string } }>, actions: Array<{ __typename?: 'DialogueAction', id: string, description: string, ownerName: string, dueDate?: string | null, status: ActionStatus }> } | null };

export type RevisionQuestionsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type RevisionQuestionsQuery = { __typename?: 'Query', dialogueQuestions: Array<{ __typename?: 'DialogueQuestion', id: string, text: string }> };

export type DialogueQuestionsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DialogueQuestionsQuery = { __typename?: 'Query', dialogueQuestions: Array<{ __typename?: 'DialogueQuestion', id: string, key: string, text: string, goal?: string | null, appliesTo: Array<GroupType>, universityHealthcareOnly: boolean, version: number }> };

export type CreateDialogueQuestionMutationVariables = Exact<{
  input: CreateDialogueQuestionInput;
}>;


export type CreateDialogueQuestionMutation = { __typename?: 'Mutation', createDialogueQuestion: { __typename?: 'DialogueQuestion', id: string } };

export type UpdateDialogueQuestionMutationVariables = Exact<{
  input: UpdateDialogueQuestionInput;
}>;


export type UpdateDialogueQuestionMutation = { __typename?: 'Mutation', updateDialogueQuestion: { __typename?: 'DialogueQuestion', id: string, version: number } };

export type FeedbackRecordsQueryVariables = Exact<{
  healthcareRegionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type FeedbackRecordsQuery = { __typename?: 'Query', feedbackRecords: Array<{ __typename?: 'FeedbackRecord', id: string, version: number, givenOn: string, recipient: FeedbackRecipient, recipientName: string, subject: string, reference?: string | null, recipientGroup?: { __typename?: 'Group', id: string } | null }> };

export type CreateFeedbackRecordMutationVariables = Exact<{
  input: CreateFeedbackRecordInput;
}>;


export type CreateFeedbackRecordMutation = { __typename?: 'Mutation', createFeedbackRecord: { __typename?: 'FeedbackRecord', id: string, recipientName: string } };

export type UpdateFeedbackRecordMutationVariables = Exact<{
  input: UpdateFeedbackRecordInput;
}>;


export type UpdateFeedbackRecordMutation = { __typename?: 'Mutation', updateFeedbackRecord: { __typename?: 'FeedbackRecord', id: string, version: number, recipientName: string } };

export type DeleteFeedbackRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFeedbackRecordMutation = { __typename?: 'Mutation', deleteFeedbackRecord: boolean };

export type GroupBrowserQueryVariables = Exact<{
  filter?: InputMaybe<GroupFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupBrowserQuery = { __typename?: 'Query', groups: { __typename?: 'GroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'GroupEdge', cursor: string, node: (
        { __typename?: 'Group' }
        & { ' $fragmentRefs'?: { 'GroupTree_GroupFragment': GroupTree_GroupFragment } }
      ) }> } };

export type EditGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EditGroupQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, name: string, type: GroupType, status: GroupStatus, universityHealthcare: boolean, mandate?: string | null, version: number, parent?: { __typename?: 'Group', id: string } | null, counterpart?: { __typename?: 'Group', id: string } | null, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string } | null, region?: { __typename?: 'Region', id: string } | null } | null };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', id: string } };

export type UpdateGroupMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { __typename?: 'Mutation', updateGroup: { __typename?: 'Group', id: string, version: number } };

export type ArchiveGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveGroupMutation = { __typename?: 'Mutation', archiveGroup: { __typename?: 'Group', id: string, status: GroupStatus } };

export type GroupPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GroupPageQuery = { __typename?: 'Query', seatStatus: Array<{ __typename?: 'SeatStatus', id: string, seats: number, filled: number, vacant: number, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string, name: string } | null, region?: { __typename?: 'Region', id: string, name: string } | null }>, group?: { __typename?: 'Group', id: string, name: string, type: GroupType, tier: Tier, status: GroupStatus, universityHealthcare: boolean, mandate?: string | null, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string, name: string } | null, region?: { __typename?: 'Region', id: string, name: string } | null, parent?: { __typename?: 'Group', id: string, name: string, type: GroupType } | null, counterpart?: { __typename?: 'Group', id: string, name: string, type: GroupType } | null, counterparts: Array<{ __typename?: 'Group', id: string, name: string, type: GroupType, healthcareRegion?: { __typename?: 'HealthcareRegion', id: string, name: string } | null, region?: { __typename?: 'Region', id: string, name: string } | null }>, children: Array<{ __typename?: 'Group', id: string, name: string, type: GroupType, status: GroupStatus }>, memberships: Array<(
      { __typename?: 'Membership' }
      & { ' $fragmentRefs'?: { 'MembersTable_MembershipFragment': MembersTable_MembershipFragment } }
    )>, dialogues: Array<{ __typename?: 'Dialogue', id: string, heldOn: string, year: number, supplementary: boolean, answers: Array<{ __typename?: 'DialogueAnswer', id: string }>, actions: Array<{ __typename?: 'DialogueAction', id: string, status: ActionStatus }> }> } | null };

export type ImportJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  kind: ImportKind;
}>;


export type ImportJobQuery = { __typename?: 'Query', importJob: (
    { __typename?: 'ImportJob', id: string, suggestedMapping: Array<{ __typename?: 'ColumnMapping', field: string, column: string }> }
    & { ' $fragmentRefs'?: { 'ImportMappingStep_JobFragment': ImportMappingStep_JobFragment } }
  ) };

export type ImportPreviewQueryVariables = Exact<{
  input: ImportInput;
}>;


export type ImportPreviewQuery = { __typename?: 'Query', importPreview: (
    { __typename?: 'ImportResult' }
    & { ' $fragmentRefs'?: { 'ImportResultFieldsFragment': ImportResultFieldsFragment } }
  ) };

export type ConfirmImportMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ConfirmImportMutation = { __typename?: 'Mutation', confirmImport: (
    { __typename?: 'ImportResult' }
    & { ' $fragmentRefs'?: { 'ImportResultFieldsFragment': ImportResultFieldsFragment } }
  ) };

export type MeetingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingPageQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, version: number, date: string, kind: MeetingKind, status: MeetingStatus, note?: string | null, othersPresent: Array<string>, group: { __typename?: 'Group', id: string, name: string, type: GroupType, status: GroupStatus }, quorum: (
      { __typename?: 'MeetingQuorum' }
      & { ' $fragmentRefs'?: { 'QuorumOutcome_QuorumFragment': QuorumOutcome_QuorumFragment } }
    ), rollCall: Array<(
      { __typename?: 'Attendance' }
      & { ' $fragmentRefs'?: { 'RollCallTable_AttendanceFragment': RollCallTable_AttendanceFragment } }
    )>, agenda: Array<(
      { __typename?: 'AgendaItem' }
      & { ' $fragmentRefs'?: { 'AgendaList_ItemFragment': AgendaList_ItemFragment } }
    )> } | null };

export type NominationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NominationPageQuery = { __typename?: 'Query', nomination?: (
    { __typename?: 'Nomination', id: string, running: boolean, seats: number, description?: string | null, viewerMay: (
      { __typename?: 'NominationActions', decide: boolean, closeWithoutAppointment: boolean }
      & { ' $fragmentRefs'?: { 'NominationSteps_ActionsFragment': NominationSteps_ActionsFragment;'NominationCandidates_ActionsFragment': NominationCandidates_ActionsFragment } }
    ), regionsViewerMayPropose: Array<(
      { __typename?: 'Region' }
      & { ' $fragmentRefs'?: { 'ProposeCandidateForm_RegionFragment': ProposeCandidateForm_RegionFragment } }
    )>, candidates: Array<(
      { __typename?: 'Candidate' }
      & { ' $fragmentRefs'?: { 'CandidateCard_CandidateFragment': CandidateCard_CandidateFragment } }
    )>, history: Array<(
      { __typename?: 'NominationEvent' }
      & { ' $fragmentRefs'?: { 'NominationHistory_EventFragment': NominationHistory_EventFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'NominationHeader_NominationFragment': NominationHeader_NominationFragment } }
  ) | null };

export type NominationsQueryVariables = Exact<{
  tier?: InputMaybe<Tier>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type NominationsQuery = { __typename?: 'Query', nominations: { __typename?: 'NominationConnection', totalCount: number, edges: Array<{ __typename?: 'NominationEdge', cursor: string, node: { __typename?: 'Nomination', id: string, status: NominationStatus, role: MemberRole, seats: number, dueDate: string, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, candidates: Array<{ __typename?: 'Candidate', id: string, withdrawnAt?: string | null }> } }> } };

export type OrganisationsQueryVariables = Exact<{
  kind?: InputMaybe<OrganisationKind>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, version: number, employeeCount: number, seatCount: number, region?: { __typename?: 'Region', id: string, name: string } | null }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { __typename?: 'Mutation', createOrganisation: { __typename?: 'Organisation', id: string, name: string } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'Organisation', id: string, name: string, version: number } };

export type DeleteOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeleteOrganisationMutation = { __typename?: 'Mutation', deleteOrganisation: string };

export type DuplicatePersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type DuplicatePersonsQuery = { __typename?: 'Query', duplicatePersons: Array<{ __typename?: 'DuplicateSuggestion', score: number, reasons: Array<string>, persons: Array<{ __typename?: 'Person', id: string, name: string, email?: string | null, title?: string | null, version: number, employerRegion?: { __typename?: 'Region', id: string, name: string } | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, startDate: string, endDate?: string | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType } }> }> }> };

export type MergePersonsMutationVariables = Exact<{
  input: MergePersonsInput;
}>;


export type MergePersonsMutation = { __typename?: 'Mutation', mergePersons: { __typename?: 'PersonMerge', id: string, movedMemberships: number, movedCandidacies: number, kept: { __typename?: 'Person', id: string, name: string }, merged: { __typename?: 'Person', id: string, name: string } } };

export type PersonExtractQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type PersonExtractQuery = { __typename?: 'Query', personRegisterExtract: { __typename?: 'PersonRegisterExtract', generatedAt: string, document: any, person: { __typename?: 'Person', id: string, name: string, email?: string | null, title?: string | null, gender?: Gender | null, createdAt: string, archivedAt?: string | null, employerRegion?: { __typename?: 'Region', id: string, name: string } | null }, memberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, startDate: string, endDate?: string | null, representedRegion?: { __typename?: 'Region', id: string, name: string } | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType } }>, candidacies: Array<{ __typename?: 'Candidate', id: string, appointed: boolean, withdrawnAt?: string | null, motivation?: string | null, nomination: { __typename?: 'Nomination', id: string, status: NominationStatus, group: { __typename?: 'Group', id: string, name: string, type: GroupType } } }>, dialogues: Array<{ __typename?: 'Dialogue', id: string, heldOn: string, group: { __typename?: 'Group', id: string, name: string, type: GroupType } }>, history: Array<{ __typename?: 'AuditEvent', id: string, at: string, actorLabel: string, operation: string }>, formerRecords: Array<{ __typename?: 'PersonFormerRecord', mergedAt?: string | null, person: { __typename?: 'Person', id: string, name: string, email?: string | null, title?: string | null }, history: Array<{ __typename?: 'AuditEvent', id: string, at: string, actorLabel: string, operation: string }> }> } };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPageQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, name: string, title?: string | null, email?: string | null, gender?: Gender | null, profession?: string | null, careLevel?: CareLevel | null, version: number, archivedAt?: string | null, erasedAt?: string | null, viewerMayEdit: boolean, employerRegion?: { __typename?: 'Region', id: string, name: string } | null, employerOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, startDate: string, endDate?: string | null, active: boolean, representedRegion?: { __typename?: 'Region', id: string, name: string } | null, representedOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType } }> } | null };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Person', id: string, name: string, title?: string | null, email?: string | null, gender?: Gender | null, profession?: string | null, careLevel?: CareLevel | null, version: number, viewerMayEdit: boolean, employerRegion?: { __typename?: 'Region', id: string, name: string } | null, employerOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type ArchivePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchivePersonMutation = { __typename?: 'Mutation', archivePerson: { __typename?: 'Person', id: string, archivedAt?: string | null, version: number } };

export type ErasePersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ErasePersonMutation = { __typename?: 'Mutation', erasePerson: { __typename?: 'Person', id: string, name: string, email?: string | null, title?: string | null, gender?: Gender | null, archivedAt?: string | null, erasedAt?: string | null, viewerMayEdit: boolean, version: number } };

export type PersonsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonsQuery = { __typename?: 'Query', persons: { __typename?: 'PersonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonEdge', cursor: string, node: { __typename?: 'Person', id: string, name: string, title?: string | null, email?: string | null, employerRegion?: { __typename?: 'Region', id: string, name: string } | null } }> } };

export type PersonsForReviewQueryVariables = Exact<{
  years?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonsForReviewQuery = { __typename?: 'Query', personReviewYears: number, personsForReview: { __typename?: 'PersonConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, archivedAt?: string | null, employerRegion?: { __typename?: 'Region', id: string, name: string } | null, memberships: Array<{ __typename?: 'Membership', id: string, endDate?: string | null }> } }> } };

export type PopulationsQueryVariables = Exact<{
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
}>;


export type PopulationsQuery = { __typename?: 'Query', healthcareRegions: Array<{ __typename?: 'HealthcareRegion', id: string, name: string, regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }> }>, regionPopulations: Array<{ __typename?: 'RegionPopulation', id: string, year: number, population: number, version: number, region: { __typename?: 'Region', id: string } }> };

export type RegionViewQueryVariables = Exact<{
  regionId: Scalars['ID']['input'];
  healthcareRegionId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
  from: Scalars['Date']['input'];
  includeBodies?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RegionViewQuery = { __typename?: 'Query', regionSeats: Array<{ __typename?: 'Membership', id: string, role: MemberRole, startDate: string, endDate?: string | null, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, person: { __typename?: 'Person', id: string, name: string } }>, groupsWithoutRegion: Array<{ __typename?: 'Group', id: string, name: string, type: GroupType }>, region: { __typename?: 'Region', id: string, viewerRepresents: boolean }, seatStatus: Array<{ __typename?: 'SeatStatus', id: string, vacant: number, group: { __typename?: 'Group', id: string }, openNomination?: { __typename?: 'Nomination', id: string, status: NominationStatus, dueDate: string } | null }>, representation: { __typename?: 'RepresentationReport', totalSeats: number, shares: Array<{ __typename?: 'RegionShare', seats: number, share: number, populationYear: number, populationShare: number, gapPoints: number, region: { __typename?: 'Region', id: string } }>, organisationSeats: Array<{ __typename?: 'OrganisationSeats', seats: number, organisation: { __typename?: 'Organisation', id: string, name: string } }> }, representationTrend: Array<{ __typename?: 'RepresentationReport', asOf: string, totalSeats: number, shares: Array<{ __typename?: 'RegionShare', seats: number, share: number, populationShare: number, region: { __typename?: 'Region', id: string } }> }> };

export type RollCallMeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RollCallMeetingQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, version: number, date: string, status: MeetingStatus, othersPresent: Array<string>, group: { __typename?: 'Group', id: string, name: string, type: GroupType }, rollCall: Array<{ __typename?: 'Attendance', present: boolean, person: { __typename?: 'Person', id: string }, servingFor?: { __typename?: 'Person', id: string } | null }>, quorum: (
      { __typename?: 'MeetingQuorum' }
      & { ' $fragmentRefs'?: { 'QuorumOutcome_QuorumFragment': QuorumOutcome_QuorumFragment } }
    ) } | null };

export type RollCallMembersQueryVariables = Exact<{
  groupId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type RollCallMembersQuery = { __typename?: 'Query', group?: { __typename?: 'Group', id: string, memberships: Array<{ __typename?: 'Membership', id: string, role: MemberRole, votingSeat: boolean, deputy: boolean, person: { __typename?: 'Person', id: string, name: string }, representedRegion?: { __typename?: 'Region', id: string, name: string } | null }> } | null };

export type RecordRollCallMutationVariables = Exact<{
  input: RecordRollCallInput;
}>;


export type RecordRollCallMutation = { __typename?: 'Mutation', recordRollCall: { __typename?: 'Meeting', id: string, version: number, status: MeetingStatus, othersPresent: Array<string>, rollCall: Array<(
      { __typename?: 'Attendance', present: boolean }
      & { ' $fragmentRefs'?: { 'RollCallTable_AttendanceFragment': RollCallTable_AttendanceFragment } }
    )>, quorum: (
      { __typename?: 'MeetingQuorum', explanation: string }
      & { ' $fragmentRefs'?: { 'QuorumOutcome_QuorumFragment': QuorumOutcome_QuorumFragment } }
    ) } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, user: (
      { __typename?: 'User' }
      & { ' $fragmentRefs'?: { 'SessionUserFragment': SessionUserFragment } }
    ) } };

export type CreateTopicMutationVariables = Exact<{
  input: CreateTopicInput;
}>;


export type CreateTopicMutation = { __typename?: 'Mutation', createTopic: { __typename?: 'Topic', id: string, key: string, name: string, version: number } };

export type UpdateTopicMutationVariables = Exact<{
  input: UpdateTopicInput;
}>;


export type UpdateTopicMutation = { __typename?: 'Mutation', updateTopic: { __typename?: 'Topic', id: string, name: string, version: number } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, email: string, role: UserRole, active: boolean, createdAt: string, region?: { __typename?: 'Region', id: string, name: string } | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, role: UserRole, active: boolean, region?: { __typename?: 'Region', id: string, name: string } | null } };

export type SetUserPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type SetUserPasswordMutation = { __typename?: 'Mutation', setUserPassword: { __typename?: 'User', id: string } };

export type UserRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type UserRolesQuery = { __typename?: 'Query', userRoles: Array<{ __typename?: 'UserRoleInfo', role: UserRole, needsRegion: boolean }> };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeHealthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editRegister"}},{"kind":"Field","name":{"kind":"Name","value":"proposeCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"addPersons"}},{"kind":"Field","name":{"kind":"Name","value":"logDialogues"}},{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"handlePersonalData"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const AgendaList_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaList_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgendaList_ItemFragment, unknown>;
export const CandidateCard_CandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointed"}},{"kind":"Field","name":{"kind":"Name","value":"managerApproved"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterestDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declarationReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CandidateCard_CandidateFragment, unknown>;
export const CompositionCheckView_CheckFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionCheckView_check"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRole"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CompositionCheckView_CheckFragment, unknown>;
export const DialogueAnswersSection_QuestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueAnswersSection_question"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}}]} as unknown as DocumentNode<DialogueAnswersSection_QuestionFragment, unknown>;
export const GoalCard_EvaluationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineShare"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]} as unknown as DocumentNode<GoalCard_EvaluationFragment, unknown>;
export const GoalLevelRules_RulesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}}]} as unknown as DocumentNode<GoalLevelRules_RulesFragment, unknown>;
export const GoalCard_GoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}}]} as unknown as DocumentNode<GoalCard_GoalFragment, unknown>;
export const GroupTree_GroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTree_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"universityHealthcare"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<GroupTree_GroupFragment, unknown>;
export const ImportMappingStep_JobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportMappingStep_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<ImportMappingStep_JobFragment, unknown>;
export const ImportResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<ImportResultFieldsFragment, unknown>;
export const MeetingYearFigures_YearFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingYearFigures_year"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledNoQuorum"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"quorateShare"}}]}}]} as unknown as DocumentNode<MeetingYearFigures_YearFragment, unknown>;
export const MembersTable_MembershipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_membership"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standsInFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestsReviewedOn"}}]}}]} as unknown as DocumentNode<MembersTable_MembershipFragment, unknown>;
export const NominationCandidates_ActionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationCandidates_actions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominationActions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"}}]}}]} as unknown as DocumentNode<NominationCandidates_ActionsFragment, unknown>;
export const NominationHeader_NominationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationHeader_nomination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NominationHeader_NominationFragment, unknown>;
export const NominationHistory_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationHistory_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<NominationHistory_EventFragment, unknown>;
export const NominationSteps_ActionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationSteps_actions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominationActions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveToReview"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}}]} as unknown as DocumentNode<NominationSteps_ActionsFragment, unknown>;
export const OperationalGoalCard_GoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationalGoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationalGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}}]} as unknown as DocumentNode<OperationalGoalCard_GoalFragment, unknown>;
export const OperationalGoalCard_OutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationalGoalCard_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<OperationalGoalCard_OutcomeFragment, unknown>;
export const ProposeCandidateForm_RegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposeCandidateForm_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProposeCandidateForm_RegionFragment, unknown>;
export const QuorumOutcome_QuorumFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumOutcome_quorum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingQuorum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"regionsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<QuorumOutcome_QuorumFragment, unknown>;
export const QuorumRuleForm_RuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumRuleForm_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuorumRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPresent"}},{"kind":"Field","name":{"kind":"Name","value":"minShare"}},{"kind":"Field","name":{"kind":"Name","value":"everyRegionPresent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<QuorumRuleForm_RuleFragment, unknown>;
export const RollCallTable_AttendanceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RollCallTable_attendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeat"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RollCallTable_AttendanceFragment, unknown>;
export const CompositionRules_RuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"minShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"careLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CompositionRules_RuleFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeHealthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editRegister"}},{"kind":"Field","name":{"kind":"Name","value":"proposeCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"addPersons"}},{"kind":"Field","name":{"kind":"Name","value":"logDialogues"}},{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"handlePersonalData"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AddMembershipFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AddMembershipForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"representsRegion"}},{"kind":"Field","name":{"kind":"Name","value":"representsOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"defaultParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddMembershipFormQuery, AddMembershipFormQueryVariables>;
export const AddMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const TopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TopicsQuery, TopicsQueryVariables>;
export const SetAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaList_item"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaList_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetAgendaMutation, SetAgendaMutationVariables>;
export const AuditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntityType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const UpdateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"managerApproved"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterestDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declarationReviewed"}}]}}]}}]} as unknown as DocumentNode<UpdateCandidateMutation, UpdateCandidateMutationVariables>;
export const WithdrawCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawCandidateMutation, WithdrawCandidateMutationVariables>;
export const CandidateImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"affectedRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateImpactQuery, CandidateImpactQueryVariables>;
export const UpdateMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersTable_membership"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_membership"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standsInFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestsReviewedOn"}}]}}]} as unknown as DocumentNode<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const DecideNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideNominationMutation, DecideNominationMutationVariables>;
export const DecisionWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointCandidateIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointCandidateIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointCandidateIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"startDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionWarningsQuery, DecisionWarningsQueryVariables>;
export const DialogueFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialogueForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dialogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogueQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueAnswersSection_question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"heldOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openDialogueActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueAnswersSection_question"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}}]} as unknown as DocumentNode<DialogueFormQuery, DialogueFormQueryVariables>;
export const UpdateDialogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDialogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDialogueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDialogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDialogueMutation, UpdateDialogueMutationVariables>;
export const ExpiringTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpiringTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExpiringTermsQuery, ExpiringTermsQueryVariables>;
export const OpenRenewalNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRenewalNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRenewalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRenewalNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenRenewalNominationMutation, OpenRenewalNominationMutationVariables>;
export const ExportListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ExportListQuery, ExportListQueryVariables>;
export const GroupComboSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupComboSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupComboSearchQuery, GroupComboSearchQueryVariables>;
export const GroupComboChosenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupComboChosen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<GroupComboChosenQuery, GroupComboChosenQueryVariables>;
export const GroupCompositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupComposition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"composition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompositionCheckView_check"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionCheckView_check"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRole"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<GroupCompositionQuery, GroupCompositionQueryVariables>;
export const GroupTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"parentType"}},{"kind":"Field","name":{"kind":"Name","value":"counterpartType"}},{"kind":"Field","name":{"kind":"Name","value":"takesHealthcareRegion"}},{"kind":"Field","name":{"kind":"Name","value":"takesRegion"}}]}}]}}]} as unknown as DocumentNode<GroupTypesQuery, GroupTypesQueryVariables>;
export const GroupLineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lineageGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takesEffectOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takesEffectOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupLineageQuery, GroupLineageQueryVariables>;
export const GroupMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuorumRuleForm_rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingYearFigures_year"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumRuleForm_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuorumRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPresent"}},{"kind":"Field","name":{"kind":"Name","value":"minShare"}},{"kind":"Field","name":{"kind":"Name","value":"everyRegionPresent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingYearFigures_year"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledNoQuorum"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"quorateShare"}}]}}]} as unknown as DocumentNode<GroupMeetingsQuery, GroupMeetingsQueryVariables>;
export const GroupSeatOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupSeatOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupSeatOwners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthcareRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}}]}}]}}]} as unknown as DocumentNode<GroupSeatOwnersQuery, GroupSeatOwnersQueryVariables>;
export const SetGroupSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGroupSeatsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]} as unknown as DocumentNode<SetGroupSeatsMutation, SetGroupSeatsMutationVariables>;
export const GroupChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupChoicesQuery, GroupChoicesQueryVariables>;
export const LineageTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineageTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representationTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"QUARTER"}},{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NATIONAL"},{"kind":"EnumValue","value":"HEALTHCARE_REGION"},{"kind":"EnumValue","value":"LOCAL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"includeBodies"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"groupIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<LineageTrendQuery, LineageTrendQueryVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuorumOutcome_quorum"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumOutcome_quorum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingQuorum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"regionsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const EndMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const ArchiveMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<ArchiveMembershipMutation, ArchiveMembershipMutationVariables>;
export const VotingMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VotingMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeat"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VotingMembersQuery, VotingMembersQueryVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const MoveNominationToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveNominationToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveNominationToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MoveNominationToReviewMutation, MoveNominationToReviewMutationVariables>;
export const CancelNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelNominationMutation, CancelNominationMutationVariables>;
export const OpenNominationRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenNominationRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<OpenNominationRolesQuery, OpenNominationRolesQueryVariables>;
export const EligibleRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibleRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EligibleRegionsQuery, EligibleRegionsQueryVariables>;
export const OpenNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenNominationMutation, OpenNominationMutationVariables>;
export const OperationalGoalsAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationalGoalsAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationalGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationalGoalCard_goal"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"partlyThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackToSkr"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","alias":{"kind":"Name","value":"outcome"},"name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationalGoalCard_outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogueQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationalGoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationalGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationalGoalCard_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<OperationalGoalsAdminQuery, OperationalGoalsAdminQueryVariables>;
export const CreateOperationalGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOperationalGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOperationalGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOperationalGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOperationalGoalMutation, CreateOperationalGoalMutationVariables>;
export const UpdateOperationalGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOperationalGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOperationalGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOperationalGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOperationalGoalMutation, UpdateOperationalGoalMutationVariables>;
export const DeleteOperationalGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOperationalGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOperationalGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOperationalGoalMutation, DeleteOperationalGoalMutationVariables>;
export const PersonContinuedTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonContinuedTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonContinuedTermsQuery, PersonContinuedTermsQueryVariables>;
export const PersonFormerRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonFormerRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formerRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonFormerRecordsQuery, PersonFormerRecordsQueryVariables>;
export const PersonPickerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPickerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPickerSearchQuery, PersonPickerSearchQueryVariables>;
export const SetRegionPopulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRegionPopulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRegionPopulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRegionPopulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]} as unknown as DocumentNode<SetRegionPopulationMutation, SetRegionPopulationMutationVariables>;
export const PopulationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PopulationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PopulationHistoryQuery, PopulationHistoryQueryVariables>;
export const ImportRegionPopulationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegionPopulations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegionPopulationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegionPopulations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRegionPopulationsMutation, ImportRegionPopulationsMutationVariables>;
export const ProposeCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeCandidateMutation, ProposeCandidateMutationVariables>;
export const SetQuorumRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetQuorumRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetQuorumRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuorumRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuorumRuleForm_rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumRuleForm_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuorumRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPresent"}},{"kind":"Field","name":{"kind":"Name","value":"minShare"}},{"kind":"Field","name":{"kind":"Name","value":"everyRegionPresent"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetQuorumRuleMutation, SetQuorumRuleMutationVariables>;
export const SeatAdviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeatAdvice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SeatAdviceQuery, SeatAdviceQueryVariables>;
export const GoalsAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoalsAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_goal"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"verdict"},"name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_evaluation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineShare"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]} as unknown as DocumentNode<GoalsAdminQuery, GoalsAdminQueryVariables>;
export const CreateShareGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShareGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShareGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateShareGoalMutation, CreateShareGoalMutationVariables>;
export const UpdateShareGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateShareGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateShareGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShareGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateShareGoalMutation, UpdateShareGoalMutationVariables>;
export const DeleteShareGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteShareGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteShareGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteShareGoalMutation, DeleteShareGoalMutationVariables>;
export const RecordSuccessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSuccession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSuccessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSuccession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successionId"}},{"kind":"Field","name":{"kind":"Name","value":"endedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverTerms"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordSuccessionMutation, RecordSuccessionMutationVariables>;
export const SuccessionGroupNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuccessionGroupName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SuccessionGroupNameQuery, SuccessionGroupNameQueryVariables>;
export const VacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vacancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesQuery, VacanciesQueryVariables>;
export const SetDialogueActionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDialogueActionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDialogueActionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetDialogueActionStatusMutation, SetDialogueActionStatusMutationVariables>;
export const CopyDialogueQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyDialogueQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyDialogueQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CopyDialogueQuestionsMutation, CopyDialogueQuestionsMutationVariables>;
export const BodyTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isBody"}}]}}]}}]} as unknown as DocumentNode<BodyTypesQuery, BodyTypesQueryVariables>;
export const BodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupType"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodiesQuery, BodiesQueryVariables>;
export const HealthcareRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthcareRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthcareRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HealthcareRegionsQuery, HealthcareRegionsQueryVariables>;
export const OrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<OrganisationChoicesQuery, OrganisationChoicesQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rollUp"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_goal"}},{"kind":"Field","alias":{"kind":"Name","value":"verdict"},"name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_evaluation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representationTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineShare"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]} as unknown as DocumentNode<AnnualReportQuery, AnnualReportQueryVariables>;
export const AttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"byBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceQuery, AttendanceQueryVariables>;
export const BodyYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"quorateShare"}}]}}]}}]} as unknown as DocumentNode<BodyYearQuery, BodyYearQueryVariables>;
export const CompositionHeatMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompositionHeatMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compositionHeatMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompositionCheckView_check"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionCheckView_check"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRole"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CompositionHeatMapQuery, CompositionHeatMapQueryVariables>;
export const CompositionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompositionRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compositionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompositionRules_rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositionRuleKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"groupTypes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"minShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"careLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CompositionRulesQuery, CompositionRulesQueryVariables>;
export const CreateCompositionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompositionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompositionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCompositionRuleMutation, CreateCompositionRuleMutationVariables>;
export const UpdateCompositionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompositionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompositionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompositionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompositionRules_rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionRules_rule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompositionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupType"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"minShare"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"careLevels"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateCompositionRuleMutation, UpdateCompositionRuleMutationVariables>;
export const DeleteCompositionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCompositionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCompositionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<DeleteCompositionRuleMutation, DeleteCompositionRuleMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeBodies"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeBodies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeBodies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacantSeatCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}}]}}]},{"kind":"Field","name":{"kind":"Name","value":"seatRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representationTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"QUARTER"}},{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeBodies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeBodies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_goal"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"verdict"},"name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_evaluation"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_evaluation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxShare"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineShare"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardOperationalGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOperationalGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationalGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationalGoalCard_goal"}},{"kind":"Field","alias":{"kind":"Name","value":"outcome"},"name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationalGoalCard_outcome"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalLevelRules_rules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalLevelRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"notMet"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationalGoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationalGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"levelRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalLevelRules_rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationalGoalCard_outcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<DashboardOperationalGoalsQuery, DashboardOperationalGoalsQueryVariables>;
export const ShareRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardsShare"}}]}}]}}]} as unknown as DocumentNode<ShareRolesQuery, ShareRolesQueryVariables>;
export const LogDialogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogDialogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogDialogueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logDialogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogDialogueMutation, LogDialogueMutationVariables>;
export const EditDialogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditDialogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EditDialogueQuery, EditDialogueQueryVariables>;
export const DialogueOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialogueOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialogueYearOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"questionKey"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueDialogueActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dialogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DialogueOverviewQuery, DialogueOverviewQueryVariables>;
export const DialoguePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialoguePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"supplementary"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DialoguePageQuery, DialoguePageQueryVariables>;
export const RevisionQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialogueQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RevisionQuestionsQuery, RevisionQuestionsQueryVariables>;
export const DialogueQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialogueQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialogueQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"universityHealthcareOnly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DialogueQuestionsQuery, DialogueQuestionsQueryVariables>;
export const CreateDialogueQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDialogueQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDialogueQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDialogueQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDialogueQuestionMutation, CreateDialogueQuestionMutationVariables>;
export const UpdateDialogueQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDialogueQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDialogueQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDialogueQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDialogueQuestionMutation, UpdateDialogueQuestionMutationVariables>;
export const FeedbackRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"recipientGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<FeedbackRecordsQuery, FeedbackRecordsQueryVariables>;
export const CreateFeedbackRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFeedbackRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFeedbackRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFeedbackRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}}]}}]}}]} as unknown as DocumentNode<CreateFeedbackRecordMutation, CreateFeedbackRecordMutationVariables>;
export const UpdateFeedbackRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeedbackRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFeedbackRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeedbackRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}}]}}]}}]} as unknown as DocumentNode<UpdateFeedbackRecordMutation, UpdateFeedbackRecordMutationVariables>;
export const DeleteFeedbackRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFeedbackRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFeedbackRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFeedbackRecordMutation, DeleteFeedbackRecordMutationVariables>;
export const GroupBrowserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBrowser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTree_group"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTree_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"universityHealthcare"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<GroupBrowserQuery, GroupBrowserQueryVariables>;
export const EditGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"universityHealthcare"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditGroupQuery, EditGroupQueryVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const ArchiveGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveGroupMutation, ArchiveGroupMutationVariables>;
export const GroupPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"universityHealthcare"}},{"kind":"Field","name":{"kind":"Name","value":"mandate"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"healthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersTable_membership"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"supplementary"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_membership"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participation"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standsInFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestsReviewedOn"}}]}}]} as unknown as DocumentNode<GroupPageQuery, GroupPageQueryVariables>;
export const ImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportMappingStep_job"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportMappingStep_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<ImportJobQuery, ImportJobQueryVariables>;
export const ImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const ConfirmImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmImportMutation, ConfirmImportMutationVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuorumOutcome_quorum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RollCallTable_attendance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"othersPresent"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaList_item"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumOutcome_quorum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingQuorum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"regionsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RollCallTable_attendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeat"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaList_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const NominationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decide"}},{"kind":"Field","name":{"kind":"Name","value":"closeWithoutAppointment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationSteps_actions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationCandidates_actions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionsViewerMayPropose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposeCandidateForm_region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationHeader_nomination"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateCard_candidate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationHistory_event"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationSteps_actions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominationActions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveToReview"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationCandidates_actions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominationActions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposeCandidateForm_region"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationHeader_nomination"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"appointed"}},{"kind":"Field","name":{"kind":"Name","value":"managerApproved"}},{"kind":"Field","name":{"kind":"Name","value":"conflictOfInterestDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"declarationReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeclaration"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationHistory_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominationEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<NominationPageQuery, NominationPageQueryVariables>;
export const NominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominationsQuery, NominationsQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatCount"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const DeleteOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>;
export const DuplicatePersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicatePersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicatePersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicatePersonsQuery, DuplicatePersonsQueryVariables>;
export const MergePersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergePersonsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"movedMemberships"}},{"kind":"Field","name":{"kind":"Name","value":"movedCandidacies"}},{"kind":"Field","name":{"kind":"Name","value":"kept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MergePersonsMutation, MergePersonsMutationVariables>;
export const PersonExtractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonExtract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personRegisterExtract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formerRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonExtractQuery, PersonExtractQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"careLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayEdit"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"careLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayEdit"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const ArchivePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const ErasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayEdit"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ErasePersonMutation, ErasePersonMutationVariables>;
export const PersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Persons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonsQuery, PersonsQueryVariables>;
export const PersonsForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonsForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personReviewYears"}},{"kind":"Field","name":{"kind":"Name","value":"personsForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearsWithoutMembership"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employerRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonsForReviewQuery, PersonsForReviewQueryVariables>;
export const PopulationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Populations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthcareRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPopulations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PopulationsQuery, PopulationsQueryVariables>;
export const RegionViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeBodies"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsWithoutRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRepresents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeBodies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeBodies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representationTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"healthcareRegionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"healthcareRegionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"QUARTER"}},{"kind":"Argument","name":{"kind":"Name","value":"includeBodies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeBodies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}}]}}]}}]}}]} as unknown as DocumentNode<RegionViewQuery, RegionViewQueryVariables>;
export const RollCallMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollCallMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"othersPresent"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuorumOutcome_quorum"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumOutcome_quorum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingQuorum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"regionsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<RollCallMeetingQuery, RollCallMeetingQueryVariables>;
export const RollCallMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RollCallMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeat"}},{"kind":"Field","name":{"kind":"Name","value":"deputy"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RollCallMembersQuery, RollCallMembersQueryVariables>;
export const RecordRollCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRollCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRollCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRollCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"othersPresent"}},{"kind":"Field","name":{"kind":"Name","value":"rollCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RollCallTable_attendance"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuorumOutcome_quorum"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RollCallTable_attendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeat"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"representedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuorumOutcome_quorum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingQuorum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"partialAbsence"}},{"kind":"Field","name":{"kind":"Name","value":"regionsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<RecordRollCallMutation, RecordRollCallMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeHealthcareRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editRegister"}},{"kind":"Field","name":{"kind":"Name","value":"proposeCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"addPersons"}},{"kind":"Field","name":{"kind":"Name","value":"logDialogues"}},{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"handlePersonalData"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CreateTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateTopicMutation, CreateTopicMutationVariables>;
export const UpdateTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTopicInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTopicMutation, UpdateTopicMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetUserPasswordMutation, SetUserPasswordMutationVariables>;
export const UserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"needsRegion"}}]}}]}}]} as unknown as DocumentNode<UserRolesQuery, UserRolesQueryVariables>;