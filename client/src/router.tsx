import { createBrowserRouter } from 'react-router';
import { Layout } from './routes/Layout';
import { NotFound } from './routes/NotFound';

// Each screen is its own chunk, loaded when first visited.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./routes/Dashboard')).Dashboard }) },
      { path: 'regions/:id', lazy: async () => ({ Component: (await import('./routes/RegionView')).RegionView }) },
      { path: 'groups', lazy: async () => ({ Component: (await import('./routes/GroupBrowser')).GroupBrowser }) },
      { path: 'groups/new', lazy: async () => ({ Component: (await import('./routes/GroupForm')).CreateGroupPage }) },
      { path: 'groups/:id', lazy: async () => ({ Component: (await import('./routes/GroupPage')).GroupPage }) },
      { path: 'groups/:id/edit', lazy: async () => ({ Component: (await import('./routes/GroupForm')).EditGroupPage }) },
      { path: 'persons', lazy: async () => ({ Component: (await import('./routes/PersonSearch')).PersonSearch }) },
      { path: 'persons/review', lazy: async () => ({ Component: (await import('./routes/PersonsReview')).PersonsReview }) },
      { path: 'persons/:id/extract', lazy: async () => ({ Component: (await import('./routes/PersonExtract')).PersonExtract }) },
      { path: 'persons/:id', lazy: async () => ({ Component: (await import('./routes/PersonPage')).PersonPage }) },
      { path: 'nominations', lazy: async () => ({ Component: (await import('./routes/NominationsBoard')).NominationsBoard }) },
      { path: 'nominations/:id', lazy: async () => ({ Component: (await import('./routes/NominationPage')).NominationPage }) },
      { path: 'goals', lazy: async () => ({ Component: (await import('./routes/GoalsAdmin')).GoalsAdmin }) },
      { path: 'dialogues/questions', lazy: async () => ({ Component: (await import('./routes/DialogueQuestions')).DialogueQuestions }) },
      { path: 'dialogues/:id/edit', lazy: async () => ({ Component: (await import('./routes/DialogueForm')).EditDialogueForm }) },
      { path: 'dialogues', lazy: async () => ({ Component: (await import('./routes/DialogueOverview')).DialogueOverview }) },
      { path: 'dialogues/new', lazy: async () => ({ Component: (await import('./routes/DialogueForm')).DialogueForm }) },
      { path: 'dialogues/:id', lazy: async () => ({ Component: (await import('./routes/DialoguePage')).DialoguePage }) },
      { path: 'reports/annual', lazy: async () => ({ Component: (await import('./routes/AnnualReport')).AnnualReport }) },
      { path: 'import', lazy: async () => ({ Component: (await import('./routes/ImportWizard')).ImportWizard }) },
      { path: 'admin/users', lazy: async () => ({ Component: (await import('./routes/UsersAdmin')).UsersAdmin }) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
