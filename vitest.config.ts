import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // type-graphql loads graphql's CommonJS build; the tests must use the same copy, not the ESM one Vite prefers.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['api/src/**/*.test.ts', 'tests/api/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Component tests of the client's forms (Testing Library in jsdom).
        extends: true,
        plugins: [react()],
        test: {
          name: 'client',
          include: ['client/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['client/src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    pool: 'forks',
    maxWorkers: 2,
  },
});
