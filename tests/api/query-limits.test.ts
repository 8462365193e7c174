import 'reflect-metadata';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  Lexer,
  parse,
  print,
  Source,
  TokenKind,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as clientDocuments from '../../client/src/gql/graphql.js';
import { MAX_COMPLEXITY, MAX_DEPTH, MAX_TOKENS, queryComplexity, queryDepth } from '../../api/src/app/query-limits.js';
import { buildRegistrySchema } from '../../api/src/app/schema.js';

/** A value of the variable's type, lists of one item and the largest page, so a document is weighed at its dearest. */
function sampleValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType<GraphQLInputType>(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType)];
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  const scalars: Record<string, unknown> = {
    Int: 100,
    Float: 1,
    Boolean: true,
    Date: '2024-01-01',
    DateTime: '2024-01-01T00:00:00Z',
  };
  return scalars[nullable.name] ?? 'x';
}

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildRegistrySchema();
});

const operations = Object.entries(clientDocuments).flatMap(([name, value]) => {
  const document = value as DocumentNode;
  const operation =
    document?.kind === Kind.DOCUMENT
      ? document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)
      : undefined;
  return operation ? [{ name, document, operation: operation }] : [];
});

describe('the query limits', () => {
  it('leave every request of the client a wide margin: a quarter of the cost and token limits at most', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const { name, document, operation } of operations) {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType),
        ]),
      );
      const cost = queryComplexity(schema, document, operation.name?.value, variables);
      expect(cost, name).toBeLessThanOrEqual(MAX_COMPLEXITY / 4);
      expect(queryDepth(document), name).toBeLessThanOrEqual(MAX_DEPTH);
      expect(tokenCount(print(document)), name).toBeLessThanOrEqual(MAX_TOKENS / 4);
    }
  });

  it('weigh nested lists by their size, so a fan-out through members is refused however few fields it names', () => {
    const fanOut = parse(`{ groups(first: 100) { nodes { memberships(includeEnded: true) { person { memberships {
      group { memberships(includeEnded: true) { person { memberships { group { name } } } } } } } } } } }`);
    expect(queryComplexity(schema, fanOut, undefined, {})).toBeGreaterThan(MAX_COMPLEXITY);
  });

  it('weigh every root field as SQL, so a thousand aliases of a cheap count are refused', () => {
    const aliases = parse(
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: persons(first: 100) { totalCount }`).join(' ')} }`,
    );
    expect(queryComplexity(schema, aliases, undefined, {})).toBeGreaterThan(MAX_COMPLEXITY);
  });

  it('weigh a page by the size asked for, not by the number of fields', () => {
    const page = (first: number) =>
      queryComplexity(schema, parse(`{ persons(first: ${first}) { nodes { id name } } }`), undefined, {});
    // Each item of a page asks for `id` and `name`: 90 more items cost at least 90 × 2 more.
    expect(page(100) - page(10)).toBeGreaterThanOrEqual(90 * 2);
  });
});
