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

const createMeeting = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
  variables: { input: { groupId: fixtures.groupId, date: '2025-03-01', kind: 'PLANNED', ...input } },
});
const createTopic = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreateTopicInput!) { createTopic(input: $input) { id } }',
  variables: { input: { key: 'nara-vard', name: 'Nära vård', ...input } },
});
const setQuorumRule = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: SetQuorumRuleInput!) { setQuorumRule(input: $input) { id } }',
  variables: { input: { groupId: fixtures.groupId, everyRegionPresent: false, ...input } },
});
/** No record has this id: what class-validator and the text checks refuse is refused before anything is looked up. */
const NO_SUCH_ID = '7d1f3c4e-0000-4000-8000-000000000000';
const recordRollCall = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: RecordRollCallInput!) { recordRollCall(input: $input) { id } }',
  variables: { input: { meetingId: NO_SUCH_ID, entries: [], ...input } },
});
const setAgenda = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: SetAgendaInput!) { setAgenda(input: $input) { id } }',
  variables: { input: { meetingId: NO_SUCH_ID, items: [], ...input } },
});

// ---- feedback records and operational goals (issue 15) ----
const createFeedbackRecord = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreateFeedbackRecordInput!) { createFeedbackRecord(input: $input) { id } }',
  variables: {
    input: {
      healthcareRegionId: fixtures.healthcareRegionId,
      givenOn: '2024-04-15',
      recipient: 'SKR',
      subject: 'Återkoppling',
      ...input,
    },
  },
});
const createOperationalGoal = (input: Record<string, unknown>) => ({
  query: 'mutation ($input: CreateOperationalGoalInput!) { createOperationalGoal(input: $input) { id } }',
  variables: {
    input: {
      number: 4,
      name: 'Beslutsförhet',
      kind: 'MEETING_QUORUM',
      healthcareRegionId: fixtures.healthcareRegionId,
      groupIds: [fixtures.groupId],
      threshold: 0.9,
      ...input,
    },
  },
});
const feedbackAndGoalRequests: Hostile[] = [
  {
    name: 'feedback to a group that names none',
    ...createFeedbackRecord({ recipient: 'GROUP' }),
    expect: BAD('RECIPIENT_GROUP_REQUIRED'),
  },
  {
    name: 'feedback to SKR that names a group',
    ...createFeedbackRecord({ recipientGroupId: fixtures.groupId }),
    expect: BAD('RECIPIENT_GROUP_NOT_ALLOWED'),
  },
  {
    name: 'a feedback subject of 10,000 characters',
    ...createFeedbackRecord({ subject: 'Å'.repeat(10_000) }),
    expect: BAD('INVALID_INPUT'),
  },
  {
    name: 'a line break in a feedback subject',
    ...createFeedbackRecord({ subject: 'Å\nÅ' }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  { name: 'feedback given on the 30th of February', ...createFeedbackRecord({ givenOn: '2024-02-30' }), expect: BAD() },
  { name: 'a quorum goal for a group that is not a body', ...createOperationalGoal({}), expect: BAD('NOT_A_BODY') },
  { name: 'a goal threshold above 1', ...createOperationalGoal({ threshold: 1.5 }), expect: BAD('INVALID_INPUT') },
  {
    name: 'a partly-met share at the threshold',
    ...createOperationalGoal({ partlyThreshold: 0.9 }),
    expect: BAD('PARTLY_NOT_BELOW_MET'),
  },
  {
    name: 'a question key on a quorum goal',
    ...createOperationalGoal({ questionKey: 'regionavtal' }),
    expect: BAD('GOAL_FIELD_NOT_ALLOWED'),
  },
  {
    name: 'a goal naming 1,000 groups',
    ...createOperationalGoal({ groupIds: Array.from({ length: 1000 }, () => fixtures.groupId) }),
    expect: BAD('INVALID_INPUT'),
  },
  {
    name: 'SQL in a topic id',
    ...createOperationalGoal({ kind: 'TOPIC_AT_EVERY_MEETING', threshold: null, topicId: "1' OR '1'='1" }),
    expect: { code: 'NOT_FOUND' },
  },
];
// ---- end of feedback records and operational goals ----

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
  { name: 'a meeting on the 30th of February', ...createMeeting({ date: '2024-02-30' }), expect: BAD() },
  { name: 'a meeting kind that does not exist', ...createMeeting({ kind: 'SOMETIMES' }), expect: BAD() },
  {
    name: 'a meeting recorded as held decades ahead',
    ...createMeeting({ date: '2099-01-01', status: 'HELD' }),
    expect: BAD('MEETING_NOT_HELD'),
  },
  { name: 'a NUL byte in a meeting note', ...createMeeting({ note: 'Not\u0000e' }), expect: BAD('CONTROL_CHARACTERS') },
  {
    name: 'a meeting of a group that does not exist',
    ...createMeeting({ groupId: NO_SUCH_ID }),
    expect: { code: 'NOT_FOUND' },
  },
  { name: 'a topic key with capitals and spaces', ...createTopic({ key: 'Nära Vård' }), expect: BAD('INVALID_INPUT') },
  { name: 'a topic key of 41 characters', ...createTopic({ key: 'a'.repeat(41) }), expect: BAD('INVALID_INPUT') },
  { name: 'a line break in a topic name', ...createTopic({ name: 'Nära\nvård' }), expect: BAD('CONTROL_CHARACTERS') },
  { name: 'a quorum share above one', ...setQuorumRule({ minShare: 1.5 }), expect: BAD('INVALID_INPUT') },
  { name: 'a quorum share of zero', ...setQuorumRule({ minShare: 0 }), expect: BAD('INVALID_INPUT') },
  { name: 'a quorum of no one', ...setQuorumRule({ minPresent: 0 }), expect: BAD('INVALID_INPUT') },
  {
    name: 'a quorum rule naming no amount',
    ...setQuorumRule({ everyRegionPresent: true }),
    expect: BAD('QUORUM_RULE_EMPTY'),
  },
  {
    name: 'a quorum of more seats than the group has',
    ...setQuorumRule({ minPresent: 3 }),
    expect: BAD('QUORUM_UNREACHABLE'),
  },
  {
    name: 'a roll call of 501 entries',
    ...recordRollCall({
      entries: Array.from({ length: 501 }, () => ({ personId: NO_SUCH_ID, present: true })),
    }),
    expect: BAD('INVALID_INPUT'),
  },
  {
    name: 'a line break among the others present',
    ...recordRollCall({ othersPresent: ['Anna Berg\nsekreterare'] }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a right-to-left override among the others present',
    ...recordRollCall({ othersPresent: ['Anna \u202egreB'] }),
    expect: BAD('CONTROL_CHARACTERS'),
  },
  {
    name: 'a roll call of a meeting that does not exist',
    ...recordRollCall({ entries: [{ personId: NO_SUCH_ID, present: true }] }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'an agenda paragraph of 21 characters',
    ...setAgenda({ items: [{ title: 'Punkt', paragraph: '§'.repeat(21) }] }),
    expect: BAD('INVALID_INPUT'),
  },
  { name: 'an agenda item without a title', ...setAgenda({ items: [{ title: '' }] }), expect: BAD('INVALID_INPUT') },
  {
    name: 'SQL for a topic id, in an agenda of a meeting that does not exist',
    ...setAgenda({ items: [{ title: 'Punkt', topicIds: ["1' OR '1'='1"] }] }),
    expect: { code: 'NOT_FOUND' },
  },
  ...feedbackAndGoalRequests,
];
