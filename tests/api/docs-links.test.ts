import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** README.md and every Markdown file under docs/: the project's written map. */
function documents(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  const docs = join(REPO_ROOT, 'docs');
  return [join(REPO_ROOT, 'README.md'), ...(existsSync(docs) ? walk(docs) : [])];
}

/** The text without fenced code blocks and inline code spans, where brackets are code rather than links. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, (span) => span.replace(/[[\]()]/g, ' '));
}

/** Targets of inline links `[text](target "title")` and reference definitions `[label]: target`. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  return anchors;
}

/** What is wrong with one link of `file`, or null when it resolves to a file or folder inside the repository. */
function problemWith(file: string, target: string): string | null {
  if (isExternal(target)) return null;
  const [pathPart = '', fragment] = target.split('#', 2) as [string, string | undefined];
  const path = decodeURIComponent(pathPart.split('?')[0]!);
  if (isAbsolute(path)) return 'is an absolute path; link relative to the file instead';
  const resolved = path ? resolve(dirname(file), path) : file;
  const inside = relative(REPO_ROOT, resolved);
  if (inside.startsWith('..') || isAbsolute(inside)) return 'points outside the repository';
  if (!existsSync(resolved)) return 'names a file that does not exist';
  if (fragment && statSync(resolved).isFile() && resolved.endsWith('.md')) {
    if (!anchorsOf(readFileSync(resolved, 'utf8')).has(fragment.toLowerCase()))
      return `names a heading (#${fragment}) the file does not have`;
  }
  return null;
}

describe('the documentation', () => {
  const files = documents();

  it('has README.md and the docs', () => {
    const names = files.map((f) => relative(REPO_ROOT, f).split('\\').join('/'));
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/domain.md', 'docs/api-conventions.md']),
    );
  });

  it.each(files.map((f) => [relative(REPO_ROOT, f), f]))(
    '%s links only to files inside the repository that exist',
    (_name, file) => {
      const problems = linkTargets(readFileSync(file, 'utf8'))
        .map((target) => ({ target, problem: problemWith(file, target) }))
        .filter((link) => link.problem)
        .map(({ target, problem }) => `${target} ${problem}`);
      expect(problems).toEqual([]);
    },
  );

  it('finds the broken links it is meant to find', () => {
    const file = join(REPO_ROOT, 'docs', 'architecture.md');
    const links = linkTargets(
      'See [a](../../shared/domain.md), [b](missing.md), [c](domain.md#no-such-heading), `[d](ignored.md)`,\n\n[e]: ../README.md\n\n```\n[f](also-ignored.md)\n```\n[g](https://example.org/x)',
    );
    expect(links).toEqual([
      '../../shared/domain.md',
      'missing.md',
      'domain.md#no-such-heading',
      'https://example.org/x',
      '../README.md',
    ]);
    expect(links.map((target) => problemWith(file, target))).toEqual([
      'points outside the repository',
      'names a file that does not exist',
      'names a heading (#no-such-heading) the file does not have',
      null,
      null,
    ]);
  });
});
