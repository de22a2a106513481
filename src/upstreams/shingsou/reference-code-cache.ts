import type { UpstreamCode, UpstreamCodeTable } from '../../domain';
import { untilAborted } from '../flow-wait';
import { signalOf, type RequestFlow } from '../request-flow';
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

  /**
   * The table. Its fetch is background work shared by every caller (the client here has no
   * request's flow); `flow`'s deadline ends only this caller's wait.
   */
  table(table: UpstreamCodeTable, flow?: RequestFlow): Promise<UpstreamCode[]> {
    const now = Date.now();
    let entry = this.entries.get(table);
    if (!entry || entry.expiresAt <= now) {
      const loading = { expiresAt: now + this.ttlMs, value: this.codes.table(table) };
      entry = loading;
      this.entries.set(table, loading);
      loading.value.catch(() => {
        if (this.entries.get(table) === loading) this.entries.delete(table);
      });
    }
    return untilAborted(entry.value, signalOf(flow), 'shingsou', 'waiting for Shingsou reference codes');
  }
}
