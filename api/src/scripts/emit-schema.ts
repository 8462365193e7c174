/** Writes schema/schema.graphql from the code: the committed contract that codegen and reviewers read. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildRegistrySchema, printRegistrySchema } from '../app/schema.js';

const target = new URL('../../../schema/schema.graphql', import.meta.url);
writeFileSync(target, printRegistrySchema(await buildRegistrySchema()));
console.log(`wrote ${target.pathname}`);
