import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from './gql';
import type { SessionUserFragment as SessionUserData } from './gql/graphql';

const TOKEN_KEY = 'ks-registry.token';

export const tokenStore = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    email
    role
    region {
      id
      name
    }
    homeHealthcareRegion {
      id
    }
    permissions {
      editRegister
      proposeCandidates
      addPersons
      logDialogues
      manageUsers
      handlePersonalData
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

type Me = SessionUserData;

/** The signed-in user as the sign-in answer and the Me query carry it, before it is read. */
export type SessionUserRef = FragmentType<typeof SessionUserFragment>;

interface Session {
  me: Me;
  signOut: () => void;
}

const AuthContext = createContext<Session | null>(null);

/** Loads the signed-in user for a token; the routes below read it with useMe(). Without a user, `fallback` shows. */
export function AuthProvider({
  token,
  signOut,
  children,
  fallback,
}: {
  token: string | null;
  signOut: () => void;
  children: ReactNode;
  fallback: ReactNode;
}) {
  const { t } = useTranslation();
  // On load the stored token is checked with the server; right after sign-in the user is already in the cache.
  const { data, loading } = useQuery(MeDocument, { skip: !token, fetchPolicy: 'cache-first' });
  if (token && loading) return <p role="status">{t('common.loading')}</p>;
  if (!token || !data?.me) return <>{fallback}</>;
  return (
    <AuthContext.Provider value={{ me: getFragmentData(SessionUserFragment, data.me), signOut }}>
      {children}
    </AuthContext.Provider>
  );
}

function useSession(): Session {
  const session = useContext(AuthContext);
  if (!session) throw new Error('used outside a signed-in tree');
  return session;
}

export const useMe = (): Me => useSession().me;
export const useSignOut = () => useSession().signOut;

/** What the user's role lets them do, as the API tells it: the client only hides what the API would refuse. */
export const useCan = () => useMe().permissions;
