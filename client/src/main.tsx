import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider, useApolloClient, useMutation } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import './i18n';
import './styles.css';
import { createApolloClient } from './apollo';
import { AuthProvider, MeDocument, tokenStore, type SessionUserRef } from './auth';
import { clearDialogueDrafts } from './dialogueDrafts';
import { graphql } from './gql';
import { router } from './router';
import { SignIn } from './routes/SignIn';

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

function Session({ token, setToken }: { token: string | null; setToken: (token: string | null) => void }) {
  const client = useApolloClient();
  const [logout] = useMutation(LogoutDocument);
  const signIn = async (newToken: string, user: SessionUserRef) => {
    // Nothing a previous session saw is shown to this one; the signed-in user needs no second request.
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: user } });
    tokenStore.set(newToken);
    setToken(newToken);
  };
  const signOut = async () => {
    await logout().catch(() => undefined);
    tokenStore.clear();
    // Unsaved dialogue drafts may hold what was said in a dialogue: they do not outlive the session on a shared computer.
    clearDialogueDrafts();
    setToken(null);
    await client.clearStore();
  };
  return (
    <AuthProvider
      token={token}
      signOut={() => void signOut()}
      fallback={<SignIn onSignedIn={(newToken, user) => void signIn(newToken, user)} />}
    >
      <RouterProvider router={router} />
    </AuthProvider>
  );
}

function App() {
  const [token, setToken] = useState(tokenStore.get());
  const client = useMemo(() => createApolloClient(() => setToken(null)), []);
  return (
    <ApolloProvider client={client}>
      <Session token={token} setToken={setToken} />
    </ApolloProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
