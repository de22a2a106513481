import type { UpstreamCode, UpstreamCodeTable } from '../domain';
import type { ShingsouReferenceCodes } from '../upstreams/shingsou/reference-codes';

/**
 * The vendor's error code tables (`shingsou.md` §6.5-6.6), cached in-process for 10 minutes:
 * reference data that changes with a platform release, read by consoles that explain an
 * `upstreamCode`. Concurrent misses share one fetch; a failed fetch is not cached.
 */
export const REFERENCE_CODES_TTL_MS = 10 * 60_000;

export class ReferenceCodeCache {
  private readonly entries = new Map<UpstreamCodeTable, { expiresAt: number; value: Promise<UpstreamCode[]> }>();

  constructor(
    private readonly codes: ShingsouReferenceCodes,
    private readonly ttlMs = REFERENCE_CODES_TTL_MS,
  ) {}

  table(table: UpstreamCodeTable): Promise<UpstreamCode[]> {
    const now = Date.now();
    const cached = this.entries.get(table);
    if (cached && cached.expiresAt > now) return cached.value;
    const entry = { expiresAt: now + this.ttlMs, value: this.codes.table(table) };
    this.entries.set(table, entry);
    entry.value.catch(() => {
      if (this.entries.get(table) === entry) this.entries.delete(table);
    });
    return entry.value;
  }
}

/** One cache per client, so it lives as long as the process-wide upstream layer and tests never share one. */
const caches = new WeakMap<ShingsouReferenceCodes, ReferenceCodeCache>();

export function referenceCodeCache(codes: ShingsouReferenceCodes): ReferenceCodeCache {
  let cache = caches.get(codes);
  if (!cache) {
    cache = new ReferenceCodeCache(codes);
    caches.set(codes, cache);
  }
  return cache;
}
