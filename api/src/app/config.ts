import { fileURLToPath } from 'node:url';

export type SeedMode = 'demo' | 'reference' | 'none';

export interface RegistryConfig {
  port: number;
  databaseUrl: string;
  seed: SeedMode;
  admin: { email: string; password: string } | null;
  sessionHours: number;
  /** Years without a seat or candidacy after which a person is listed for review (GDPR storage limitation). */
  personReviewYears: number;
  /** The built web client, served at `/`; absent in API-only test servers. */
  clientDist: string | null;
  production: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe, so that sign-ins are counted per real client. */
  trustProxy: string | null;
  /** Requests a minute one client may send: per address before signing in, per user after; 0 turns the limit off. */
  rateLimits: RateLimits;
  /** The code of the healthcare region the pages open on for users of no region (default NORRA). */
  homeHealthcareRegion: string;
}

export interface RateLimits {
  anonymousPerMinute: number;
  signedInPerMinute: number;
}

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads the contract's environment variables; a wrong value stops the start with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv): RegistryConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (got "${env.PORT}")`);
  const seed = (env.SEED ?? 'demo') as SeedMode;
  if (!['demo', 'reference', 'none'].includes(seed))
    throw new Error(`SEED must be demo, reference or none (got "${env.SEED}")`);
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither.');
  }
  const sessionHours = Number(env.SESSION_HOURS ?? 12);
  if (!(sessionHours > 0)) throw new Error(`SESSION_HOURS must be a positive number (got "${env.SESSION_HOURS}")`);
  const personReviewYears = Number(env.PERSON_REVIEW_YEARS ?? 3);
  if (!(Number.isInteger(personReviewYears) && personReviewYears > 0)) {
    throw new Error(`PERSON_REVIEW_YEARS must be a whole number of years (got "${env.PERSON_REVIEW_YEARS}")`);
  }
  const rateLimit = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!(Number.isInteger(value) && value >= 0))
      throw new Error(`${name} must be a whole number of requests a minute, 0 for no limit (got "${env[name]}")`);
    return value;
  };
  const homeHealthcareRegion = env.HOME_HEALTHCARE_REGION ?? 'NORRA';
  if (!/^[A-Z_]+$/.test(homeHealthcareRegion)) {
    throw new Error(
      `HOME_HEALTHCARE_REGION must be a healthcare region's code, such as NORRA (got "${homeHealthcareRegion}")`,
    );
  }
  return {
    port,
    homeHealthcareRegion,
    rateLimits: {
      anonymousPerMinute: rateLimit('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120),
      signedInPerMinute: rateLimit('RATE_LIMIT_PER_MINUTE', 1200),
    },
    personReviewYears,
    databaseUrl: env.DATABASE_URL ?? `sqlite:${REPO_ROOT}data/registry.sqlite`,
    seed,
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null,
    sessionHours,
    clientDist: env.CLIENT_DIST ?? `${REPO_ROOT}client/dist`,
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY ?? null,
  };
}
