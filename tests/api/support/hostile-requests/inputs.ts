import { BAD, fixtures, type Hostile } from '../hostile.js';

/** Input values the register refuses: control characters, impossible dates, names too long or empty, smuggled keys. */
const createPerson = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
  variables: { input },
});
const addMembership = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
  variables: {
    input: {
      groupId: fixtures.groupId,
      personId: fixtures.personId,
      role: 'MEMBER',
      representedRegionId: fixtures.regionId,
      startDate: '2025-01-01',
      ...input,
    },
  },
});
const updatePerson = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
  variables: { input: { id: fixtures.personId, ...input } },
});

export const inputRequests: Hostile[] = [
  { name: 'a date of 1,000 characters', ...addMembership({ startDate: '2'.repeat(1000) }), expect: BAD() },
  { name: 'a string where a role is expected', ...addMembership({ role: 'OVERLORD' }), expect: BAD() },
  {
    name: 'null for a required input',
    query: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    variables: { input: null },
    expect: BAD(),
  },
  { name: 'a line break in a name', ...createPerson({ name: 'Ann\nAndersson' }), expect: BAD('CONTROL_CHARACTERS') },
  { name: 'a tab in a name', ...createPerson({ name: 'Ann\tAndersson' }), expect: BAD('CONTROL_CHARACTERS') },
  {
    name: 'a C1 control (NEL) in a name',
    ...createPerson({ name: 'Ann\u0085Andersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a line separator in a name',
    ...createPerson({ name: 'Ann\u2028Andersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a right-to-left override in a name',
    ...createPerson({ name: 'Ann \u202enossredna' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a zero-width space in a name',
    ...createPerson({ name: 'Ann\u200bAndersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'an unpaired surrogate in a name',
    ...createPerson({ name: 'Ann\ud800Andersson' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a directional isolate in a title',
    ...updatePerson({ title: 'Överläkare \u2066x\u2069' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a byte-order mark in a search',
    query: '{ persons(search: "Ann\ufeff") { totalCount } }',
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a line break in a group name',
    query: 'mutation { createGroup(input: { name: "NPO\\nX", type: NPO }) { id } }',
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a prototype key smuggled into an input',
    ...createPerson({ name: 'Proto', ['__proto__']: { role: 'ADMIN' } }),
    expect: BAD(),
  },
  { name: 'a name of 10,000 characters', ...createPerson({ name: 'Å'.repeat(10_000) }), expect: BAD('INVALID_INPUT') },
  { name: 'an empty name', ...createPerson({ name: '' }), expect: BAD('INVALID_INPUT') },
  { name: 'a NUL byte in a name', ...createPerson({ name: 'Nul\u0000Person' }), expect: BAD('CONTROL_CHARACTERS') },
  {
    name: 'an e-mail address with a script in it',
    ...createPerson({ name: 'Skript', email: '<script>alert(1)</script>' }),
    expect: BAD('INVALID_INPUT'),
  },
  {
    name: 'SQL in an ID',
    query: `mutation { archivePerson(id: "1' OR '1'='1") { id } }`,
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'an end date before the start',
    ...addMembership({ startDate: '2025-06-01', endDate: '2025-01-01' }),
    expect: BAD('END_BEFORE_START'),
  },
  { name: 'the 30th of February', ...addMembership({ startDate: '2023-02-30' }), expect: BAD() },
  { name: 'a month 13', ...addMembership({ startDate: '2023-13-01' }), expect: BAD() },
  { name: 'a date in words', ...addMembership({ startDate: 'yesterday' }), expect: BAD() },
  { name: 'a date with a time', ...addMembership({ startDate: '2025-01-01T00:00:00Z' }), expect: BAD() },
];
