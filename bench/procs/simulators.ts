import { CMIOT_DEFAULT_KNOBS, CMIOT_DEMO_APPID, CMIOT_DEMO_PASSWORD, createCmiotServer } from '../../src/simulators/cmiot/server';
import { createFleet } from '../../src/simulators/fleet/fleet';
import { createRng } from '../../src/simulators/fleet/prng';
import { DEFAULT_KNOBS, KnobStore, type Knobs } from '../../src/simulators/shared/knobs';
import { listen } from '../../src/simulators/shared/listen';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_SUBSCRIPTION_KEY } from '../../src/simulators/shingsou/credentials';
import { createShingsouServer } from '../../src/simulators/shingsou/server';

/**
 * Both simulators in one process of their own, on free loopback ports, composed as
 * `startSimulators()` does, with one addition for scenario 4: `--lognormal <p50>:<p99>` draws
 * every route's latency from a log-normal distribution. The knobs' `baseMs + uniform(jitterMs)`
 * cannot give p50 50 ms with p99 200 ms (a uniform tail is too short), so the latency knob is
 * replaced per read by a fresh draw. Prints one `SIMS {json}` line when both listen.
 *
 * Args: --cards <n> (default 2000), --lognormal <p50>:<p99> (default off), --shingsou-port <n> and
 * --cmiot-port <n> (default 0: free ports; the fault drill restarts the simulators on the same
 * ports, as a redeployed upstream would come back).
 */

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** A knob store whose `*` latency is a new draw each time a simulator reads its knobs. */
class SampledLatencyStore extends KnobStore {
  constructor(defaults: Knobs, initial: Partial<Knobs>, sync: (knobs: Knobs) => void, private readonly sample: (() => number) | undefined) {
    super(defaults, initial, sync);
  }

  override get(): Knobs {
    const knobs = super.get();
    if (!this.sample) return knobs;
    return { ...knobs, latency: { ...knobs.latency, '*': { baseMs: this.sample(), jitterMs: 0 } } };
  }
}

function logNormal(spec: string | undefined): (() => number) | undefined {
  if (!spec) return undefined;
  const [p50, p99] = spec.split(':').map(Number);
  if (!p50 || !p99 || p99 <= p50) throw new Error('--lognormal takes <p50>:<p99> with p99 > p50');
  const sigma = Math.log(p99 / p50) / 2.3263; // z of the 99th percentile
  const rng = createRng(0x1a7e);
  return () => {
    const z = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    return Math.min(10_000, Math.round(p50 * Math.exp(sigma * z)));
  };
}

async function main(): Promise<void> {
  const fleet = createFleet({ cards: Number(arg('cards') ?? 2000) });
  const sample = logNormal(arg('lognormal'));
  const initial: Partial<Knobs> = { preTerminationMs: 30 * 24 * 3600 * 1000, cooldownMs: fleet.cooldownMs };
  const sync = (knobs: Knobs) => fleet.applyKnobs(knobs);
  const shingsou = createShingsouServer(fleet, { knobs: new SampledLatencyStore(DEFAULT_KNOBS, initial, sync, sample) });
  const cmiot = createCmiotServer(fleet, { knobs: new SampledLatencyStore(CMIOT_DEFAULT_KNOBS, initial, sync, sample) });
  const [s, c] = await Promise.all([
    listen(shingsou.app, Number(arg('shingsou-port') ?? 0)),
    listen(cmiot, Number(arg('cmiot-port') ?? 0)),
  ]);
  const cards = fleet.cards.filter((card) => card.inShingsou).slice(0, 1000).map((card) => ({ iccid: card.iccid, carrier: card.carrier }));
  const info = {
    shingsou: { baseUrl: s.url, tokenUrl: `${s.url}/connect/token`, clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, subscriptionKey: DEMO_SUBSCRIPTION_KEY },
    cmiot: { baseUrl: c.url, appid: CMIOT_DEMO_APPID, password: CMIOT_DEMO_PASSWORD },
    cards,
  };
  process.stdout.write(`SIMS ${JSON.stringify(info)}\n`);
  process.once('SIGTERM', () => {
    shingsou.dispose();
    void Promise.all([s.close(), c.close()]).then(() => process.exit(0));
  });
}

void main();
