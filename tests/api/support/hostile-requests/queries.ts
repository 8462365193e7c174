import { MAX_COMPLEXITY, MAX_DEPTH, ROOT_FIELD_COST } from '../../../../api/src/app/query-limits.js';
import { UserRole } from '../../../../api/src/common/user-role.js';
import { BAD, type Hostile } from '../hostile.js';

/** Queries that parse but ask too much or make no sense: depth, cost, variables, operations, pages, cursors, searches. */
const nested = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level++)
    selection = level % 2 ? `memberships { ${selection} }` : `group { ${selection} }`;
  return `{ groups(first: 1) { nodes { ${selection} } } }`;
};
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const fanOut = `{ groups(first: 100) { nodes { memberships(includeEnded: true) { person { memberships { group {
  memberships(includeEnded: true) { person { memberships { group { name } } } } } } } } } } }`;

export const queryRequests: Hostile[] = [
  { name: 'a query nested beyond the depth limit', query: nested(MAX_DEPTH + 2), expect: BAD('QUERY_TOO_DEEP', 400) },
  {
    name: 'a query wider than the cost limit',
    query: aliases(MAX_COMPLEXITY / ROOT_FIELD_COST + 1, 'healthcareRegions { id }'),
    expect: BAD('QUERY_TOO_COMPLEX', 400),
  },
  {
    name: "a viewer's fan-out through members and their groups",
    query: fanOut,
    token: UserRole.VIEWER,
    expect: BAD('QUERY_TOO_COMPLEX', 400),
  },
  {
    name: "a viewer's 300 aliased counts of persons",
    query: aliases(300, 'persons(first: 100) { totalCount }'),
    token: UserRole.VIEWER,
    expect: BAD('QUERY_TOO_COMPLEX', 400),
  },
  {
    name: 'a thousand aliased counts, beyond the token limit',
    query: aliases(1000, 'persons(first: 100) { totalCount }'),
    token: UserRole.VIEWER,
    expect: BAD(undefined, 400),
  },
  {
    name: '20,000 unknown directives, not signed in',
    query: `{ __typename ${'@a '.repeat(20_000)}}`,
    token: null,
    expect: BAD(undefined, 400),
  },
  {
    name: 'invalid variables weighed before they run',
    query: '{ groups(first: $n) { nodes { id } } }',
    variables: { n: 'ten' },
    expect: BAD(undefined, 400),
  },
  {
    name: 'a variable of the wrong type for a page',
    query: 'query ($n: Int) { groups(first: $n) { nodes { id } } }',
    variables: { n: 'ten' },
    expect: BAD('INVALID_VARIABLES', 400),
  },
  {
    name: 'an operation name the document lacks, not signed in',
    query: '{ __typename }',
    extra: { operationName: 'Nope' },
    token: null,
    expect: BAD(undefined, 400),
  },
  {
    name: 'two operations and no operation name',
    query: 'query A { me { id } } query B { me { email } }',
    expect: BAD(undefined, 400),
  },
  {
    name: 'a persisted query of an unknown hash',
    query: undefined,
    extra: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    token: null,
    expect: BAD(undefined),
  },
  {
    name: 'a persisted query whose hash is not its text',
    query: '{ __typename }',
    extra: { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } },
    token: null,
    expect: BAD(undefined),
  },
  {
    name: 'a search of 201 characters',
    query: `{ persons(search: "${'a'.repeat(201)}") { totalCount } }`,
    expect: BAD('SEARCH_TOO_LONG'),
  },
  {
    name: 'a search of 200,000 characters in a group filter',
    query: 'query ($s: String) { groups(filter: { search: $s }) { totalCount } }',
    variables: { s: 'g'.repeat(200_000) },
    expect: BAD('INVALID_INPUT'),
  },
  { name: 'a page of 101', query: '{ persons(first: 101) { nodes { id } } }', expect: BAD('INVALID_PAGE_SIZE') },
  {
    name: 'a cursor of 10 kB of garbage',
    query: `{ persons(after: "${'Z'.repeat(10_000)}") { nodes { id } } }`,
    expect: BAD('INVALID_CURSOR'),
  },
  {
    name: 'a page of a million groups',
    query: '{ groups(first: 1000000) { nodes { id } } }',
    expect: BAD('INVALID_PAGE_SIZE'),
  },
  { name: 'a negative page size', query: '{ persons(first: -5) { nodes { id } } }', expect: BAD('INVALID_PAGE_SIZE') },
  {
    name: 'a forged cursor',
    query: '{ persons(after: "eyJub3QiOiJhIGN1cnNvciJ9") { nodes { id } } }',
    expect: BAD('INVALID_CURSOR'),
  },
  { name: 'a syntax error', query: '{ groups(first: 1) { nodes { id }', expect: BAD() },
  { name: 'an unknown field', query: '{ groups { nodes { id password } } }', expect: BAD() },
  {
    name: 'a fragment that spreads itself',
    query: '{ groups { nodes { ...G } } } fragment G on Group { parent { ...G } }',
    expect: BAD(),
  },
  {
    name: 'a wrongly typed variable',
    query:
      'mutation ($seats: Int!) { openNomination(input: { groupId: "x", role: MEMBER, seats: $seats, dueDate: "2025-01-01" }) { id } }',
    variables: { seats: 'many' },
    expect: BAD(),
  },
  {
    name: 'SQL in a search',
    query: `{ persons(search: "' OR 1=1; DROP TABLE persons; --") { totalCount } }`,
    expect: { empty: true },
  },
  { name: 'LIKE wildcards in a search', query: '{ persons(search: "%_%") { totalCount } }', expect: { empty: true } },
  {
    name: 'an ID of no record',
    query: '{ group(id: "00000000-0000-4000-8000-000000000000") { id } }',
    expect: { empty: true },
  },
];
