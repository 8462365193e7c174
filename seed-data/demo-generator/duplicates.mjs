// One person under two spellings, as in the annual report ("Sara Nylund" / "Sara Bylund"): two records with the same
// employer and seats in the same group that do not overlap, so that the duplicates page suggests them and the merge
// goes through. Fixed values, no draw from the shared PRNG: every figure drawn before or after stays as it was. The
// group is healthcare-regional, so no share of national seats (goal 1) changes.
import { VB } from './basics.mjs';

const GROUP = 'RAG Diabetes';

export const duplicates = {
  persons: [
    {
      ref: 'dup-nylund',
      name: 'Sara Nylund',
      email: 'sara.nylund@vasterbotten.example',
      employerRegion: VB,
      title: null,
    },
    { ref: 'dup-bylund', name: 'Sara Bylund', email: null, employerRegion: VB, title: 'Diabetessjuksköterska' },
  ],
  memberships: [
    {
      group: GROUP,
      person: 'dup-nylund',
      role: 'MEMBER',
      representedRegion: VB,
      startDate: '2022-01-01',
      endDate: '2022-12-31',
    },
    {
      group: GROUP,
      person: 'dup-bylund',
      role: 'MEMBER',
      representedRegion: VB,
      startDate: '2024-01-01',
      endDate: null,
    },
  ],
};
