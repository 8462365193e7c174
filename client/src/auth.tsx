import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from './gql';
import type { MeQuery, UserRole } from './gql/graphql';

const TOKEN_KEY = 'ks-registry.token';

export const tokenStore = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      role
      region {
        id
        name
      }
    }
  }
`);

type Me = MeQuery['me'];

interface Session {
  me: Me;
  signOut: () => void;
}

const AuthContext = createContext<Session | null>(null);

/** Loads the signed-in user for a token; the routes below read it with useMe(). Without a user, `fallback` shows. */
export function AuthProvider({ token, signOut, children, fallback }: { token: string | null; signOut: () => void; children: ReactNode; fallback: ReactNode }) {
  const { data, loading } = useQuery(MeDocument, { skip: !token, fetchPolicy: 'network-only' });
  if (token && loading) return <p className="page-loading" role="status">…</p>;
  if (!token || !data?.me) return <>{fallback}</>;
  return <AuthContext.Provider value={{ me: data.me, signOut }}>{children}</AuthContext.Provider>;
}

function useSession(): Session {
  const session = useContext(AuthContext);
  if (!session) throw new Error('used outside a signed-in tree');
  return session;
}

export const useMe = (): Me => useSession().me;
export const useSignOut = () => useSession().signOut;

/** What the user's role lets them do; the API enforces the same, the client only hides what would be refused. */
export function useCan() {
  const { role } = useMe();
  const keepsRegister = (['ADMIN', 'COORDINATOR'] as UserRole[]).includes(role);
  return { editRegister: keepsRegister, addPersons: keepsRegister || role === 'REGION_REPRESENTATIVE' };
}
