import { createBrowserRouter } from 'react-router';
import { Layout } from './routes/Layout';
import { PAGES } from './pages';
import { NotFound } from './routes/NotFound';
import { RouteLoading } from './routes/RouteLoading';

// Each screen is its own chunk, loaded when first visited.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown while the first screen's chunk loads (React Router asks for one on every full page load).
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        index: true,
        handle: PAGES.dashboard,
        lazy: async () => ({ Component: (await import('./routes/Dashboard')).Dashboard }),
      },
      {
        path: 'regions/:id',
        handle: PAGES.region,
        lazy: async () => ({ Component: (await import('./routes/RegionView')).RegionView }),
      },
      {
        path: 'groups',
        handle: PAGES.groups,
        lazy: async () => ({ Component: (await import('./routes/GroupBrowser')).GroupBrowser }),
      },
      {
        path: 'groups/new',
        handle: PAGES.createGroup,
        lazy: async () => ({ Component: (await import('./routes/GroupForm')).CreateGroupPage }),
      },
      {
        path: 'groups/:id',
        handle: PAGES.group,
        lazy: async () => ({ Component: (await import('./routes/GroupPage')).GroupPage }),
      },
      {
        path: 'groups/:id/edit',
        handle: PAGES.editGroup,
        lazy: async () => ({ Component: (await import('./routes/GroupForm')).EditGroupPage }),
      },
      {
        path: 'persons',
        handle: PAGES.persons,
        lazy: async () => ({ Component: (await import('./routes/PersonSearch')).PersonSearch }),
      },
      {
        path: 'persons/review',
        handle: PAGES.review,
        lazy: async () => ({ Component: (await import('./routes/PersonsReview')).PersonsReview }),
      },
      {
        path: 'persons/duplicates',
        handle: PAGES.duplicates,
        lazy: async () => ({ Component: (await import('./routes/PersonDuplicates')).PersonDuplicates }),
      },
      {
        path: 'persons/:id/extract',
        handle: PAGES.extract,
        lazy: async () => ({ Component: (await import('./routes/PersonExtract')).PersonExtract }),
      },
      {
        path: 'persons/:id',
        handle: PAGES.person,
        lazy: async () => ({ Component: (await import('./routes/PersonPage')).PersonPage }),
      },
      {
        path: 'nominations',
        handle: PAGES.nominations,
        lazy: async () => ({ Component: (await import('./routes/NominationsBoard')).NominationsBoard }),
      },
      {
        path: 'nominations/:id',
        handle: PAGES.nomination,
        lazy: async () => ({ Component: (await import('./routes/NominationPage')).NominationPage }),
      },
      {
        path: 'composition',
        handle: PAGES.composition,
        lazy: async () => ({ Component: (await import('./routes/CompositionHeatMap')).CompositionHeatMap }),
      },
      {
        path: 'composition/rules',
        handle: PAGES.compositionRules,
        lazy: async () => ({ Component: (await import('./routes/CompositionRules')).CompositionRules }),
      },
      {
        path: 'organisations',
        handle: PAGES.organisations,
        lazy: async () => ({ Component: (await import('./routes/Organisations')).Organisations }),
      },
      {
        path: 'goals',
        handle: PAGES.goals,
        lazy: async () => ({ Component: (await import('./routes/GoalsAdmin')).GoalsAdmin }),
      },
      {
        path: 'dialogues/questions',
        handle: PAGES.dialogueQuestions,
        lazy: async () => ({ Component: (await import('./routes/DialogueQuestions')).DialogueQuestions }),
      },
      {
        path: 'dialogues/:id/edit',
        handle: PAGES.editDialogue,
        lazy: async () => ({ Component: (await import('./routes/DialogueForm')).EditDialogueForm }),
      },
      {
        path: 'dialogues',
        handle: PAGES.dialogues,
        lazy: async () => ({ Component: (await import('./routes/DialogueOverview')).DialogueOverview }),
      },
      {
        path: 'dialogues/new',
        handle: PAGES.newDialogue,
        lazy: async () => ({ Component: (await import('./routes/DialogueForm')).DialogueForm }),
      },
      {
        path: 'dialogues/:id',
        handle: PAGES.dialogue,
        lazy: async () => ({ Component: (await import('./routes/DialoguePage')).DialoguePage }),
      },
      {
        path: 'reports/annual',
        handle: PAGES.annualReport,
        lazy: async () => ({ Component: (await import('./routes/AnnualReport')).AnnualReport }),
      },
      {
        path: 'feedback',
        handle: PAGES.feedback,
        lazy: async () => ({ Component: (await import('./routes/FeedbackRecords')).FeedbackRecords }),
      },
      {
        path: 'import',
        handle: PAGES.import,
        lazy: async () => ({ Component: (await import('./routes/ImportWizard')).ImportWizard }),
      },
      {
        path: 'admin/users',
        handle: PAGES.users,
        lazy: async () => ({ Component: (await import('./routes/UsersAdmin')).UsersAdmin }),
      },
      {
        path: 'bodies',
        handle: PAGES.bodies,
        lazy: async () => ({ Component: (await import('./routes/Bodies')).Bodies }),
      },
      {
        path: 'meetings/:id',
        handle: PAGES.meeting,
        lazy: async () => ({ Component: (await import('./routes/MeetingPage')).MeetingPage }),
      },
      {
        path: 'meetings/:id/roll-call',
        handle: PAGES.rollCall,
        lazy: async () => ({ Component: (await import('./routes/RollCall')).RollCall }),
      },
      {
        path: 'attendance',
        handle: PAGES.attendance,
        lazy: async () => ({ Component: (await import('./routes/Attendance')).Attendance }),
      },
      {
        path: 'topics',
        handle: PAGES.topics,
        lazy: async () => ({ Component: (await import('./routes/TopicsAdmin')).TopicsAdmin }),
      },
      {
        path: 'populations',
        handle: PAGES.populations,
        lazy: async () => ({ Component: (await import('./routes/Populations')).Populations }),
      },
      { path: '*', handle: PAGES.notFound, element: <NotFound /> },
    ],
  },
]);
