/**
 * The Shingsou (旭宇) simulator over the shared fleet (`shingsou.md` §7): the token server, the
 * APIM gateway checks and the cards, payment and payment-v2 APIs on one origin (§1 DECISION),
 * plus the admin routes, the simulated pay page, and the bill links and WeChat codes of §6.4.1.
 */
import express, { Express, NextFunction, Request, Response } from 'express';
import type { Fleet } from '../fleet/fleet';
import { createAdminRouter } from '../shared/admin';
import { catchUpFleet } from '../shared/catch-up';
import { FaultInjector } from '../shared/faults';
import { DEFAULT_KNOBS, KnobStore } from '../shared/knobs';
import { StatsRecorder } from '../shared/stats';
import { ClientRegistration, DEMO_CLIENT, DEMO_SUBSCRIPTIONS } from './credentials';
import { unprocessable } from './errors';
import { createDispatcher, sendApiError } from './gateway/dispatch';
import { OperationTable } from './gateway/operation-table';
import { OPERATIONS } from './operations';
import { createPayPage } from './ops/pay-page';
import { createPayoutSimRouter } from './sim-payout-routes';
import { ShingsouState } from './state';
import { sendTokenJson } from './token/token-endpoint';
import { createTokenRoute } from './token/token-route';

export interface ShingsouServerOptions {
  /** This server's knob store (default: a new one with `DEFAULT_KNOBS`, cooldown from the fleet). */
  knobs?: KnobStore;
  /** The stats recorder behind `/__sim/stats` (default: a new one). */
  stats?: StatsRecorder;
  /** Registered clients (default: the demo client `simgraph-demo`). */
  clients?: readonly ClientRegistration[];
  /** Subscription key → account (default: `demo-subscription-key` → `agent-001`). */
  subscriptions?: ReadonlyMap<string, string>;
  /** §5.5 `10003` daily voucher cap (default 99,999,999); tests lower it. */
  voucherDailyLimit?: number;
}

export interface ShingsouServer {
  /** The request handler; pass it to `shared/listen.ts` or `http.createServer`. */
  app: Express;
  stats: StatsRecorder;
  knobs: KnobStore;
  /** Cancels pending auto-pay timers (they are unref'd and never keep the process alive). */
  dispose(): void;
}

export function createShingsouServer(fleet: Fleet, options: ShingsouServerOptions = {}): ShingsouServer {
  const knobs =
    options.knobs ??
    new KnobStore(DEFAULT_KNOBS, { cooldownMs: fleet.cooldownMs }, (k) => fleet.applyKnobs(k));
  const stats = options.stats ?? new StatsRecorder();
  const state = new ShingsouState(knobs, options.voucherDailyLimit ?? 99_999_999);
  const faults = new FaultInjector();
  const clients = new Map((options.clients ?? [DEMO_CLIENT]).map((c) => [c.clientId, c]));

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(catchUpFleet(fleet));
  app.use(createAdminRouter({ stats, knobs, onReset: () => state.limiter.clear() }));
  app.all('/__sim/pay/:orderNo', createPayPage(fleet));
  app.use(createPayoutSimRouter(fleet, state.payouts));
  app.use(express.raw({ type: () => true, limit: '10mb' }));
  app.all('/connect/token', createTokenRoute({ clients, tokens: state.tokens, now: () => fleet.now() }, state, stats, faults));
  app.use(
    createDispatcher({
      table: new OperationTable(OPERATIONS),
      fleet,
      state,
      stats,
      faults,
      subscriptions: options.subscriptions ?? DEMO_SUBSCRIPTIONS,
    }),
  );
  // A body the raw parser refuses (too large, bad encoding) never crashes the server.
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (req.path.toLowerCase() === '/connect/token') sendTokenJson(res, 400, { error: 'invalid_request' });
    else sendApiError(res, unprocessable({ body: ['unreadable body'] }));
  });
  return { app, stats, knobs, dispose: () => state.dispose() };
}
