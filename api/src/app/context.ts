import type { Actor } from '../common/actor.js';
import type { Loaders } from './loaders.js';
import type { Services } from './services.js';

/** What every resolver receives: the signed-in actor (null before login), the services and this request's loaders. */
export interface Context {
  actor: Actor | null;
  token: string | null;
  /** The client's network address, by which failed sign-ins are slowed down. */
  address: string | null;
  services: Services;
  loaders: Loaders;
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
