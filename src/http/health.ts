import type { Request, Response } from 'express';
import type { UpstreamReadiness } from '../upstreams';

/** What `/readyz` answers: 200 while `ready` is true, 503 otherwise. */
export interface ReadinessReport {
  ready: boolean;
  /** `ready`, `degraded` (ready, with reasons) or `not_ready`. */
  status: 'ready' | 'degraded' | 'not_ready';
  reasons: string[];
  redis: UpstreamReadiness['redis'];
  openBreakers: string[];
}

/** Set once SIGTERM arrives: from then on `/readyz` says 503 so the load balancer stops sending. */
export interface Lifecycle {
  shuttingDown: boolean;
}

/** `/healthz`: liveness. No I/O, no state: if the event loop answers, the process is alive. */
export function liveness(_req: Request, res: Response): void {
  res.json({ status: 'ok' });
}

/**
 * `/readyz`: readiness for an orchestrator. Redis configured but unreachable and open breakers
 * are reported and leave the gateway ready (degraded): Redis is an accelerator, and an open
 * breaker fails only the fields of its upstream, the same on every replica. Shutting down is not
 * ready. Cheap: `readiness()` reads state the upstream layer already keeps.
 */
export function readiness(readinessOf: () => UpstreamReadiness, lifecycle: Lifecycle) {
  return (_req: Request, res: Response): void => {
    const report = readinessReport(readinessOf(), lifecycle);
    res.status(report.ready ? 200 : 503).json(report);
  };
}

export function readinessReport(upstreams: UpstreamReadiness, lifecycle: Lifecycle): ReadinessReport {
  const reasons: string[] = [];
  if (lifecycle.shuttingDown) reasons.push('shutting down');
  if (upstreams.redis === 'down') reasons.push('Redis (KEYV_URL) unreachable: caches miss, tokens and limits are per process');
  for (const breaker of upstreams.openBreakers) reasons.push(`breaker open: ${breaker}`);
  const ready = !lifecycle.shuttingDown;
  return {
    ready,
    status: !ready ? 'not_ready' : reasons.length > 0 ? 'degraded' : 'ready',
    reasons,
    redis: upstreams.redis,
    openBreakers: upstreams.openBreakers,
  };
}
