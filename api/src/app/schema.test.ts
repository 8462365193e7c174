import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { buildRegistrySchema, printErrorReasons, printRegistrySchema } from './schema.js';

describe('the committed contract (run `npm run schema` after changing the API)', () => {
  it('schema/schema.graphql is what the code generates', async () => {
    const committed = readFileSync(`${REPO_ROOT}schema/schema.graphql`, 'utf8');
    expect(committed).toBe(printRegistrySchema(await buildRegistrySchema()));
  });

  it('schema/error-reasons.ts is the list of reasons the code has', () => {
    expect(readFileSync(`${REPO_ROOT}schema/error-reasons.ts`, 'utf8')).toBe(printErrorReasons());
  });
});
