import { randomBytes } from 'node:crypto';
import { UserRole } from '../../../../api/src/common/user-role.js';
import { NOT_SIGNED_IN, type Hostile } from '../hostile.js';

/** Requests without valid credentials, or with those of a role that may not do what is asked. */
export const credentialRequests: Hostile[] = [
  { name: 'no token', query: '{ me { id } }', token: null, expect: NOT_SIGNED_IN },
  {
    name: 'a forged token',
    query: '{ me { id } }',
    token: randomBytes(32).toString('base64url'),
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'a token of 100 kB, beyond what Node reads of headers',
    query: '{ me { id } }',
    token: 'T'.repeat(100_000),
    expect: { status: 431 },
  },
  { name: 'a token of 8 kB', query: '{ me { id } }', token: 'T'.repeat(8_000), expect: NOT_SIGNED_IN },
  { name: 'an expired token', query: '{ me { id } }', token: 'expired', expect: NOT_SIGNED_IN },
  { name: 'a token revoked by signing out', query: '{ me { id } }', token: 'revoked', expect: NOT_SIGNED_IN },
  {
    name: "a deactivated user's token",
    query: 'mutation { createPerson(input: { name: "Spöke" }) { id } }',
    token: 'deactivated',
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'basic instead of bearer credentials',
    query: '{ me { id } }',
    authorization: 'Basic YWRtaW46YWRtaW4=',
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'a query beside login, not signed in',
    query:
      'mutation { login(email: "a@b.se", password: "x") { token } createPerson(input: { name: "Smuggel" }) { id } }',
    token: null,
    expect: NOT_SIGNED_IN,
  },
  {
    name: 'a viewer making themself an administrator',
    query:
      'mutation { createUser(input: { email: "evil@hostile.example", password: "evil-password-1", role: ADMIN }) { id } }',
    token: UserRole.VIEWER,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: "a viewer reading the users' list",
    query: '{ users { email } }',
    token: UserRole.VIEWER,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'a viewer asking for a register extract',
    query: '{ personRegisterExtract(personId: "PERSON") { document } }',
    token: UserRole.VIEWER,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'a region representative erasing a person',
    query: 'mutation { erasePerson(id: "PERSON") { id } }',
    token: UserRole.REGION_REPRESENTATIVE,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'a password of 10,000 characters',
    query: 'mutation { login(email: "admin@test.example", password: "' + 'p'.repeat(10_000) + '") { token } }',
    token: null,
    expect: { code: 'UNAUTHENTICATED' },
  },
];
