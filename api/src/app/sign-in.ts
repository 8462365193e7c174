import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { refusingRequest, unauthenticated } from '../common/errors.js';
import type { Context } from '../common/context.js';

/** The root fields open without signing in. */
const OPEN_FIELDS = new Set(['login', '__typename']);

/**
 * Every root field but `login` needs a signed-in user. Checked once per operation, before any resolver runs, rather
 * than as a middleware around each of the thousands of fields a list resolves.
 */
export function requireSignIn(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.actor) return;
          // A fragment at the root is refused too: without a session only a plain `login` is read.
          if (!operation) return;
          const open = operation.selectionSet.selections.every(
            (s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value),
          );
          if (!open) throw refusingRequest(unauthenticated());
        },
      };
    },
  };
}
