/**
 * Behaviour switches both simulators share (`shingsou.md` §7.8, `cmiot.md` §7). Read on every
 * request, so `POST /__sim/knobs` changes a running server. Each server keeps its own store:
 * the defaults differ (one-active-token is off for Shingsou, on for CMIOT).
 */
import { z } from 'zod';

export const latencySchema = z.object({
  baseMs: z.number().int().min(0).max(60_000),
  jitterMs: z.number().int().min(0).max(60_000),
});
export type RouteLatency = z.infer<typeof latencySchema>;

/** Key `*` in a per-route record applies to every route without its own entry. */
export const ANY_ROUTE = '*';

export const knobsSchema = z.object({
  /** Added latency per route id (default none). */
  latency: z.record(z.string(), latencySchema),
  /** Probability 0..1 of an injected failure per route id (default none). */
  errorRate: z.record(z.string(), z.number().min(0).max(1)),
  /**
   * Every n-th call of a route id fails like `errorRate` (default none): a fault rate that is
   * exact, for tests that bound what the gateway makes of it. Counted per route id.
   */
  failEvery: z.record(z.string(), z.number().int().min(1)),
  /** A whole-simulator outage, or the route ids that are down (default none). */
  outage: z.object({ all: z.boolean(), routes: z.array(z.string()) }),
  /** Lifetime of issued tokens in seconds (default 3600). */
  tokenLifetimeSec: z.number().int().min(1).max(10 * 365 * 86400),
  /** Requests per window per client (subscription key or appid); `null` = off (default). */
  rateLimit: z.object({ limit: z.number().int().min(1), windowSec: z.number().int().min(1) }).nullable(),
  /** A new token for a client invalidates its earlier ones (Shingsou default off, CMIOT on). */
  oneActiveToken: z.boolean(),
  /** Per-card, per-kind cooldown of status changes in ms (default 180,000); kept in the fleet. */
  cooldownMs: z.number().int().min(0),
  /** `card-status.md` §5.3: TEST ends after this many ms (`null` = never, default). */
  testPeriodMs: z.number().int().min(0).nullable(),
  /** `card-status.md` §5.3: PRE_TERMINATION → TERMINATED after this many ms (`null` = never, default). */
  preTerminationMs: z.number().int().min(0).nullable(),
  /** Shingsou: mark a new payment order paid after this many ms; `null` = only via the pay URL. */
  autoPayAfterMs: z.number().int().min(0).nullable(),
  /**
   * Shingsou `shingsou.md` §6.4.1: what each payment-v2 merchant may pay out per Asia/Shanghai day,
   * in fen (default 1,000,000 = ¥10,000); a transfer past it is `23002`.
   */
  transferDailyBalance: z.number().int().min(0),
  /** Shingsou §6.4.1: ms a `TransferToBank` stays `PROCESSING` before it settles (default 2,000). */
  bankTransferDelayMs: z.number().int().min(0).max(3_600_000),
  /**
   * The fleet's usage grows by itself (`fleet/usage-growth.ts`): `share` of the cards (chosen by
   * a hash of the ICCID) use data while ACTIVE, each at `quotaPercentPerMinute` of its package
   * quota per minute (4 GB for a package without one) times a factor of its own between 0.1 and
   * 10. `null` = off (default). Shared by both servers, kept in the fleet.
   */
  usageGrowth: z
    .object({
      share: z.number().min(0).max(1),
      quotaPercentPerMinute: z.number().positive().max(1000),
    })
    .nullable(),
  /**
   * Carrier-side stops and resumes per minute across the fleet (`fleet/carrier-changes.ts`):
   * arrears and no-real-name stops of ACTIVE cards, resumes of cards the carrier stopped.
   * 0 = off (default). Shared by both servers, kept in the fleet.
   */
  carrierChangesPerMinute: z.number().min(0).max(6000),
});

export type Knobs = z.infer<typeof knobsSchema>;

export const DEFAULT_KNOBS: Knobs = {
  latency: {},
  errorRate: {},
  failEvery: {},
  outage: { all: false, routes: [] },
  tokenLifetimeSec: 3600,
  rateLimit: null,
  oneActiveToken: false,
  cooldownMs: 180_000,
  testPeriodMs: null,
  preTerminationMs: null,
  autoPayAfterMs: null,
  transferDailyBalance: 1_000_000,
  bankTransferDelayMs: 2_000,
  usageGrowth: null,
  carrierChangesPerMinute: 0,
};

/** A partial update: top-level keys replace, except the per-route records, which merge. */
export const knobsPatchSchema = knobsSchema.partial().strict();
export type KnobsPatch = z.infer<typeof knobsPatchSchema>;

export type PatchResult = { ok: true; knobs: Knobs } | { ok: false; errors: Record<string, string[]> };

export class KnobStore {
  private current: Knobs;

  constructor(
    private readonly defaults: Knobs = DEFAULT_KNOBS,
    overrides: Partial<Knobs> = {},
    private readonly onChange: (knobs: Knobs) => void = () => undefined,
  ) {
    this.current = { ...structuredClone(defaults), ...structuredClone(overrides) };
    onChange(this.current);
  }

  get(): Knobs {
    return this.current;
  }

  /** Validates and applies a patch from `POST /__sim/knobs` or a test. */
  patch(input: unknown): PatchResult {
    const parsed = knobsPatchSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
    const p = parsed.data;
    this.current = {
      ...this.current,
      ...p,
      latency: p.latency ? { ...this.current.latency, ...p.latency } : this.current.latency,
      errorRate: p.errorRate ? { ...this.current.errorRate, ...p.errorRate } : this.current.errorRate,
      failEvery: p.failEvery ? { ...this.current.failEvery, ...p.failEvery } : this.current.failEvery,
    };
    this.onChange(this.current);
    return { ok: true, knobs: this.current };
  }

  reset(): Knobs {
    this.current = structuredClone(this.defaults);
    this.onChange(this.current);
    return this.current;
  }
}

/** zod issues as `{ "path": ["message"] }`, the shape of a 422 `errors` field. */
export function zodErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The route's own value, else the `*` value, else `undefined`. */
export function forRoute<T>(record: Record<string, T>, routeId: string): T | undefined {
  return record[routeId] ?? record[ANY_ROUTE];
}
