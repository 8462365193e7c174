// Reports the JavaScript the browser loads before the first screen: the entry script of dist/index.html and the
// modules it preloads, gzipped as served. Every route is its own chunk, loaded when first visited, and not counted.
// Fails the build when the initial JavaScript exceeds the budget of issue 7 (250 KB gzipped).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
let total = 0;
const rows = files.map((file) => {
  const content = readFileSync(new URL(file, dist));
  const gzipped = gzipSync(content, { level: 9 }).length;
  total += gzipped;
  return `  ${file.padEnd(44)} ${(content.length / 1024).toFixed(1).padStart(8)} KB ${(gzipped / 1024).toFixed(1).padStart(8)} KB gzipped`;
});
console.log(
  `Initial JavaScript (before the first screen):\n${rows.join('\n')}\n  ${'total'.padEnd(44)} ${''.padStart(11)} ${(total / 1024).toFixed(1).padStart(8)} KB gzipped (budget ${BUDGET_KB} KB)`,
);
if (total > BUDGET_KB * 1024) {
  console.error(
    `The initial JavaScript is ${(total / 1024).toFixed(1)} KB gzipped, over the budget of ${BUDGET_KB} KB.`,
  );
  process.exit(1);
}
