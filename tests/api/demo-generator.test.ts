import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/app/config.js';

describe('seed-data/generate-demo.mjs', () => {
  it('wrote the committed demo data set (the script is deterministic; rerun it after changing it)', () => {
    const output = execFileSync(process.execPath, ['seed-data/generate-demo.mjs', '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(output).toContain('demo/norra.json is what the script writes.');
  });
});
