/**
 * Results computed from the register, kept for as long as the register's version token is the same. A new token
 * empties the cache; the number of entries is bounded, the oldest going first.
 */
export class VersionedCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries = 500) {}

  /**
   * The value under `key`, computed once per version. `keep` decides whether a computed value stays: a lookup that found
   * nothing need not, so that keys anyone can make up (a random token) cannot push the real entries out.
   */
  get<T>(
    version: string,
    key: string,
    compute: () => Promise<T>,
    keep: (value: T) => boolean = () => true,
  ): Promise<T> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key) as Promise<T> | undefined;
    if (cached) return cached;
    const value = compute();
    this.entries.set(key, value);
    // A failed computation is not kept: the next call tries again.
    value.then(
      (result) => keep(result) || this.entries.delete(key),
      () => this.entries.delete(key),
    );
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
