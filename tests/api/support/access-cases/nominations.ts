import {
  candidate,
  KEEPERS,
  membership,
  nomination,
  norrbotten,
  npo,
  person,
  PROPOSERS,
  type Case,
} from '../access-matrix.js';

/** Nominations: opening, moving, cancelling and deciding them, and the candidates proposed to them. */
export const nominationCases: Case[] = [
  {
    mutation: 'openNomination',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { openNomination(input: { groupId: "${(await npo()).id}", role: MEMBER, seats: 1, dueDate: "2027-01-31" }) { id } }`,
    }),
  },
  {
    mutation: 'openRenewalNomination',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { openRenewalNomination(input: { membershipId: "${(await membership()).id}", dueDate: "2026-10-31" }) { id } }`,
    }),
  },
  {
    mutation: 'moveNominationToReview',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { moveNominationToReview(id: "${(await nomination()).id}") { id } }` }),
  },
  {
    mutation: 'cancelNomination',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { cancelNomination(id: "${(await nomination()).id}", reason: "Ingen kandidat") { id } }`,
    }),
  },
  {
    mutation: 'decideNomination',
    allowed: KEEPERS,
    prepare: async () => {
      const proposed = await candidate();
      return {
        query: 'mutation ($input: DecideNominationInput!) { decideNomination(input: $input) { id } }',
        variables: {
          input: { nominationId: proposed.nominationId, appointCandidateIds: [proposed.id], startDate: '2027-05-01' },
        },
      };
    },
  },
  {
    mutation: 'proposeCandidate',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: 'mutation ($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }',
      variables: {
        input: {
          nominationId: (await nomination()).id,
          personId: (await person()).id,
          representedRegionId: norrbotten,
          managerApproved: false,
          conflictOfInterestDeclared: false,
        },
      },
    }),
  },
  {
    mutation: 'updateCandidate',
    allowed: PROPOSERS,
    prepare: async () => ({
      query: `mutation { updateCandidate(input: { id: "${(await candidate()).id}", motivation: "Bred erfarenhet" }) { id } }`,
    }),
  },
  {
    mutation: 'withdrawCandidate',
    allowed: PROPOSERS,
    prepare: async () => ({ query: `mutation { withdrawCandidate(id: "${(await candidate()).id}") { id } }` }),
  },
];
