/**
 * The token endpoint inside the server: faults and stats (route id `token`, counted in
 * `tokenCalls`) around the IdentityServer behaviour of `token-endpoint.ts`.
 */
import type { Request, Response } from 'express';
import type { FaultInjector } from '../../shared/faults';
import type { StatsRecorder } from '../../shared/stats';
import type { ShingsouState } from '../state';
import { createTokenEndpoint, sendTokenJson, TokenEndpointDeps } from './token-endpoint';

export function createTokenRoute(deps: Omit<TokenEndpointDeps, 'lifetimeSec' | 'oneActiveToken'>, state: ShingsouState, stats: StatsRecorder, faults: FaultInjector) {
  const endpoint = createTokenEndpoint({
    ...deps,
    lifetimeSec: () => state.knobs.get().tokenLifetimeSec,
    oneActiveToken: () => state.knobs.get().oneActiveToken,
  });
  return async (req: Request, res: Response): Promise<void> => {
    const end = stats.begin('token');
    stats.tokenCall();
    try {
      const fault = await faults.before(state.knobs.get(), 'token');
      if (fault === 'OUTAGE') sendTokenJson(res, 503, { error: 'temporarily_unavailable' });
      else if (fault === 'ERROR') sendTokenJson(res, 500, { error: 'server_error' });
      else await endpoint(req, res);
    } catch {
      if (!res.headersSent) sendTokenJson(res, 400, { error: 'invalid_request' });
    } finally {
      end(undefined);
    }
  };
}
