import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { createRequire } from 'node:module';
import { badInput } from '../common/errors.js';

// The CommonJS build shares type-graphql's copy of graphql; the ESM build would load a second one. It is required
// rather than imported because Node and the test runner hand a CommonJS module to ESM imports differently.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity/cjs',
) as typeof import('graphql-query-complexity');

/** Deeper than any screen of the client asks; enough to stop a query that walks group → members → group … */
export const MAX_DEPTH = 12;
/** Every field costs 1; the client's largest screen costs about 150. */
export const MAX_COMPLEXITY = 2000;

/** The deepest chain of fields in the operation, through fragments; introspection (`__schema`, `__type`) is free. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return deepest;
  };
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  return chosen ? depthOf(chosen.selectionSet, new Set()) : 0;
}

/** The same request text with the same variables is weighed once: the screens send the same requests again and again. */
const ACCEPTED_CACHE_SIZE = 500;

/** Refuses operations too deep or too costly before any resolver runs. */
export function queryLimits(schema: GraphQLSchema): ApolloServerPlugin {
  const accepted = new Set<string>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = `${request.operationName ?? ''}\u0000${request.query ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          if (request.query && accepted.has(key)) return;
          const depth = queryDepth(document, request.operationName);
          if (depth > MAX_DEPTH) {
            throw badInput(`The query nests ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`, {
              reason: 'QUERY_TOO_DEEP',
              params: { depth, max: MAX_DEPTH },
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // The cost is weighed with the variables, so invalid variables (a date in words, an unknown input field)
            // are found here first, before Apollo's own coercion would refuse them.
            if (error instanceof Error && error.name === 'GraphQLError') throw badInput(error.message, { reason: 'INVALID_VARIABLES' });
            throw error;
          }
          if (complexity > MAX_COMPLEXITY) {
            throw badInput(`The query asks for ${complexity} fields; at most ${MAX_COMPLEXITY} are allowed in one request.`, {
              reason: 'QUERY_TOO_COMPLEX',
              params: { complexity, max: MAX_COMPLEXITY },
            });
          }
          if (request.query) {
            accepted.add(key);
            if (accepted.size > ACCEPTED_CACHE_SIZE) accepted.delete(accepted.values().next().value!);
          }
        },
      };
    },
  };
}
