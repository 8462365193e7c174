// The bench's yardstick: a bare Apollo Server answering a constant, with the same HTTP stack as the registry
// (Express 5 and Apollo's Express integration), so that the registry's figures read as ratios to it.
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const server = new ApolloServer({ typeDefs: 'type Query { ok: Int! }', resolvers: { Query: { ok: () => 1 } } });
await server.start();
const app = express();
app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server));
createServer(app).listen(Number(process.env.PORT ?? 4100));
