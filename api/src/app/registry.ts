import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource, Logger } from 'typeorm';
import type { Clock } from '../common/dates.js';
import { openDatabase } from '../db/data-source.js';
import { SeedService } from '../seeding/seed.service.js';
import { REPO_ROOT, type RegistryConfig } from './config.js';
import { createHttpServer } from './server.js';
import { createServices, type Services } from './services.js';

export interface Registry {
  db: DataSource;
  services: Services;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  clock?: Clock;
  /** Sees every SQL statement; the tests count them. */
  logger?: Logger;
  seedDir?: string;
}

/** Opens and migrates the database, seeds it when empty, ensures the first admin and starts listening. */
export async function startRegistry(config: RegistryConfig, options: RegistryOptions = {}): Promise<Registry> {
  const db = await openDatabase({ url: config.databaseUrl, logger: options.logger });
  const services = createServices(db, {
    clock: options.clock,
    sessionHours: config.sessionHours,
    personReviewYears: config.personReviewYears,
    homeHealthcareRegion: config.homeHealthcareRegion,
  });
  await new SeedService(services, options.seedDir ?? `${REPO_ROOT}seed-data`).seedIfEmpty(config.seed);
  if (config.admin) await services.auth.ensureAdmin(config.admin.email, config.admin.password);
  const server = await createHttpServer(services, {
    clientDist: config.clientDist,
    production: config.production,
    trustProxy: config.trustProxy,
    rateLimits: config.rateLimits,
  });
  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    db,
    services,
    server,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await db.destroy();
    },
  };
}
