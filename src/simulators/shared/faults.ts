/**
 * Latency, error injection and outages (`shingsou.md` §7.8, `cmiot.md` §7.1). Each simulator
 * asks what to do for a route and renders the failure in its own wire shape.
 */
import { createRng } from '../fleet/prng';
import { Knobs, forRoute } from './knobs';

export type Fault = 'OUTAGE' | 'ERROR' | null;

export class FaultInjector {
  // Seeded, so a run with the same knobs injects the same failures.
  private readonly rng = createRng(0xfa17);
  /** Calls seen per route id while a `failEvery` applied to it. */
  private readonly calls = new Map<string, number>();

  /** Waits the configured latency, then says whether the call fails. */
  async before(knobs: Knobs, routeId: string): Promise<Fault> {
    if (knobs.outage.all || knobs.outage.routes.includes(routeId)) return 'OUTAGE';
    const latency = forRoute(knobs.latency, routeId);
    if (latency) {
      const ms = latency.baseMs + Math.floor(this.rng.next() * (latency.jitterMs + 1));
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    }
    const every = forRoute(knobs.failEvery, routeId);
    if (every !== undefined) {
      const seen = (this.calls.get(routeId) ?? 0) + 1;
      this.calls.set(routeId, seen);
      if (seen % every === 0) return 'ERROR';
    }
    const rate = forRoute(knobs.errorRate, routeId) ?? 0;
    return rate > 0 && this.rng.next() < rate ? 'ERROR' : null;
  }
}
