import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { GraphQLFormattedError } from 'graphql';
import { CONTRACT_ERROR_CODES, type ErrorCode } from '../common/errors.js';
import type { Actor } from '../common/actor.js';
import { abortedOnClose, bearerToken, type Context } from '../common/context.js';
import { createLoaders } from './loaders.js';
import { requestScope } from '../common/request-scope.js';
import type { RateLimits } from './config.js';
import { MAX_TOKENS, queryLimits } from './query-limits.js';
import { requireSignIn } from './sign-in.js';
import { buildRegistrySchema } from './schema.js';
import { mountUploads } from '../modules/imports/upload.route.js';
import type { Services } from './services.js';

export interface ServerOptions {
  clientDist: string | null;
  production: boolean;
  trustProxy?: string | null;
  rateLimits: RateLimits;
}

/**
 * Requests the API could not even read or run (bad syntax, unknown fields, wrong variable types, an operation name
 * the document lacks, persisted queries, which this API does not take) are bad input too.
 */
const BAD_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Only the contract's codes leave the server; anything unexpected is logged and answered without internals. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && (CONTRACT_ERROR_CODES as readonly string[]).includes(code)) return formatted;
  if (code && BAD_INPUT_CODES.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' satisfies ErrorCode } };
  }
  console.error(error);
  return {
    message: 'The server could not complete the request.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * A screen's request is a few kB; the largest legitimate one is a follow-up dialogue with every answer written out at
 * its longest, which fits.
 */
const REQUEST_LIMIT = '320kb';
/**
 * Lists and objects in a request body: an input is nested a few levels deep. Deeper bodies would overflow the stack of
 * whatever walks them recursively (JSON.stringify, GraphQL's coercion).
 */
const MAX_BODY_NESTING = 32;
/** Parsed documents kept by Apollo, bounded in bytes (Apollo weighs each by the length of its text). */
const DOCUMENT_CACHE_BYTES = 4 * 1024 * 1024;
/** How long the readiness check waits for the database before it answers that the database does not. */
const READINESS_TIMEOUT_MS = 3000;

/**
 * A refusal made outside Apollo, in GraphQL's own response shape. A client that accepts the GraphQL-over-HTTP media
 * type gets it, so that (as Apollo Client does) it reads the errors of a 4xx answer instead of failing on the status.
 */
function sendRefusal(
  req: express.Request,
  res: express.Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
) {
  const graphqlResponse =
    req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json';
  res
    .status(status)
    .type(graphqlResponse ? 'application/graphql-response+json' : 'application/json')
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** A body too large or not JSON is answered in GraphQL's own error shape, with the contract's code. */
const refuseUnreadableRequest =
  (limit: string): express.ErrorRequestHandler =>
  (error: { type?: string }, req, res, _next) => {
    const tooLarge = error.type === 'entity.too.large';
    const encoded = error.type === 'encoding.unsupported';
    sendRefusal(
      req,
      res,
      tooLarge ? 413 : encoded ? 415 : 400,
      tooLarge
        ? `The request is larger than the ${limit.toUpperCase()} allowed.`
        : encoded
          ? 'Send the request uncompressed.'
          : 'The request body is not valid JSON.',
      {
        code: 'BAD_USER_INPUT' satisfies ErrorCode,
        reason: tooLarge ? 'REQUEST_TOO_LARGE' : encoded ? 'ENCODING_NOT_ACCEPTED' : 'MALFORMED_REQUEST',
      },
    );
  };

/** How deeply lists and objects nest in a parsed JSON value, measured without recursion. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_BODY_NESTING) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Requests a minute per client: a signed-in user is counted by their account, anyone else by their address (an IPv6
 * client by its /64, which it usually holds whole). Counted in this instance's memory.
 */
function rateLimitPerClient(limits: RateLimits): express.RequestHandler {
  const limiterOf = (perMinute: number, key: (req: express.Request, res: express.Response) => string) =>
    perMinute
      ? rateLimit({
          windowMs: 60_000,
          limit: perMinute,
          keyGenerator: key,
          standardHeaders: 'draft-8',
          legacyHeaders: false,
          handler: (req, res, _next, { windowMs }) => {
            const retryAfterSeconds = Math.ceil(windowMs / 1000);
            sendRefusal(req, res, 429, `Too many requests. Try again within ${retryAfterSeconds} seconds.`, {
              code: 'BAD_USER_INPUT' satisfies ErrorCode,
              reason: 'RATE_LIMITED',
              params: { retryAfterSeconds },
            });
          },
        })
      : null;
  const signedIn = limiterOf(limits.signedInPerMinute, (_req, res) => `user:${(res.locals.actor as Actor).userId}`);
  const anonymous = limiterOf(limits.anonymousPerMinute, (req) => `address:${ipKeyGenerator(req.ip ?? 'unknown', 64)}`);
  return (req, res, next) => {
    const limiter = res.locals.actor ? signedIn : anonymous;
    if (limiter) return limiter(req, res, next);
    next();
  };
}

export async function createHttpServer(services: Services, options: ServerOptions): Promise<Server> {
  const app = express();
  const httpServer = createServer(app);
  const schema = await buildRegistrySchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    // No "Did you mean …" in production: with introspection off, suggestions would spell the schema out to anyone.
    hideSchemaDetailsFromClientErrors: options.production,
    parseOptions: { maxTokens: MAX_TOKENS },
    documentStore: new InMemoryLRUCache({ maxSize: DOCUMENT_CACHE_BYTES }),
    persistedQueries: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requireSignIn(), queryLimits(schema)],
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  // Liveness: the process answers. A supervisor restarts a process that does not.
  app.get('/healthz/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: the database answers and is migrated. A balancer sends no traffic to an instance that is not ready.
  app.get('/healthz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the database did not answer in time')), READINESS_TIMEOUT_MS);
    });
    try {
      const pending = await Promise.race([
        services.db.query('SELECT 1').then(() => services.db.showMigrations()),
        timeout,
      ]);
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrating' : 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });
  app.use(
    '/graphql',
    (_req, _res, next) => requestScope.run({}, next),
    // The caller is known before the body is read, so that the rate limit counts per user once signed in.
    async (req, res, next) => {
      const token = bearerToken(req.headers.authorization);
      res.locals.token = token;
      res.locals.actor = token ? await services.auth.authenticate(token) : null;
      next();
    },
    rateLimitPerClient(options.rateLimits),
    // Every content type is read as JSON, so that a form-encoded or text/plain post reaches Apollo's CSRF
    // prevention and is refused there rather than arriving without a body. Compressed bodies are not inflated.
    express.json({ limit: REQUEST_LIMIT, type: () => true, inflate: false }),
    (req, res, next) => {
      if (nestingDepth(req.body) <= MAX_BODY_NESTING) return next();
      sendRefusal(req, res, 400, `The request nests more than ${MAX_BODY_NESTING} levels of lists and objects.`, {
        code: 'BAD_USER_INPUT' satisfies ErrorCode,
        reason: 'MALFORMED_REQUEST',
      });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        actor: res.locals.actor as Actor | null,
        token: res.locals.token as string | null,
        address: req.ip ?? null,
        services,
        loaders: createLoaders(services),
        signal: abortedOnClose(res),
      }),
    }),
  );

  app.use('/graphql', refuseUnreadableRequest(REQUEST_LIMIT));

  mountUploads(app, services, rateLimitPerClient(options.rateLimits));

  if (options.clientDist && existsSync(join(options.clientDist, 'index.html'))) {
    const indexHtml = join(options.clientDist, 'index.html');
    // Security headers for the web client: scripts only from this origin, no framing, no MIME sniffing.
    // The charts set inline style attributes, which the default style-src of helmet allows.
    // Without upgrade-insecure-requests: on a plain-HTTP intranet host it would send the browser to https for scripts.
    app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
    app.use(express.static(options.clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/groups/…, /persons/…) load the single-page app.
    app.get(/^(?!\/graphql|\/healthz|\/imports).*/, (_req, res) => res.sendFile(indexHtml));
  }
  return httpServer;
}
