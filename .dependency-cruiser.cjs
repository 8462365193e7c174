// Dependency rules, checked by `npx depcruise --config .dependency-cruiser.cjs api/src client/src tests`
// (part of `npm run lint`). Type-only imports count (tsPreCompilationDeps): they couple modules as much as
// value imports do.
//
// Layering of the API (api/src), top to bottom:
//   main.ts, scripts/     entry points: compose the app
//   app/                  the composition root: schema, server, services, loaders. Nothing imports it but the app
//                         itself, the entry points and tests.
//   seeding/              demo and national seed: composition code above the modules, like a script; it may import
//                         modules and common (the merged RegistryServices type), not the app; no module imports it
//   modules/<capability>  one folder per capability, in the order below; a module imports only modules earlier
//                         in MODULE_ORDER. A module registers its own service and loaders in common/context.ts's
//                         RegistryServices and RequestLoaders (declaration merging).
//   spreadsheets/         CSV/XLSX reading and writing with limits, the upload worker: imports no module
//   common/               capability-free helpers, the actor and the request context: imports no module, not the app
//   db/                   data source and the list of entities (imports every module's entities by design)
//   test-support/         test fixtures; *.test.ts files and test-support/ are exempt from the layering rules
//                         (a test may import fixtures and entities from any module) but not from the cycle rule.

/** Capability modules, lowest first. A module may import only modules that come before it. */
const MODULE_ORDER = [
  'geography', // regions and healthcare regions
  'audit', // audit trail and register version
  'auth', // users, sessions, sign-in
  'populations', // population per region and year: what every share is weighed against
  'organisations', // employers and seat owners other than regions
  'persons',
  'groups',
  'memberships',
  'lineage', // successions of groups: mergers, splits, transformations
  'representation', // representation reports
  'goals', // share goals: evaluated with representation
  'impact', // the impact preview: uses representation and goals
  'composition', // composition rules per group type, the composition card and heat map, the decision warnings
  'dialogues',
  'meetings', // meetings of bodies and groups: roll calls, agendas, quorum, attendance
  'feedback', // feedback records: what goal 3 is judged on
  'operational-goals', // goals judged from meetings, feedback and dialogues, beside the share goals
  'nominations', // shows the impact preview of a candidate
  'seats',
  'imports',
  'exports',
  'reports', // annual report
  'person-merges', // duplicate persons: suggestions and merges, which move everything a person holds
  'privacy', // register extracts and erasure: reaches into most modules
];

const TEST = '(\\.test\\.tsx?$|^api/src/test-support/|^tests/)';

/** Who may import api/src/app: the app itself, the entry points and tests. */
const APP_IMPORTERS = ['^api/src/app/', '^api/src/main\\.ts$', '^api/src/scripts/', TEST];

/** The files of a module. */
function modulePath(name) {
  return `^api/src/modules/${name}/`;
}

const moduleOrderRules = MODULE_ORDER.slice(0, -1).map((name, i) => ({
  name: `module-order:${name}`,
  severity: 'error',
  comment:
    `modules/${name} may import only the modules before it in MODULE_ORDER (${MODULE_ORDER.slice(0, i).join(', ') || 'none'}); ` +
    'move the shared piece down, or the dependent piece up, instead of importing upwards.',
  from: { path: modulePath(name), pathNot: TEST },
  to: {
    path: `(${MODULE_ORDER.slice(i + 1)
      .map(modulePath)
      .join('|')})`,
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // (a) common/ is below every module.
    {
      name: 'common-imports-no-module',
      severity: 'error',
      comment: 'common/ holds capability-free helpers: it may not import a module, the app or the data source.',
      from: { path: '^api/src/common/', pathNot: TEST },
      to: { path: '^api/src/(modules|app|db)/' },
    },

    // (b) The app (composition root) is imported only by the entry points and by tests.
    {
      name: 'not-to-app',
      severity: 'error',
      comment:
        'api/src/app is the composition root: only main.ts, the scripts (entry points that build the schema or ' +
        'the services) and tests import it; tests that start the server are fine. Resolvers and routes take the ' +
        'request context (Context, actorOf, bearerToken) from common/context.ts.',
      from: { path: '^(api|client|tests)/', pathNot: APP_IMPORTERS },
      to: { path: '^api/src/app/' },
    },

    // (c) Modules import each other only downwards.
    ...moduleOrderRules,

    // (d) spreadsheets/ is a file-format library: below every module, like common/.
    {
      name: 'spreadsheets-imports-no-module',
      severity: 'error',
      comment:
        'spreadsheets/ reads and writes CSV and XLSX files with limits; it knows no capability: it may import common/ ' +
        'and libraries only. The Swedish labels of a module enum live beside the enum in its module.',
      from: { path: '^api/src/spreadsheets/', pathNot: TEST },
      to: { path: '^api/src/(modules|app|db|seeding)/' },
    },

    {
      name: 'not-to-seeding',
      severity: 'error',
      comment:
        'Seeding sits above every module, like a script: no module imports ' +
        'it. db/entities.ts lists its registry-meta entity, as it lists every entity.',
      from: { path: '^api/src/', pathNot: [TEST, '^api/src/seeding/', '^api/src/(scripts|db|app)/'] },
      to: { path: '^api/src/seeding/' },
    },

    // (d) The client is built and shipped on its own: it talks to the API over GraphQL only.
    {
      name: 'client-not-to-api',
      severity: 'error',
      comment: 'client/ may not import api/ (nor the tests); share types through the generated client/src/gql.',
      from: { path: '^client/' },
      to: { path: '^(api|tests)/' },
    },

    // (e) No cycles.
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the modules in it one module: untangle it by moving the shared piece down.',
      from: {},
      to: { circular: true },
    },

    // (f) No orphans: a file nothing imports is dead unless it is an entry point.
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'Nothing imports this file and it is no entry point: delete it, or import it where it belongs.',
      from: {
        orphan: true,
        pathNot: [
          '(^|/)\\.[^/]+\\.(js|cjs|mjs|ts|json)$', // dot files
          '\\.d\\.ts$',
          '(^|/)tsconfig\\.json$',
          '(^|/)(vite|vitest|codegen|eslint)\\.config\\.(js|cjs|mjs|ts)$',
          '^api/src/main\\.ts$',
          '^api/src/scripts/',
          '^client/src/main\\.tsx$',
          '^client/src/test-setup\\.ts$',
          '\\.test\\.tsx?$',
        ],
      },
      to: {},
    },

    // Imports that resolve to nothing fail at run time.
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import resolves to no file or package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],

  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    // tests/tsconfig.json covers api/src and tests (NodeNext: `./x.js` resolves to x.ts); the client's imports are
    // relative or packages, which resolve the same way.
    tsConfig: { fileName: require('node:path').join(__dirname, 'tests/tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
