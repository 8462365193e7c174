// ESLint flat config for the whole repository: api/, client/, tests/, seed-data/, bench/ and the root config files.
// TypeScript is linted with type information (typescript-eslint's projectService finds each file's nearest
// tsconfig.json: api/tsconfig.json, client/tsconfig.json, tests/tsconfig.json). Plain JavaScript (.js/.mjs/.cjs
// scripts) is in no tsconfig and is linted without type information. Formatting is Prettier's job:
// eslint-config-prettier comes last and switches off every rule that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated or built output, and data: not written by hand, so not linted.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'client/src/gql/**', // GraphQL Code Generator output (npm run codegen)
      'schema/error-reasons.ts', // written by npm run schema from api/src/common/error-reasons.ts
      'api/src/db/migrations/**', // written by api/src/scripts/generate-migration.ts from the entities
      'data/**',
      '**/test-results/**',
      '**/.vitest-tmp/**',
      '**/coverage/**',
    ],
  },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,

  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Root files that no tsconfig includes (the root tsconfig.json only references api/ and client/).
          allowDefaultProject: ['vitest.config.ts'],
          // …checked with the tests' compiler options (NodeNext resolution, Node types), so that `vitest/config`
          // and the Vite plugin resolve to their types.
          defaultProject: 'tests/tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An unhandled promise is a lost error or an unordered write; `void promise` marks a deliberate fire-and-forget.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Intentionally unused names (placeholders in signatures, skipped tuple items) start with an underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `import { x, type T }`, the style the code already uses; with isolatedModules a type-only import must say so.
      // Decorator metadata is off (emitDecoratorMetadata: false; type-graphql is given `() => Type` explicitly), so
      // marking an import type-only never drops a class that a decorator needs at run time.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: true },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/consistent-type-exports': ['error', { fixMixedExportsWithInlineTypeSpecifier: true }],
      // Off: it fights the frameworks' promise-returning interfaces. Apollo Server plugin hooks, type-graphql
      // resolvers and test fixtures typed `() => Promise<T>` are naturally written `async` without an `await`.
      // The promise bugs that matter are caught by no-floating-promises and no-misused-promises.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off', // the API logs to stdout by design; scripts print their results
    },
  },

  {
    // The React client: hooks rules (including React 19's compiler-derived checks) and accessibility rules on JSX.
    files: ['client/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      // A missing effect dependency is a stale-value bug, not a style point: error, not the plugin's warning.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['client/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // react-aria-components (<Button autoFocus>, <Dialog>) manage focus themselves, as the WAI dialog pattern asks;
      // autofocus on a plain DOM element is still reported.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      // A scrollable role="region" must be focusable so that keyboard users can scroll it (axe's
      // scrollable-region-focusable, which the accessibility tests enforce).
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      // An async event handler (onClick={async () => …}) is React's normal idiom; React ignores the returned promise
      // by design. Promises passed anywhere else that expects void are still reported.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  {
    // Tests: vitest's `expect(obj.method)` and mock assertions pass methods unbound on purpose. Tests read JSON
    // answers and raw rows, which are `any` by nature, and their assertions are what check the shape; typing each
    // answer first would add casts, not safety. The code under test keeps the no-unsafe rules.
    files: ['tests/**/*.ts', '**/*.test.{ts,tsx}', 'api/src/test-support/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  {
    // Plain JavaScript scripts and configs (seed-data/, bench/, client/scripts/, this file): in no tsconfig, so
    // linted without type information; they run on Node.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }, // CommonJS config files (.dependency-cruiser.cjs)
  },

  // Last: turn off the stylistic rules that Prettier owns.
  prettier,
);
