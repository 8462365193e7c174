import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';
import { ERROR_REASONS } from '../../api/src/common/error-reasons.js';
import { errorMessages } from '../../client/src/i18n/errorMessages.js';

const API_SOURCE = join(REPO_ROOT, 'api', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Every reason the API's code can send, with the file that sends it: the literals after `reason:` (a ternary's
 * alternatives included), the second argument of the spreadsheet reader's `refuse(…)`, and the error codes, which the
 * client uses when an error has no reason.
 */
function reasonsInApi(): Map<string, string> {
  const found = new Map<string, string>();
  const literals = (text: string) => [...text.matchAll(/'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]!);
  for (const file of sourceFiles(API_SOURCE)) {
    const text = readFileSync(file, 'utf8');
    const at = relative(REPO_ROOT, file);
    for (const m of text.matchAll(/\breason:\s*([^,}\n]+)/g))
      for (const reason of literals(m[1]!)) found.set(reason, at);
    for (const m of text.matchAll(/\brefuse\([^;]*?,\s*'([A-Z][A-Z0-9_]+)'\)/g)) found.set(m[1]!, at);
  }
  const codes = readFileSync(join(API_SOURCE, 'common', 'errors.ts'), 'utf8').match(
    /export type ErrorCode = ([^;]+);/,
  )![1]!;
  for (const code of literals(codes)) found.set(code, 'api/src/common/errors.ts');
  return found;
}

/**
 * Every reason the API can send, its Swedish and English texts are checked by the compiler (the client's message table
 * is a `Record` over `ERROR_REASONS`); what the compiler cannot see is checked here: that the list holds every reason the
 * code gives, and nothing the code no longer gives.
 */
describe('the error reasons the API can send', () => {
  const reasons = reasonsInApi();
  const listed = new Set<string>(ERROR_REASONS);

  it('are found in the API code (the collector itself works)', () => {
    for (const known of [
      'ROLE_NOT_ALLOWED',
      'NOMINATION_STATUS',
      'FILE_EMPTY',
      'MALFORMED_REQUEST',
      'QUERY_TOO_DEEP',
      'FORBIDDEN',
    ]) {
      expect(reasons.has(known), known).toBe(true);
    }
    expect(reasons.size).toBeGreaterThan(60);
  });

  it('are each in ERROR_REASONS (api/src/common/error-reasons.ts)', () => {
    const unlisted = [...reasons]
      .filter(([reason]) => !listed.has(reason))
      .map(([reason, file]) => `${reason} (${file})`);
    expect(unlisted).toEqual([]);
  });

  it('leave no reason in ERROR_REASONS that the code no longer gives', () => {
    const code = sourceFiles(API_SOURCE)
      .filter((file) => !file.endsWith('error-reasons.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(ERROR_REASONS.filter((reason) => !code.includes(`'${reason}'`))).toEqual([]);
  });

  it('have no English left in the Swedish texts (a Swedish text differs from the English one)', () => {
    const same = Object.keys(errorMessages.sv).filter((key) => errorMessages.sv[key] === errorMessages.en[key]);
    expect(same).toEqual([]);
  });
});
