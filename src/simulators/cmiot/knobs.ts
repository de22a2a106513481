import { z } from 'zod';
import { zodErrors } from '../shared/knobs';

/**
 * CMIOT-only behaviour switches (`cmiot.md` §7). The shared ones (latency, errors, outage,
 * rate limit, token lifetime, one-active-token, cooldown) live in `shared/knobs.ts`. Read on
 * every request, so `POST /__sim/cmiot-knobs` changes a running server.
 */
const windowLimit = z.object({ limit: z.number().int().min(1), windowSec: z.number().int().min(1) });

export const cmiotKnobsSchema = z.object({
  /** v2: accept any transid of at most 48 chars with the appid prefix (§7.3). Default off. */
  v2RelaxedTransid: z.boolean(),
  /** v5: check the full transid format, not only length and appid prefix (§7.5). Default off. */
  v5StrictTransid: z.boolean(),
  /** v5: refuse a transid already seen with `12004` (§7.5). Default off. */
  v5RejectDuplicateTransid: z.boolean(),
  /** v2 client IP whitelist; `null` turns the check off (§7.3, status `6`). Default `null`. */
  ipWhitelist: z.array(z.string()).nullable(),
  /** Every `get/token` behaves as `refresh=1` (§7.4). Default off. */
  alwaysNewToken: z.boolean(),
  /** Send `ttl` as a JSON number instead of a numeric string (§3.2). Default off. */
  ttlAsNumber: z.boolean(),
  /** Time between batch job steps in ms (§7.8). Default 200. */
  jobStepMs: z.number().int().min(0).max(3_600_000),
  /** Batch jobs end in `jobStatus` `4` without changing any card (§7.8). Default off. */
  batchJobFails: z.boolean(),
  /** v2 per-subscription (per appid, all APIs) limit, answered `72` (§7.11). Default off. */
  subscriptionRateLimit: windowLimit.nullable(),
});

export type CmiotKnobs = z.infer<typeof cmiotKnobsSchema>;

export const DEFAULT_CMIOT_KNOBS: CmiotKnobs = {
  v2RelaxedTransid: false,
  v5StrictTransid: false,
  v5RejectDuplicateTransid: false,
  ipWhitelist: null,
  alwaysNewToken: false,
  ttlAsNumber: false,
  jobStepMs: 200,
  batchJobFails: false,
  subscriptionRateLimit: null,
};

export type CmiotPatchResult =
  | { ok: true; knobs: CmiotKnobs }
  | { ok: false; errors: Record<string, string[]> };

export class CmiotKnobStore {
  private current: CmiotKnobs;

  constructor(private readonly initial: Partial<CmiotKnobs> = {}) {
    this.current = { ...DEFAULT_CMIOT_KNOBS, ...structuredClone(initial) };
  }

  get(): CmiotKnobs {
    return this.current;
  }

  patch(input: unknown): CmiotPatchResult {
    const parsed = cmiotKnobsSchema.partial().strict().safeParse(input);
    if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
    this.current = { ...this.current, ...parsed.data };
    return { ok: true, knobs: this.current };
  }

  reset(): CmiotKnobs {
    this.current = { ...DEFAULT_CMIOT_KNOBS, ...structuredClone(this.initial) };
    return this.current;
  }
}
