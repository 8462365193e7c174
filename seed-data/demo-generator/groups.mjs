// The groups the demo adds to the national NPOs and NSGs of the reference data: national working groups (NAGs),
// Norra's programme areas, collaboration and working groups (RPO, RSG, RAG) and the four regions' local groups.
import { JH, NB, VB, VN, nationalGroups, regionByCode } from './basics.mjs';

// ---------------------------------------------------------------------------------------------------------- groups
export const groups = [];
export const groupByRef = new Map(
  nationalGroups.map((g) => [g.ref, { region: null, parent: null, counterpart: null, ...g }]),
);
function group(type, name, fields = {}) {
  const ref = fields.region ? `${type} ${name} (${fields.region})` : `${type} ${name}`;
  const g = {
    ref,
    type,
    name,
    healthcareRegion: null,
    region: null,
    parent: null,
    counterpart: null,
    universityHealthcare: false,
    status: 'ACTIVE',
    mandate: null,
    ...fields,
  };
  groups.push(g);
  groupByRef.set(ref, g);
  return ref;
}
const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);

// National working groups. Norra hosts NPO Endokrina sjukdomar and NPO Levnadsvanor, so their NAGs carry most of
// Norra's national seats; a few NAGs under other NPOs show seats elsewhere.
const HOSTED_NAGS = {
  'Endokrina sjukdomar': [
    'Diabetes',
    'Osteoporos',
    'Hypertyreos',
    'Hyperparatyreoidism',
    'Obesitas',
    'Förvaltning av kunskapsstöd',
  ],
  Levnadsvanor: ['Vårdprogram för levnadsvanor', 'Hälsosamtal'],
};
const OTHER_NAGS = {
  'Hjärt- och kärlsjukdomar': ['Hjärtsvikt'],
  'Nervsystemets sjukdomar': ['Stroke'],
  'Lung- och allergisjukdomar': ['Astma och KOL'],
  'Psykisk hälsa': ['Depression och ångest'],
  Infektionssjukdomar: ['Sepsis'],
  'Rörelseorganens sjukdomar': ['Artros'],
};
const nagMandate = (npo, name) =>
  name === 'Förvaltning av kunskapsstöd'
    ? `Nationell arbetsgrupp under NPO ${npo}: förvaltar och uppdaterar programområdets kunskapsstöd.`
    : `Nationell arbetsgrupp under NPO ${npo}: tar fram och förvaltar kunskapsstöd om ${lower(name)}.`;
const nagsOf = (plan) =>
  Object.entries(plan).flatMap(([npo, names]) =>
    names.map((name) => group('NAG', name, { parent: `NPO ${npo}`, mandate: nagMandate(npo, name) })),
  );
export const hostedNags = nagsOf(HOSTED_NAGS);
export const otherNags = nagsOf(OTHER_NAGS);
export const allNags = [...hostedNags, ...otherNags];

