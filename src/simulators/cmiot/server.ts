import express, { type Express } from 'express';
import type { Fleet } from '../fleet/fleet';
import { createAdminRouter } from '../shared/admin';
import { catchUpFleet } from '../shared/catch-up';
import { FaultInjector } from '../shared/faults';
import { DEFAULT_KNOBS, KnobStore, type Knobs } from '../shared/knobs';
import { StatsRecorder } from '../shared/stats';
import { combinedKnobs } from './admin-knobs';
import { bodyParsers } from './body-parsing';
import { cardChanges } from './card-changes';
import { fleetDirectory } from './cards';
import type { CmiotContext } from './context';
import { CmiotKnobStore, type CmiotKnobs } from './knobs';
import { CmiotRateLimits } from './rate-limits';
import { v2Handler, V2_PREFIX } from './v2/router';
import { V5Authenticator } from './v5/authenticate';
import { BatchJobs } from './v5/batch-jobs';
import { v5Handler, V5_PREFIX } from './v5/router';
import { TokenStore } from './v5/token-store';

/** Demo credentials (`src/simulators/README.md`). */
export const CMIOT_DEMO_APPID = '100001';
export const CMIOT_DEMO_PASSWORD = 'demo-password';

/** CMIOT defaults of the shared knobs: one active token per appid is on (`cmiot.md` §7.4). */
export const CMIOT_DEFAULT_KNOBS: Knobs = { ...DEFAULT_KNOBS, oneActiveToken: true };

export interface CmiotServerOptions {
  /** Application id (default `100001`). */
  appid?: string;
  /** API password: v5 `get/token` password and v2 signing secret (default `demo-password`). */
  password?: string;
  /** This server's shared-knob store (default: a new one with `CMIOT_DEFAULT_KNOBS`). */
  knobs?: KnobStore;
  /** Initial CMIOT-only knobs (`knobs.ts`). */
  cmiotKnobs?: Partial<CmiotKnobs>;
  /** The stats recorder behind `/__sim/stats` (default: a new one). */
  stats?: StatsRecorder;
}

/**
 * The China Mobile OneLink simulator over the shared fleet. Returns an **express app** (not
 * listening): pass it to `shared/listen.ts` or `http.createServer`. It serves `/v2/{apiName}`,
 * `/v5/ec/{group}/{name}` and the admin routes `/__sim/stats`, `/__sim/reset`, `/__sim/knobs`.
 * Batch-job timers are unref'd, so the app holds no handle of its own.
 */
export function createCmiotServer(fleet: Fleet, options: CmiotServerOptions = {}): Express {
  // A store of our own keeps the fleet-wide knobs (cooldown, §5.3 periods, activity) in the fleet.
  const shared =
    options.knobs ?? new KnobStore(CMIOT_DEFAULT_KNOBS, { cooldownMs: fleet.cooldownMs }, (k) => fleet.applyKnobs(k));
  const cmiot = new CmiotKnobStore(options.cmiotKnobs);
  const stats = options.stats ?? new StatsRecorder();
  const changes = cardChanges(() => fleet.cooldownMs);
  const ctx: CmiotContext = {
    cards: fleetDirectory(fleet),
    changes,
    jobs: new BatchJobs(changes, () => fleet.now()),
    tokens: new TokenStore(),
    catalog: { products: fleet.products, categories: fleet.productCategories },
    credentials: {
      appid: options.appid ?? CMIOT_DEMO_APPID,
      password: options.password ?? CMIOT_DEMO_PASSWORD,
    },
    now: () => fleet.now(),
    cooldownMs: () => fleet.cooldownMs,
    knobs: () => cmiot.get(),
    shared: () => shared.get(),
  };
  const faults = new FaultInjector();
  const limits = new CmiotRateLimits();

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(catchUpFleet(fleet));
  app.use(
    createAdminRouter({
      stats,
      knobs: combinedKnobs(shared, cmiot),
      onReset: () => limits.clear(),
    }),
  );
  app.use(V2_PREFIX, ...bodyParsers(), v2Handler({ ctx, stats, faults, limits }));
  app.use(V5_PREFIX, ...bodyParsers(), v5Handler({ ctx, stats, faults, limits, auth: new V5Authenticator() }));
  app.use((_req, res) => {
    res.sendStatus(404);
  });
  return app;
}
