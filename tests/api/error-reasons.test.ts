import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';

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
    for (const m of text.matchAll(/\breason:\s*([^,}\n]+)/g)) for (const reason of literals(m[1]!)) found.set(reason, at);
    for (const m of text.matchAll(/\brefuse\([^;]*?,\s*'([A-Z][A-Z0-9_]+)'\)/g)) found.set(m[1]!, at);
  }
  const codes = readFileSync(join(API_SOURCE, 'common', 'errors.ts'), 'utf8').match(/export type ErrorCode = ([^;]+);/)![1]!;
  for (const code of literals(codes)) found.set(code, 'api/src/common/errors.ts');
  return found;
}

const languages = {
  sv: JSON.parse(readFileSync(join(REPO_ROOT, 'client', 'src', 'i18n', 'sv.json'), 'utf8')) as { errors: Record<string, string> },
  en: JSON.parse(readFileSync(join(REPO_ROOT, 'client', 'src', 'i18n', 'en.json'), 'utf8')) as { errors: Record<string, string> },
};

/** A text for the reason: the plain key, or both plural forms i18next picks between. */
const hasText = (errors: Record<string, string>, reason: string) =>
  Boolean(errors[reason]) || (Boolean(errors[`${reason}_one`]) && Boolean(errors[`${reason}_other`]));

describe('the error reasons the API can send', () => {
  const reasons = reasonsInApi();

  it('are found in the API code (the collector itself works)', () => {
    for (const known of ['ROLE_NOT_ALLOWED', 'NOMINATION_STATUS', 'FILE_EMPTY', 'MALFORMED_REQUEST', 'QUERY_TOO_DEEP', 'FORBIDDEN']) {
      expect(reasons.has(known), known).toBe(true);
    }
    expect(reasons.size).toBeGreaterThan(60);
  });

  for (const language of ['sv', 'en'] as const) {
    it(`each have a text in ${language === 'sv' ? 'Swedish' : 'English'} (client/src/i18n/${language}.json, errors)`, () => {
      const missing = [...reasons].filter(([reason]) => !hasText(languages[language].errors, reason)).map(([reason, file]) => `${reason} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  it('have no English left in the Swedish texts (a Swedish text differs from the English one)', () => {
    const same = [...reasons.keys()].filter((reason) => languages.sv.errors[reason] && languages.sv.errors[reason] === languages.en.errors[reason]);
    expect(same).toEqual([]);
  });
});
