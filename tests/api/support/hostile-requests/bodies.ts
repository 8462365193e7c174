import { gzipSync } from 'node:zlib';
import type { Hostile } from '../hostile.js';

/** Requests that never become a GraphQL operation: bodies of the wrong encoding, type, shape or size, and methods. */
const gzipped = new Uint8Array(gzipSync(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(5_000_000)}` })));
const deeplyNested = `${'['.repeat(100_000)}"x"${']'.repeat(100_000)}`;

export const bodyRequests: Hostile[] = [
  {
    name: 'a gzip-compressed body that inflates to 5 MB',
    raw: { body: gzipped, headers: { 'content-encoding': 'gzip' } },
    expect: { status: 415 },
  },
  {
    name: 'a form-encoded post',
    raw: { body: 'query=%7B%20me%20%7B%20id%20%7D%20%7D', contentType: 'application/x-www-form-urlencoded' },
    expect: { status: 400 },
  },
  { name: 'an empty body', raw: { body: '' }, expect: { status: 400 } },
  { name: 'a body of JSON null', raw: { body: 'null' }, expect: { status: 400 } },
  {
    name: 'variables that are a string',
    raw: { body: JSON.stringify({ query: '{ me { id } }', variables: 'x' }) },
    expect: { status: 400 },
  },
  { name: 'a query that is a number', raw: { body: JSON.stringify({ query: 42 }) }, expect: { status: 400 } },
  {
    name: 'a name nested 100,000 lists deep',
    raw: {
      body: `{"query":"mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }","variables":{"input":{"name":${deeplyNested}}}}`,
    },
    expect: { status: 400 },
  },
  {
    name: 'a number beyond any float',
    raw: { body: '{"query":"query ($y: Int!) { dialogueQuestions(year: $y) { id } }","variables":{"y":1e309}}' },
    expect: { status: 400 },
  },
  {
    name: 'a body over 320 kB',
    raw: { body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(400_000)}` }) },
    expect: { status: 413 },
  },
  { name: 'a body that is not JSON', raw: { body: '{"query": "{ me { id } }"' }, expect: { status: 400 } },
  {
    name: 'a text/plain post (cross-site request forgery)',
    raw: {
      body: JSON.stringify({ query: 'mutation { createPerson(input: { name: "CSRF" }) { id } }' }),
      contentType: 'text/plain',
    },
    expect: { status: 400 },
  },
  { name: 'a mutation sent with GET', raw: { method: 'GET', body: '' }, expect: { status: 405 } },
  {
    name: 'a batch of operations',
    raw: { body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ me { id } }' }))) },
    expect: { status: 400 },
  },
];
