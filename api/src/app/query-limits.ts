import type { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../common/connection.js';
import { badInput, refusingRequest, type ErrorDetails } from '../common/errors.js';
import type * as GraphqlQueryComplexity from 'graphql-query-complexity';

// The CommonJS build shares type-graphql's copy of graphql; the ESM build would load a second one. It is required
// rather than imported because Node and the test runner hand a CommonJS module to ESM imports differently.
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity/cjs',
) as typeof GraphqlQueryComplexity;

/** Deeper than any screen of the client asks; enough to stop a query that walks group → members → group … */
export const MAX_DEPTH = 12;
/**
 * The weighed cost a request may have (see `listWeightedEstimator`). The client's most costly screen weighs about a
 * fifth of it (`tests/api/query-limits.test.ts` checks every document of the client against it).
 */
export const MAX_COMPLEXITY = 50_000;
/** Tokens the parser reads before it gives up: the client's largest document has a few hundred. */
export const MAX_TOKENS = 5000;
/** A root field runs at least one SQL statement, so a thousand aliases of a cheap one are not cheap. */
export const ROOT_FIELD_COST = 100;
/** How many items a list without paging (a group's members, a person's seats) is taken to hold. */
const UNPAGED_LIST_ESTIMATE = 20;

const isConnection = (type: GraphQLNamedType) =>
  isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();

/**
 * Weighs a field by what it can make the server do: a list multiplies the cost of what is asked of each item by its
 * page size (`first`, or the default page), an unpaged list by `UNPAGED_LIST_ESTIMATE`, and a root field costs
 * `ROOT_FIELD_COST`. A connection's `nodes` and `edges` are weighed on the connection itself.
 */
function listWeightedEstimator(schema: GraphQLSchema) {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  return ({
    type,
    field,
    args,
    childComplexity,
  }: {
    type: GraphQLNamedType;
    field: GraphQLField<unknown, unknown>;
    args: Record<string, unknown>;
    childComplexity: number;
  }) => {
    const base = roots.has(type as never) ? ROOT_FIELD_COST : 1;
    if (isConnection(type) && (field.name === 'nodes' || field.name === 'edges')) return base + childComplexity;
    const requested = typeof args.first === 'number' ? Math.max(0, Math.min(args.first, MAX_PAGE_SIZE)) : null;
    if (isConnection(getNamedType(field.type))) return base + (requested ?? DEFAULT_PAGE_SIZE) * childComplexity;
    if (isListType(getNullableType(field.type))) return base + (requested ?? UNPAGED_LIST_ESTIMATE) * childComplexity;
    return base + childComplexity;
  };
}

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

/** The weighed cost of one operation of `document` with these variables; throws a GraphQLError for invalid variables. */
export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    operationName,
    query: document,
    variables,
    estimators: [fieldExtensionsEstimator(), listWeightedEstimator(schema)],
  });
}

const refusedRequest = (message: string, details: ErrorDetails) => refusingRequest(badInput(message, details));

/**
 * The same request text with the same variables is weighed once: the screens send the same requests again and
 * again. Only a SHA-256 of each is kept, so the memory is bounded whatever the requests hold.
 */
const ACCEPTED_CACHE_SIZE = 1000;

/** Refuses operations too deep or too costly before any resolver runs. */
export function queryLimits(schema: GraphQLSchema): ApolloServerPlugin {
  const accepted = new Set<string>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const operationName = operation.name?.value;
          const key = request.query
            ? createHash('sha256')
                .update(`${operationName ?? ''}\u0000${request.query}\u0000${JSON.stringify(request.variables ?? {})}`)
                .digest('base64')
            : null;
          if (key && accepted.has(key)) return;
          const depth = queryDepth(document, operationName);
          if (depth > MAX_DEPTH) {
            throw refusedRequest(`The query nests ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`, {
              reason: 'QUERY_TOO_DEEP',
              params: { depth, max: MAX_DEPTH },
            });
          }
          let complexity: number;
          try {
            complexity = queryComplexity(schema, document, operationName, request.variables ?? {});
          } catch (error) {
            // The cost is weighed with the variables, so invalid variables (a date in words, an unknown input field)
            // are found here first, before Apollo's own coercion would refuse them.
            if (error instanceof Error && error.name === 'GraphQLError')
              throw refusedRequest(error.message, { reason: 'INVALID_VARIABLES' });
            throw error;
          }
          if (complexity > MAX_COMPLEXITY) {
            throw refusedRequest(
              `The query would cost ${complexity}; at most ${MAX_COMPLEXITY} is allowed in one request. Ask for smaller pages.`,
              {
                reason: 'QUERY_TOO_COMPLEX',
                params: { complexity, max: MAX_COMPLEXITY },
              },
            );
          }
          if (key) {
            accepted.add(key);
            if (accepted.size > ACCEPTED_CACHE_SIZE) accepted.delete(accepted.values().next().value!);
          }
        },
      };
    },
  };
}
