import 'reflect-metadata';
import cluster from 'node:cluster';
import { databaseKind } from './db/data-source.js';
import { readConfig } from './app/config.js';
import { startRegistry } from './app/registry.js';
import { superviseWorkers } from './app/supervisor.js';

// A wrong setting stops the start here, in the primary, rather than in a worker restarted again and again.
const config = readConfig(process.env);
const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
if (!(Number.isInteger(workers) && workers >= 1))
  throw new Error(`WEB_CONCURRENCY must be a whole number from 1 (got "${process.env.WEB_CONCURRENCY}")`);
// SQLite's writes are queued inside one process; several processes would race their check-then-writes.
if (workers > 1 && databaseKind(config.databaseUrl) === 'sqlite')
  throw new Error('WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URL=postgres://…)');

if (cluster.isPrimary && process.env.SUPERVISOR !== 'off') {
  superviseWorkers({ workers });
} else {
  const registry = await startRegistry(config);
  console.log(`ks-registry listening on ${registry.url.replace('127.0.0.1', 'localhost')} (GraphQL at /graphql)`);

  const shutdown = async () => {
    await registry.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}
