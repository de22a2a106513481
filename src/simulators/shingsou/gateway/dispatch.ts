/**
 * The APIM gateway and backend pipeline, in the §2.4 order: path, key, rate limit, bearer, scope,
 * api-version, then the operation (422 / 404 / business). Any unexpected throw becomes 417, so bad
 * input never crashes the server (§7.10).
 */
import type { NextFunction, Request, Response } from 'express';
import type { Fleet } from '../../fleet/fleet';
import type { FaultInjector } from '../../shared/faults';
import type { StatsRecorder } from '../../shared/stats';
import * as errors from '../errors';
import { ApiError } from '../errors';
import { satisfies } from '../scopes';
import type { ShingsouState } from '../state';
import type { OpContext, Operation } from './operation';
import type { OperationTable } from './operation-table';
import { normalizeQuery, parseJsonBody, validate } from './validation';

export interface DispatchDeps {
  table: OperationTable;
  fleet: Fleet;
  state: ShingsouState;
  stats: StatsRecorder;
  faults: FaultInjector;
  /** Subscription key → account. */
  subscriptions: ReadonlyMap<string, string>;
}

export function sendApiError(res: Response, err: ApiError): void {
  res.status(err.status).set(err.headers);
  if (err.body === undefined) res.end();
  else res.json(err.body);
}

/** Checks 2–8 of §2.4; returns the caller's account. */
function admit(req: Request, op: Operation, query: Record<string, string>, deps: DispatchDeps, now: number): string {
  const key = req.get('ocp-apim-subscription-key') ?? query['subscription-key'];
  if (key === undefined || key === '') throw errors.missingKey();
  if (!deps.subscriptions.has(key)) throw errors.invalidKey();
  const limit = deps.state.knobs.get().rateLimit;
  if (limit) {
    const decision = deps.state.limiter.take(key, limit.limit, limit.windowSec, now);
    if (!decision.ok) throw errors.rateLimited(decision.retryAfterSec);
  }
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  if (!bearer) throw errors.bearerMissing();
  const checked = deps.state.tokens.check(bearer[1] as string, now);
  if (!checked.ok) throw errors.bearerInvalid(checked.expired);
  if (!satisfies(checked.token.scopes, op.scope)) throw errors.forbidden();
  const version = query['api-version'];
  if (version !== undefined && version !== '1.0') throw errors.unsupportedApiVersion(version);
  return checked.token.account;
}

export function createDispatcher(deps: DispatchDeps) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.path.startsWith('/__sim/')) return next();
    const op = deps.table.match(req.method, req.path);
    if (!op) return sendApiError(res, errors.gatewayNotFound());
    const end = deps.stats.begin(op.id);
    let keys: number | undefined;
    try {
      const fault = await deps.faults.before(deps.state.knobs.get(), op.id);
      if (fault === 'OUTAGE') throw errors.outage();
      if (fault === 'ERROR') throw errors.injectedFailure();
      const now = deps.fleet.now();
      const query = normalizeQuery(req.query);
      const account = admit(req, op, query, deps, now);
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const ctx: OpContext = {
        fleet: deps.fleet,
        state: deps.state,
        account,
        now,
        baseUrl: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
        query,
        rawBody,
        contentType: req.get('content-type'),
        params: (schema) => validate(schema, query),
        json: (schema) => validate(schema, parseJsonBody(rawBody)),
        keys: (count) => {
          keys = count;
        },
      };
      const result = await op.handle(ctx);
      const status = result.status ?? 200;
      if (result.body === undefined) res.status(status).end();
      else if (result.contentType !== undefined) res.status(status).type(result.contentType).send(result.body);
      else res.status(status).json(result.body);
    } catch (err) {
      sendApiError(res, err instanceof ApiError ? err : errors.expectationFailed());
    } finally {
      end(keys);
    }
  };
}
