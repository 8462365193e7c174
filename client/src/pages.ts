import type { SessionUserFragment as SessionUserData } from './gql/graphql';

/** One of the things a role may do, as the API reports it in `User.permissions`. */
type Permission = Exclude<keyof SessionUserData['permissions'], '__typename'>;

/**
 * What the layout knows of a route: the i18n key of its title (shown until the page's own heading names it) and the
 * permission it needs. The router's routes and the navigation both read this table, and both read the permission from
 * the signed-in user's `permissions`, so the client derives no rule of its own.
 */
export interface PageHandle {
  title: string;
  /** Without it, the route opens for every signed-in role; with it, a role without the permission is told so. */
  permission?: Permission;
  /** The i18n key under `nav.access.action` that names what the role may not do. */
  action?: string;
}

export const PAGES = {
  dashboard: { title: 'nav.dashboard' },
  region: { title: 'nav.titles.region' },
  groups: { title: 'nav.groups' },
  createGroup: { title: 'nav.titles.createGroup', permission: 'editRegister', action: 'createGroup' },
  group: { title: 'nav.titles.group' },
  editGroup: { title: 'nav.titles.editGroup', permission: 'editRegister', action: 'editGroup' },
  persons: { title: 'nav.persons' },
  review: { title: 'nav.review', permission: 'handlePersonalData', action: 'review' },
  duplicates: { title: 'personMerges.title', permission: 'editRegister' },
  extract: { title: 'nav.titles.extract', permission: 'handlePersonalData', action: 'extract' },
  person: { title: 'nav.titles.person' },
  nominations: { title: 'nav.nominations' },
  nomination: { title: 'nav.titles.nomination' },
  dialogues: { title: 'nav.dialogues' },
  newDialogue: { title: 'nav.titles.newDialogue', permission: 'logDialogues', action: 'logDialogue' },
  dialogue: { title: 'nav.titles.dialogue' },
  editDialogue: { title: 'nav.titles.editDialogue', permission: 'logDialogues', action: 'logDialogue' },
  dialogueQuestions: { title: 'nav.titles.dialogueQuestions' },
  goals: { title: 'nav.titles.goals' },
  annualReport: { title: 'nav.annualReport' },
  feedback: { title: 'feedback.title' },
  import: { title: 'nav.import', permission: 'editRegister', action: 'import' },
  users: { title: 'nav.users', permission: 'manageUsers', action: 'manageUsers' },
  bodies: { title: 'meetings.nav.bodies' },
  meeting: { title: 'meetings.titles.meeting' },
  rollCall: { title: 'meetings.titles.rollCall', permission: 'editRegister' },
  attendance: { title: 'meetings.nav.attendance' },
  topics: { title: 'meetings.nav.topics', permission: 'editRegister' },
  composition: { title: 'composition.title' },
  compositionRules: { title: 'composition.rules.title', permission: 'editRegister' },
  organisations: { title: 'organisations.title' },
  populations: { title: 'populations.title' },
  notFound: { title: 'notFound.title' },
} satisfies Record<string, PageHandle>;
