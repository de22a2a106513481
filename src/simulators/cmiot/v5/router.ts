import type { Request, Response } from 'express';
import type { FaultInjector } from '../../shared/faults';
import type { StatsRecorder } from '../../shared/stats';
import type { CmiotContext } from '../context';
import type { Envelope } from '../envelope';
import { collectParams, type Params } from '../params';
import type { CmiotRateLimits } from '../rate-limits';
import type { V5Authenticator } from './authenticate';
import { V5_CODES, v5Failure } from './codes';
import { getToken } from './get-token';
import { V5_ROUTES } from './routes';

export const V5_PREFIX = '/v5/ec';
const TOKEN_ROUTE = 'v5/get/token';

export interface V5Deps {
  ctx: CmiotContext;
  stats: StatsRecorder;
  faults: FaultInjector;
  limits: CmiotRateLimits;
  auth: V5Authenticator;
}

/**
 * Serves `/v5/ec/<group>/<name>` (`cmiot.md` §3, §7). Unknown paths are HTTP 404; injected
 * faults are HTTP 5xx (§7.1: an outage 503 without a body, an error 500 with the `500`
 * envelope); everything else is HTTP 200 with the envelope. Order: faults, then token and
 * transid (`authenticate.ts`), then the rate limit, then the route's own checks.
 */
export function v5Handler(deps: V5Deps) {
  return async (req: Request, res: Response): Promise<void> => {
    const routeId = `v5${req.path}`;
    const handler = V5_ROUTES.get(routeId);
    if (routeId !== TOKEN_ROUTE && !handler) {
      res.sendStatus(404);
      return;
    }
    const { ctx, stats } = deps;
    const end = stats.begin(routeId);
    if (routeId === TOKEN_ROUTE) stats.tokenCall();
    let keys: number | undefined;
    try {
      const fault = await deps.faults.before(ctx.shared(), routeId);
      if (fault === 'OUTAGE') {
        res.sendStatus(503);
        return;
      }
      if (fault === 'ERROR') {
        res.status(500).json(v5Failure('internalError'));
        return;
      }
      ctx.jobs.settleDue();
      const params = collectParams(req.query, req.body);
      const answer =
        routeId === TOKEN_ROUTE
          ? tokenCall(params, deps, routeId)
          : businessCall(params, deps, routeId, (n) => {
              keys = n;
            });
      res.status(200).json(answer);
    } catch {
      // A handler bug must not take the simulator down (§7.1 "never crashes").
      res.status(500).json({ ...V5_CODES.internalError, result: [] });
    } finally {
      end(keys);
    }
  };
}

function tokenCall(params: Params, deps: V5Deps, routeId: string): Envelope {
  const appid = params.get('appid') ?? '';
  if (appid !== '' && deps.limits.take(deps.ctx, appid, routeId, false)) {
    return v5Failure('apiRateLimited');
  }
  return getToken(params, deps.ctx);
}

function businessCall(params: Params, deps: V5Deps, routeId: string, countKeys: (n: number) => void): Envelope {
  const who = deps.auth.check(params, deps.ctx);
  if ('status' in who) return who;
  const handler = V5_ROUTES.get(routeId);
  if (!handler) return v5Failure('badRequest'); // unreachable: v5Handler answered 404 already
  if (deps.limits.take(deps.ctx, who.appid, routeId, false)) return v5Failure('apiRateLimited');
  return handler({ params, appid: who.appid, ctx: deps.ctx, countKeys });
}
