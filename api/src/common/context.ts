import type { DataSource } from 'typeorm';
import type { Actor } from './actor.js';
import type { Clock } from './dates.js';
import type { Transactions } from './transactions.js';

/**
 * The services a request reaches through its context. common/ names no capability: it declares only the
 * capability-free members, and each module adds its own service by declaration merging, beside the service:
 *
 *     declare module '../../common/context.js' {
 *       interface RegistryServices { groups: GroupsService }
 *     }
 *
 * app/services.ts builds an object that `satisfies` the merged interface, so a module that registers a service the
 * app does not build fails to compile.
 */
export interface RegistryServices {
  db: DataSource;
  tx: Transactions;
  clock: Clock;
}

/**
 * This request's DataLoaders. Each module adds its own loaders by declaration merging in its `<module>.loaders.ts`,
 * beside the factory that creates them; app/loaders.ts composes the factories.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RequestLoaders {}

/** What every resolver receives: the signed-in actor (null before login), the services and this request's loaders. */
export interface Context {
  actor: Actor | null;
  token: string | null;
  /** The client's network address, by which failed sign-ins are slowed down. */
  address: string | null;
  services: RegistryServices;
  loaders: RequestLoaders;
  /** Aborted when the client closes the connection before the answer is sent, so that long work stops. */
  signal?: AbortSignal;
}

/** The token of an `Authorization: Bearer …` header. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** A signal aborted when the response's connection closes before the response has been sent in full. */
export function abortedOnClose(res: {
  writableFinished: boolean;
  once(event: 'close', listener: () => void): unknown;
}): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** The signed-in actor; the sign-in middleware has already refused anonymous requests. */
export function actorOf(context: Context): Actor {
  if (!context.actor) throw new Error('resolver reached without a signed-in actor');
  return context.actor;
}
