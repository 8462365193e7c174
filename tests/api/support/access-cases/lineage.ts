import { GroupType } from '../../../../api/src/modules/groups/group-type.js';
import { coordinator } from '../../../../api/src/test-support/factories.js';
import { KEEPERS, next, norra, s, type Case } from '../access-matrix.js';

const rsg = () =>
  s().groups.create(coordinator, { name: `Matris-RSG ${next()}`, type: GroupType.RSG, healthcareRegionId: norra });

/** Lineage: recording that groups changed form. */
export const lineageCases: Case[] = [
  {
    mutation: 'recordSuccession',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: RecordSuccessionInput!) { recordSuccession(input: $input) { successionId } }',
      variables: {
        input: {
          predecessorIds: [(await rsg()).id],
          successorIds: [(await rsg()).id],
          kind: 'TRANSFORMATION',
          takesEffectOn: '2025-01-01',
          memberTerms: 'CARRY_OVER',
        },
      },
    }),
  },
];
