/**
 * Writes the committed contract that codegen, the client and reviewers read: schema/schema.graphql from the code, and
 * schema/error-reasons.ts from the list of refusal reasons.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildRegistrySchema, printErrorReasons, printRegistrySchema } from '../app/schema.js';

const schemaFile = new URL('../../../schema/schema.graphql', import.meta.url);
writeFileSync(schemaFile, printRegistrySchema(await buildRegistrySchema()));
const reasonsFile = new URL('../../../schema/error-reasons.ts', import.meta.url);
writeFileSync(reasonsFile, printErrorReasons());
console.log(`wrote ${schemaFile.pathname} and ${reasonsFile.pathname}`);
