import { KEEPERS, meeting, next, npo, topic, type Case } from '../access-matrix.js';

/** Meetings of bodies and groups: topics, quorum rules, meetings, roll calls and agendas. */
export const meetingCases: Case[] = [
  {
    mutation: 'createTopic',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { createTopic(input: { key: "amne-${next()}", name: "Nytt ämne" }) { id } }`,
    }),
  },
  {
    mutation: 'updateTopic',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateTopic(input: { id: "${(await topic()).id}", name: "Omdöpt ämne" }) { id } }`,
    }),
  },
  {
    mutation: 'setQuorumRule',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { setQuorumRule(input: { groupId: "${(await npo()).id}", minShare: 0.5, everyRegionPresent: false }) { id } }`,
    }),
  },
  {
    mutation: 'createMeeting',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { createMeeting(input: { groupId: "${(await npo()).id}", date: "2025-05-01", kind: PLANNED }) { id } }`,
    }),
  },
  {
    mutation: 'updateMeeting',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateMeeting(input: { id: "${(await meeting()).id}", note: "Flyttat rum" }) { id } }`,
    }),
  },
  {
    mutation: 'recordRollCall',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { recordRollCall(input: { meetingId: "${(await meeting()).id}", entries: [], othersPresent: ["Anna Berg, sekreterare"] }) { id } }`,
    }),
  },
  {
    mutation: 'setAgenda',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation ($t: ID!) { setAgenda(input: { meetingId: "${(await meeting()).id}", items: [{ title: "Nära vård", topicIds: [$t], paragraph: "§ 1" }] }) { id } }`,
      variables: { t: (await topic()).id },
    }),
  },
];
