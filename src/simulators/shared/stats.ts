/**
 * Per-server call statistics in the agreed format (`src/simulators/README.md`):
 * calls and card identifiers per route id, token calls, and the peak of concurrent requests.
 * The shape of `begin`/`tokenCall` matches the CMIOT server's `CallStats`, so both servers use
 * this one recorder.
 */
export interface RouteStats {
  calls: number;
  /** Per call, how many card identifiers it carried; calls without identifiers add nothing. */
  keys: number[];
}

export interface StatsSnapshot {
  routes: Record<string, RouteStats>;
  tokenCalls: number;
  maxConcurrent: number;
}

export class StatsRecorder {
  private routes = new Map<string, RouteStats>();
  private tokens = 0;
  private inFlight = 0;
  private peak = 0;

  /**
   * A request reached a known route. Returns the function that ends it; call it once, with the
   * number of card identifiers the request carried (or `undefined`).
   */
  begin(routeId: string): (keys: number | undefined) => void {
    this.inFlight += 1;
    this.peak = Math.max(this.peak, this.inFlight);
    let ended = false;
    return (keys) => {
      if (ended) return;
      ended = true;
      this.inFlight -= 1;
      let route = this.routes.get(routeId);
      if (!route) {
        route = { calls: 0, keys: [] };
        this.routes.set(routeId, route);
      }
      route.calls += 1;
      if (keys !== undefined) route.keys.push(keys);
    };
  }

  tokenCall(): void {
    this.tokens += 1;
  }

  snapshot(): StatsSnapshot {
    const routes: Record<string, RouteStats> = {};
    for (const [id, r] of this.routes) routes[id] = { calls: r.calls, keys: [...r.keys] };
    return { routes, tokenCalls: this.tokens, maxConcurrent: this.peak };
  }

  /** Zeroes the counters. Requests still in flight keep counting toward the new peak. */
  reset(): void {
    this.routes.clear();
    this.tokens = 0;
    this.peak = this.inFlight;
  }
}
