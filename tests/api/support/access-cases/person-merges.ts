import { KEEPERS, person, type Case } from '../access-matrix.js';

/** Duplicate persons: the merge. */
export const personMergeCases: Case[] = [
  {
    mutation: 'mergePersons',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: MergePersonsInput!) { mergePersons(input: $input) { id movedMemberships } }',
      variables: { input: { keepId: (await person()).id, mergeId: (await person()).id } },
    }),
  },
];
