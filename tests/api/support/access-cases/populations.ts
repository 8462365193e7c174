import { KEEPERS, norrbotten, nextYear, type Case } from '../access-matrix.js';

/** Populations per region and year: coordinators and administrators keep them, every role reads them. */
export const populationCases: Case[] = [
  {
    mutation: 'setRegionPopulation',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: SetRegionPopulationInput!) { setRegionPopulation(input: $input) { id } }',
      variables: { input: { regionId: norrbotten, year: nextYear(), population: 250_000 } },
    }),
  },
  {
    mutation: 'importRegionPopulations',
    allowed: KEEPERS,
    prepare: async () => ({
      query: 'mutation ($input: ImportRegionPopulationsInput!) { importRegionPopulations(input: $input) { applied } }',
      variables: { input: { year: nextYear(), text: '25;250000\n', dryRun: false } },
    }),
  },
];
