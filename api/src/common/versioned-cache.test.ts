import { describe, expect, it } from 'vitest';
import { VersionedCache } from './versioned-cache.js';

describe('VersionedCache', () => {
  it('computes a key once per version and again after the version changes', async () => {
    const cache = new VersionedCache();
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    expect(await cache.get('v1', 'k', compute)).toBe(1);
    expect(await cache.get('v1', 'k', compute)).toBe(1);
    expect(await cache.get('v2', 'k', compute)).toBe(2);
  });

  it('does not keep a value that `keep` refuses, so made-up keys cannot evict kept entries', async () => {
    const cache = new VersionedCache(2);
    let lookups = 0;
    const session = () => Promise.resolve({ lookups: ++lookups });
    await cache.get('v', 'real', session, (found) => found !== null);
    for (let i = 0; i < 10; i++)
      await cache.get(
        'v',
        `made-up-${i}`,
        () => Promise.resolve(null),
        (found) => found !== null,
      );
    expect(await cache.get('v', 'real', session, (found) => found !== null)).toEqual({ lookups: 1 });
  });

  it('forgets a failed computation', async () => {
    const cache = new VersionedCache();
    await expect(cache.get('v', 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('v', 'k', () => Promise.resolve('up'))).toBe('up');
  });
});
