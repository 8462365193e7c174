import { coordinator } from '../../../../api/src/test-support/factories.js';
import {
  feedbackRecord,
  goal,
  KEEPERS,
  membership,
  next,
  nextGoalNumber,
  norra,
  norrbotten,
  npo,
  operationalGoal,
  person,
  PROPOSERS,
  s,
  vasterbotten,
  type Case,
} from '../access-matrix.js';

/** The register's own records: groups, persons, memberships, share goals and seats, and the import that fills them. */
export const registerCases: Case[] = [
  {
    mutation: 'createGroup',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { createGroup(input: { name: "Ny grupp ${next()}", type: NPO }) { id } }`,
    }),
  },
  {
    mutation: 'updateGroup',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateGroup(input: { id: "${(await npo()).id}", mandate: "Nytt uppdrag" }) { id } }`,
    }),
  },
  {
    mutation: 'archiveGroup',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { archiveGroup(id: "${(await npo()).id}") { id } }` }),
  },
  {
    mutation: 'createPerson',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: `mutation ($r: ID!) { createPerson(input: { name: "Ny person ${next()}", employerRegionId: $r }) { id } }`,
      variables: { r: norrbotten },
    }),
  },
  {
    mutation: 'updatePerson',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: `mutation { updatePerson(input: { id: "${(await person()).id}", title: "Överläkare" }) { id } }`,
    }),
  },
  {
    mutation: 'archivePerson',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { archivePerson(id: "${(await person()).id}") { id } }` }),
  },
  {
    mutation: 'erasePerson',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { erasePerson(id: "${(await person()).id}") { id } }` }),
  },
  {
    mutation: 'addMembership',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
      variables: {
        input: {
          groupId: (await npo()).id,
          personId: (await person()).id,
          role: 'MEMBER',
          representedRegionId: norrbotten,
          startDate: '2025-01-01',
        },
      },
    }),
  },
  {
    mutation: 'endMembership',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { endMembership(id: "${(await membership()).id}", endDate: "2025-06-30") { id } }`,
    }),
  },
  {
    mutation: 'updateMembership',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateMembership(input: { id: "${(await membership()).id}", note: "Beslut 2025:1" }) { id } }`,
    }),
  },
  {
    mutation: 'archiveMembership',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { archiveMembership(id: "${(await membership()).id}") { id } }` }),
  },
  {
    mutation: 'createShareGoal',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: CreateShareGoalInput!) { createShareGoal(input: $input) { id } }',
      variables: {
        input: {
          name: 'Nytt mål',
          kind: 'INCREASE_SHARE',
          healthcareRegionId: norra,
          baselineDate: '2023-08-31',
          targetDate: '2024-12-31',
          regionIds: [vasterbotten],
        },
      },
    }),
  },
  {
    mutation: 'updateShareGoal',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateShareGoal(input: { id: "${(await goal()).id}", name: "Omdöpt" }) { id } }`,
    }),
  },
  {
    mutation: 'deleteShareGoal',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { deleteShareGoal(id: "${(await goal()).id}") }` }),
  },
  // ---- feedback records and operational goals (issue 15) ----
  {
    mutation: 'createFeedbackRecord',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: CreateFeedbackRecordInput!) { createFeedbackRecord(input: $input) { id } }',
      variables: {
        input: { healthcareRegionId: norra, givenOn: '2024-10-17', recipient: 'SKR', subject: 'Återkoppling' },
      },
    }),
  },
  {
    mutation: 'updateFeedbackRecord',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateFeedbackRecord(input: { id: "${(await feedbackRecord()).id}", reference: "NRF 2024/1" }) { id } }`,
    }),
  },
  {
    mutation: 'deleteFeedbackRecord',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { deleteFeedbackRecord(id: "${(await feedbackRecord()).id}") }` }),
  },
  {
    mutation: 'createOperationalGoal',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: CreateOperationalGoalInput!) { createOperationalGoal(input: $input) { id } }',
      variables: {
        input: {
          number: nextGoalNumber(),
          name: 'Uppföljning av regionavtalet',
          kind: 'DIALOGUE_ANSWERS',
          healthcareRegionId: norra,
          questionKey: 'regionavtal',
        },
      },
    }),
  },
  {
    mutation: 'updateOperationalGoal',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateOperationalGoal(input: { id: "${(await operationalGoal()).id}", name: "Omdöpt" }) { id } }`,
    }),
  },
  {
    mutation: 'deleteOperationalGoal',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { deleteOperationalGoal(id: "${(await operationalGoal()).id}") }` }),
  },
  // ---- end of feedback records and operational goals ----
  {
    mutation: 'setGroupSeats',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: SetGroupSeatsInput!) { setGroupSeats(input: $input) { seats } }',
      variables: { input: { groupId: (await npo()).id, allocations: [{ healthcareRegionId: norra, seats: 2 }] } },
    }),
  },
  {
    mutation: 'confirmImport',
    allowed: KEEPERS,
    prepare: async () => {
      const job = await s().imports.upload(coordinator, 'matris.csv', Buffer.from(`Namn\nImporterad ${next()}\n`));
      return {
        query: `mutation { confirmImport(input: { jobId: "${job.id}", kind: PERSONS, mapping: [{ field: "name", column: "Namn" }] }) { created } }`,
      };
    },
  },
];
