import { OrganisationKind } from '../../../../api/src/modules/organisations/organisation.entity.js';
import { coordinator } from '../../../../api/src/test-support/factories.js';
import { KEEPERS, next, s, type Case } from '../access-matrix.js';

export const organisation = () =>
  s().organisations.create(coordinator, { name: `Matrisorganisation ${next()}`, kind: OrganisationKind.MUNICIPALITY });

/** Organisations other than regions: coordinators and administrators keep them. */
export const organisationCases: Case[] = [
  {
    mutation: 'createOrganisation',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { createOrganisation(input: { name: "Ny organisation ${next()}", kind: UNIVERSITY }) { id } }`,
    }),
  },
  {
    mutation: 'updateOrganisation',
    allowed: KEEPERS,
    prepare: async () => ({
      query: `mutation { updateOrganisation(input: { id: "${(await organisation()).id}", kind: OTHER }) { id } }`,
    }),
  },
  {
    mutation: 'deleteOrganisation',
    allowed: KEEPERS,
    prepare: async () => ({ query: `mutation { deleteOrganisation(id: "${(await organisation()).id}") }` }),
  },
];
