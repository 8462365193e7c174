import type { Actor } from '../modules/auth/actor.js';
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
}

/** The signed-in actor; the sign-in middleware has already refused anonymous requests. */
export function actorOf(context: Context): Actor {
  if (!context.actor) throw new Error('resolver reached without a signed-in actor');
  return context.actor;
}
