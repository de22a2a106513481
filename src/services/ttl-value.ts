/**
 * One value loaded on demand and kept for `ttlMs`: reference data (the recharge catalogue, the
 * card taxonomy) that a console changes rarely. Concurrent misses share one load; a failed load
 * is not kept, so the next caller tries again.
 */
export class TtlValue<T> {
  private entry: { expiresAt: number; value: Promise<T> } | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
  ) {}

  get(): Promise<T> {
    const now = Date.now();
    if (this.entry && this.entry.expiresAt > now) return this.entry.value;
    const value = this.load();
    const entry = { expiresAt: now + this.ttlMs, value };
    this.entry = entry;
    value.catch(() => {
      if (this.entry === entry) this.entry = undefined;
    });
    return value;
  }
}
