import 'reflect-metadata';
import { readConfig } from './app/config.js';
import { startRegistry } from './app/registry.js';

const config = readConfig(process.env);
const registry = await startRegistry(config);
console.log(`ks-registry listening on ${registry.url.replace('127.0.0.1', 'localhost')} (GraphQL at /graphql)`);

const shutdown = async () => {
  await registry.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
