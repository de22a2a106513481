/**
 * The simulators' programmatic surface (`src/simulators/README.md`): one shared fleet, a Shingsou
 * server and a CMIOT server, each on its own port.
 */
import { activityFromEnv } from './activity-env';
import { CMIOT_DEFAULT_KNOBS, CMIOT_DEMO_APPID, CMIOT_DEMO_PASSWORD, createCmiotServer } from './cmiot/server';
import { createFleet, Fleet } from './fleet/fleet';
import { fleetKnobStores } from './shared/fleet-knob-stores';
import { DEFAULT_KNOBS, Knobs, KnobStore } from './shared/knobs';
import { listen } from './shared/listen';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_SUBSCRIPTION_KEY } from './shingsou/credentials';
import { createShingsouServer } from './shingsou/server';

export type { Knobs } from './shared/knobs';
export { Fleet } from './fleet/fleet';
export { DEMO_ACTIVITY } from './activity-env';

const PRE_TERMINATION_MS = 30 * 24 * 3600 * 1000;
/** How often the §5.3 automatic transitions and the carrier's due moves are applied. */
const SETTLE_EVERY_MS = 60_000;

export interface SimulatorOptions {
  /** Fleet seed (default 20240501). */
  seed?: number;
  /** Fleet size (default 2000). */
  cards?: number;
  /** Host to listen on (default '127.0.0.1'). */
  host?: string;
  /** Shingsou port (default 0: a free port). */
  shingsouPort?: number;
  /** CMIOT port (default 0: a free port). */
  cmiotPort?: number;
  /**
   * Initial knobs of both servers; also settable at runtime via `POST /__sim/knobs`. The activity
   * knobs (`usageGrowth`, `carrierChangesPerMinute`) default from `env` (`activity-env.ts`).
   */
  knobs?: Partial<Knobs>;
  /** Where the activity knobs' defaults are read (default `process.env`): on, off under NODE_ENV=test. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The fleet's clock (default `Date.now`); tests move it to see the fleet change by itself. */
  clock?: () => number;
}

export interface RunningSimulators {
  /** The one shared dataset. */
  fleet: Fleet;
  shingsou: { baseUrl: string; tokenUrl: string; clientId: string; clientSecret: string; subscriptionKey: string };
  cmiot: { baseUrl: string; appid: string; password: string };
  close(): Promise<void>;
}

export async function startSimulators(options: SimulatorOptions = {}): Promise<RunningSimulators> {
  const knobs = options.knobs ?? {};
  const activity = activityFromEnv(options.env ?? process.env);
  const fleet = createFleet({
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.cards !== undefined ? { cards: options.cards } : {}),
    ...(knobs.cooldownMs !== undefined ? { cooldownMs: knobs.cooldownMs } : {}),
    ...(options.clock !== undefined ? { clock: options.clock } : {}),
  });
  // One store per server (their defaults differ), the fleet-wide knobs kept in step. PRE_TERMINATION
  // ends after 30 days here (`card-status.md` §5.3), and the fleet changes by itself outside tests
  // (`activity-env.ts`), only here: servers built directly, as unit tests do, keep both off.
  const initial: Partial<Knobs> = { preTerminationMs: PRE_TERMINATION_MS, ...activity, ...knobs, cooldownMs: fleet.cooldownMs };
  const [shingsouKnobs, cmiotKnobs] = fleetKnobStores(fleet, [DEFAULT_KNOBS, CMIOT_DEFAULT_KNOBS], initial) as [KnobStore, KnobStore];
  const shingsou = createShingsouServer(fleet, { knobs: shingsouKnobs });
  const cmiotApp = createCmiotServer(fleet, { knobs: cmiotKnobs });
  const host = options.host ?? '127.0.0.1';
  const shingsouHttp = await listen(shingsou.app, options.shingsouPort ?? 0, host);
  const cmiotListening = await listen(cmiotApp, options.cmiotPort ?? 0, host).catch(async (err: unknown) => {
    await shingsouHttp.close();
    throw err;
  });
  // Reads catch up by themselves; this keeps `fleet.cards` current for code that reads it directly.
  const sweep = setInterval(() => {
    fleet.catchUp();
    fleet.settle();
  }, SETTLE_EVERY_MS);
  sweep.unref();
  return {
    fleet,
    shingsou: {
      baseUrl: shingsouHttp.url,
      tokenUrl: `${shingsouHttp.url}/connect/token`,
      clientId: DEMO_CLIENT_ID,
      clientSecret: DEMO_CLIENT_SECRET,
      subscriptionKey: DEMO_SUBSCRIPTION_KEY,
    },
    cmiot: { baseUrl: cmiotListening.url, appid: CMIOT_DEMO_APPID, password: CMIOT_DEMO_PASSWORD },
    close: async () => {
      clearInterval(sweep);
      shingsou.dispose();
      await Promise.all([shingsouHttp.close(), cmiotListening.close()]);
    },
  };
}
