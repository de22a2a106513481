import type { UpstreamCode, UpstreamCodeTable } from '../../domain';
import type { ShingsouReferenceCodes } from './reference-codes';

/**
 * The vendor's error code tables (`shingsou.md` §6.5-6.6), cached in-process for 10 minutes:
 * reference data that changes with a platform release, read by consoles that explain an
 * `upstreamCode`. Concurrent misses share one fetch; a failed fetch is not cached. Built once per
 * upstream layer (`createUpstreams`).
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
