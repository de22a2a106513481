import type { RequestFlow } from '../upstreams';
import type { CallBudget } from './call-budget';
import type { SyncMetrics } from './sync-metrics';

/** The flow id every sync call carries: one line in the fair queues, behind every request's. */
export const SYNC_FLOW_ID = 'fleet-sync';

/**
 * Runs one upstream operation for the sync: takes one call from the sync's budget first, then
 * charges whatever else the operation spent (retries), as counted by its own flow (`http.ts`
 * counts each exchange on the flow; token fetches run outside it and are not counted). The flow is
 * `background`, so the call also takes from the account budget behind live requests, and carries
 * the sync's stop signal, so stopping ends every wait at once.
 */
export type SyncCall = <T>(upstream: 'shingsou' | 'cmiot', call: (flow: RequestFlow) => Promise<T>) => Promise<T>;

export function createSyncCall(budget: CallBudget, signal: AbortSignal, metrics: SyncMetrics): SyncCall {
  return async (upstream, call) => {
    await budget.take(signal);
    const flow: RequestFlow = { id: SYNC_FLOW_ID, signal, upstreamCalls: 0, background: true };
    try {
      return await call(flow);
    } finally {
      budget.charge(flow.upstreamCalls - 1);
      metrics.callsSpent(upstream, flow.upstreamCalls);
    }
  };
}
