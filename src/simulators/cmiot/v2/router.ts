import type { Request, Response } from 'express';
import type { FaultInjector } from '../../shared/faults';
import type { StatsRecorder } from '../../shared/stats';
import type { CmiotContext } from '../context';
import type { Envelope } from '../envelope';
import { collectParams, type Params } from '../params';
import type { CmiotRateLimits } from '../rate-limits';
import { checkV2Public, plainIp } from './authenticate';
import { V2_PUBLIC_PARAMS, type V2Route } from './call';
import { v2Failure, v2SystemError } from './codes';
import { V2_ROUTES } from './routes';

export const V2_PREFIX = '/v2';

export interface V2Deps {
  ctx: CmiotContext;
  stats: StatsRecorder;
  faults: FaultInjector;
  limits: CmiotRateLimits;
}

/**
 * Serves `/v2/{apiName}` (`cmiot.md` §2, §7.3). Unknown APIs are HTTP 404; injected faults
 * HTTP 5xx (an outage 503 without a body, an error 500 with the `99` envelope, §7.1);
 * everything else HTTP 200 with the envelope. Order: faults, the public checks
 * (`authenticate.ts`), rate limits (`71`/`72`), unexpected parameters (`10`), the API's own
 * checks.
 */
export function v2Handler(deps: V2Deps) {
  return async (req: Request, res: Response): Promise<void> => {
    const apiName = req.path.slice(1);
    const route = V2_ROUTES.get(apiName);
    if (!route) {
      res.sendStatus(404);
      return;
    }
    const routeId = `v2/${apiName}`;
    const end = deps.stats.begin(routeId);
    let keys: number | undefined;
    try {
      const fault = await deps.faults.before(deps.ctx.shared(), routeId);
      if (fault === 'OUTAGE') {
        res.sendStatus(503);
        return;
      }
      if (fault === 'ERROR') {
        res.status(500).json(v2SystemError(apiName));
        return;
      }
      deps.ctx.jobs.settleDue();
      const params = collectParams(req.query, req.body);
      const answer = call(route, params, deps, routeId, plainIp(req.socket.remoteAddress), (n) => {
        keys = n;
      });
      res.status(200).json(answer);
    } catch {
      // A handler bug must not take the simulator down (§7.1).
      res.status(500).json(v2SystemError(apiName));
    } finally {
      end(keys);
    }
  };
}

function call(
  route: V2Route,
  params: Params,
  deps: V2Deps,
  routeId: string,
  clientIp: string,
  countKeys: (n: number) => void,
): Envelope {
  const refused = checkV2Public(params, deps.ctx, clientIp);
  if (refused) return refused;
  const verdict = deps.limits.take(deps.ctx, params.get('appid') ?? '', routeId, true);
  if (verdict === 'API') return v2Failure('apiRateLimited');
  if (verdict === 'SUBSCRIPTION') return v2Failure('subscriptionRateLimited');
  const allowed = new Set([...V2_PUBLIC_PARAMS, ...route.params]);
  for (const name of params.keys()) if (!allowed.has(name)) return v2Failure('paramCount');
  return route.handle({ params, ctx: deps.ctx, countKeys });
}