// Norra's healthcare-regional programme areas mirror twelve NPOs; five of them run university healthcare.
export const RPOS = [
  'Psykisk hälsa',
  'Cancersjukdomar',
  'Endokrina sjukdomar',
  'Levnadsvanor',
  'Hjärt- och kärlsjukdomar',
  'Primärvård',
  'Nervsystemets sjukdomar',
  'Lung- och allergisjukdomar',
  'Rörelseorganens sjukdomar',
  'Äldres hälsa och palliativ vård',
  'Barns och ungdomars hälsa',
  'Akut vård',
];
const UNIVERSITY_RPOS = new Set([
  'Cancersjukdomar',
  'Hjärt- och kärlsjukdomar',
  'Nervsystemets sjukdomar',
  'Psykisk hälsa',
  'Barns och ungdomars hälsa',
]);
export const rpos = RPOS.map((name) =>
  group('RPO', name, {
    healthcareRegion: 'NORRA',
    counterpart: `NPO ${name}`,
    universityHealthcare: UNIVERSITY_RPOS.has(name),
    mandate:
      name === 'Cancersjukdomar'
        ? 'Sjukvårdsregionalt programområde för cancer, med RCC Norr: anpassar och samordnar kunskapsstöd i Norra sjukvårdsregionen.'
        : `Sjukvårdsregionalt programområde för ${lower(name)}: anpassar och samordnar kunskapsstöd i Norra sjukvårdsregionen.`,
  }),
);
// RSG Kvalitetsregister is dormant, to show the status; its members' terms end when it went dormant.
export const KVALITETSREGISTER_DORMANT_FROM = '2024-04-01';
export const RSGS = {
  Läkemedel: {
    counterpart: 'NSG Läkemedel och medicinteknik',
    mandate: 'Sjukvårdsregional samverkansgrupp för läkemedel, en tjänsteperson per region.',
  },
  'Forskning Life Science': {
    mandate: 'Sjukvårdsregional samverkansgrupp för forskning, utveckling och innovation (FUI-rådet).',
  },
  Kunskapsstyrning: { mandate: 'Sjukvårdsregional samverkansgrupp för kunskapsstyrning (RSK).' },
  Patientsäkerhet: {
    counterpart: 'NSG Patientsäkerhet',
    mandate: 'Sjukvårdsregional samverkansgrupp för patientsäkerhet.',
  },
  Kvalitetsregister: {
    counterpart: 'NSG Kvalitetsregister',
    status: 'DORMANT',
    mandate: 'Sjukvårdsregional samverkansgrupp för kvalitetsregister; vilande sedan april 2024.',
  },
};
export const rsgs = Object.entries(RSGS).map(([name, fields]) =>
  group('RSG', name, { healthcareRegion: 'NORRA', ...fields }),
);
const RAGS = [
  { name: 'Diabetes', rpo: 'Endokrina sjukdomar', counterpart: 'NAG Diabetes' },
  { name: 'Suicidprevention', rpo: 'Psykisk hälsa', counterpart: null },
  { name: 'Stroke', rpo: 'Nervsystemets sjukdomar', counterpart: 'NAG Stroke' },
];
export const rags = RAGS.map(({ name, rpo, counterpart }) =>
  group('RAG', name, {
    healthcareRegion: 'NORRA',
    parent: `RPO ${rpo}`,
    counterpart,
    mandate: `Sjukvårdsregional arbetsgrupp under RPO ${rpo} för ${lower(name)}.`,
  }),
);

// Local groups: Norrbotten's as its board minutes describe them (2019), a smaller set for the other three regions.
// LAGs name their LPO; LSGs mirror the RSG of the same name.
const LOCAL = {
  [NB]: {
    lpos: [
      'Levnadsvanor',
      'Rörelseorganens sjukdomar',
      'Lung- och allergisjukdomar',
      'Endokrina sjukdomar',
      'Hjärt- och kärlsjukdomar',
    ],
    lags: {
      'Astma och KOL': 'Lung- och allergisjukdomar',
      Diabetes: 'Endokrina sjukdomar',
      Hjärtsvikt: 'Hjärt- och kärlsjukdomar',
    },
    lsgs: ['Läkemedel', 'Patientsäkerhet'],
  },
  [VB]: {
    lpos: ['Psykisk hälsa', 'Cancersjukdomar', 'Endokrina sjukdomar'],
    lags: { Diabetes: 'Endokrina sjukdomar', Suicidprevention: 'Psykisk hälsa' },
    lsgs: ['Läkemedel'],
  },
  [JH]: {
    lpos: ['Primärvård', 'Levnadsvanor'],
    lags: { Hälsosamtal: 'Levnadsvanor' },
    lsgs: ['Läkemedel', 'Patientsäkerhet'],
  },
  [VN]: {
    lpos: ['Äldres hälsa och palliativ vård', 'Hjärt- och kärlsjukdomar'],
    lags: { Hjärtsvikt: 'Hjärt- och kärlsjukdomar', 'Palliativ vård': 'Äldres hälsa och palliativ vård' },
    lsgs: ['Läkemedel'],
  },
};
const ragFor = (lagName) => rags.find((ref) => ref === `RAG ${lagName}`) ?? null;
export const localGroups = Object.entries(LOCAL).flatMap(([region, plan]) => [
  ...plan.lpos.map((name) =>
    group('LPO', name, {
      region,
      counterpart: `RPO ${name}`,
      mandate: `Lokalt programområde för ${lower(name)} i ${regionByCode[region].name}.`,
    }),
  ),
  ...Object.entries(plan.lags).map(([name, lpo]) =>
    group('LAG', name, {
      region,
      parent: `LPO ${lpo} (${region})`,
      counterpart: ragFor(name),
      mandate: `Lokal arbetsgrupp för ${lower(name)}: inför och följer upp kunskapsstöd.`,
    }),
  ),
  ...plan.lsgs.map((name) =>
    group('LSG', name, { region, counterpart: `RSG ${name}`, mandate: `Lokal samverkansgrupp för ${lower(name)}.` }),
  ),
]);

/** The knowledge area a group's clinicians come from: its own name for programme areas, its parent's for working groups. */
export const areaOf = (ref) => {
  const g = groupByRef.get(ref);
  return g.parent ? groupByRef.get(g.parent).name : g.name;
};
