import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { buildRegistrySchema, printRegistrySchema } from './schema.js';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(`${REPO_ROOT}schema/schema.graphql`, 'utf8');
    expect(committed).toBe(printRegistrySchema(await buildRegistrySchema()));
  });
});
