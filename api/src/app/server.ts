import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import helmet from 'helmet';
import type { GraphQLFormattedError } from 'graphql';
import { CONTRACT_ERROR_CODES, type ErrorCode } from '../common/errors.js';
import { abortedOnClose, bearerToken, type Context } from './context.js';
import { createLoaders } from './loaders.js';
import { requestScope } from '../common/request-scope.js';
import { queryLimits } from './query-limits.js';
import { requireSignIn } from './sign-in.js';
import { buildRegistrySchema } from './schema.js';
import { mountUploads } from '../modules/imports/upload.route.js';
import type { Services } from './services.js';

export interface ServerOptions {
  clientDist: string | null;
  production: boolean;
  trustProxy?: string | null;
}

/** Requests the API could not even read (bad syntax, unknown fields, wrong variable types) are bad input too. */
const BAD_INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/** Only the contract's codes leave the server; anything unexpected is logged and answered without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && (CONTRACT_ERROR_CODES as readonly string[]).includes(code)) return formatted;
  if (code && BAD_INPUT_CODES.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' satisfies ErrorCode } };
  }
  console.error(error);
  return { message: 'The server could not complete the request.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const REQUEST_LIMIT = '1mb';

/** A body too large or not JSON is answered in GraphQL's own error shape, with the contract's code. */
const refuseUnreadableRequest =
  (limit: string): express.ErrorRequestHandler =>
  (error: { type?: string }, _req, res, _next) => {
    const tooLarge = error.type === 'entity.too.large';
    res.status(tooLarge ? 413 : 400).json({
      errors: [
        {
          message: tooLarge ? `The request is larger than the ${limit.toUpperCase()} allowed.` : 'The request body is not valid JSON.',
          extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, reason: tooLarge ? 'REQUEST_TOO_LARGE' : 'MALFORMED_REQUEST' },
        },
      ],
    });
  };

export async function createHttpServer(services: Services, options: ServerOptions): Promise<Server> {
  const app = express();
  const httpServer = createServer(app);
  const schema = await buildRegistrySchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requireSignIn(), queryLimits(schema)],
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  app.get('/healthz', async (_req, res) => {
    try {
      await services.db.query('SELECT 1');
      const pending = await services.db.showMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrating' : 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(
    '/graphql',
    (_req, _res, next) => requestScope.run({}, next),
    // Every content type is read as JSON, so that a form-encoded or text/plain post reaches Apollo's CSRF
    // prevention and is refused there rather than arriving without a body.
    express.json({ limit: REQUEST_LIMIT, type: () => true }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = bearerToken(req.headers.authorization);
        const actor = token ? await services.auth.authenticate(token) : null;
        return { actor, token, address: req.ip ?? null, services, loaders: createLoaders(services), signal: abortedOnClose(res) };
      },
    }),
  );

  app.use('/graphql', refuseUnreadableRequest(REQUEST_LIMIT));

  mountUploads(app, services);

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
