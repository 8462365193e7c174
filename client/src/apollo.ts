import { Kind, OperationTypeNode } from 'graphql';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { tap } from 'rxjs';
import { tokenStore } from './auth';

/** Signs every request with the stored token; an UNAUTHENTICATED answer clears it and shows the sign-in page. */
export function createApolloClient(onSignedOut: () => void) {
  const auth = new SetContextLink((previous) => {
    const token = tokenStore.get();
    return token
      ? { headers: { ...(previous.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } }
      : {};
  });
  const signOutOnExpiry = new ErrorLink(({ error, operation }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && operation.operationName !== 'Login' && tokenStore.get()) {
      tokenStore.clear();
      onSignedOut();
    }
  });
  // Every change writes an audit event: after a mutation, the histories on screen fetch their newest events.
  const refreshHistories = new ApolloLink((operation, forward) => {
    const isMutation = operation.query.definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION,
    );
    if (!isMutation) return forward(operation);
    return forward(operation).pipe(
      tap(() => {
        setTimeout(() => void client.refetchQueries({ include: ['AuditHistory'] }));
      }),
    );
  });
  const client: ApolloClient = new ApolloClient({
    // Others change the register too: a screen shows what the cache has at once, then what the server says now.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
    link: ApolloLink.from([refreshHistories, signOutOnExpiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Pages of a list are merged by cursor; each filter or search is a list of its own.
        Query: {
          fields: {
            groups: relayStylePagination(['filter']),
            persons: relayStylePagination(['search', 'includeArchived']),
            auditEvents: relayStylePagination(['entityType', 'entityId']),
            personsForReview: relayStylePagination(['yearsWithoutMembership']),
          },
        },
        // What roles mean is the same in every query that asks: one entry per role.
        MemberRoleInfo: { keyFields: ['role'] },
        GroupTypeInfo: { keyFields: ['type'] },
        UserRoleInfo: { keyFields: ['role'] },
        // What the viewer may do is asked afresh with the nomination or candidate; the newest answer wins.
        NominationActions: { merge: true },
        CandidateActions: { merge: true },
      },
    }),
  });
  return client;
}
