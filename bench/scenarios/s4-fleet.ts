import { gqlStep, runLoad, type LoadResult, type Step } from '../lib/load';
import { procSample, sleep, type Child } from '../lib/proc';
import { cardFields, type SchemaFeatures } from '../lib/schema-features';
import { setKnobs, shingsouToken, startGateway, startSims } from '../lib/servers';
import { pagesQuery } from './s1-calls';

/**
 * Scenario 4: fleet queries under load with realistic upstreams. Every simulator route answers
 * after a log-normal delay with p50 50 ms and p99 200 ms (`bench/procs/simulators.ts`), and
 * `flowcard-status` fails 1 % of the time. Open-loop streams at fixed rates: single-card
 * queries, 50-card pages and 250-card lists. Reported: latency per stream, errors by code,
 * the gateway's event-loop delay (preloaded histogram) and `/healthz` probe latency, RSS.
 */

export interface FleetOptions {
  durationSec: number;
  warmupSec: number;
  rates: { single: number; list50: number; list250: number };
}

export interface FleetResult {
  upstreamLatency: { configured: string; measuredDirect: LoadResult['streams'][number]['latencyMs'] };
  errorRoute: string;
  errorRate: number;
  fields: string[];
  load: LoadResult;
  eventLoopDelayMs: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number } | null;
  rssMb: { start: number; max: number; end: number };
}

function readEld(child: Child): Promise<FleetResult['eventLoopDelayMs']> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 2_000);
    child.proc.once('message', (message: unknown) => {
      clearTimeout(timer);
      resolve((message as { eld: FleetResult['eventLoopDelayMs'] }).eld);
    });
    child.proc.send('eld:read');
  });
}

export async function runFleetScenario(features: SchemaFeatures, options: FleetOptions): Promise<FleetResult> {
  const sims = await startSims({ lognormal: '50:200' });
  const gateway = await startGateway(sims, { eld: true });
  try {
    const errorRoute = 'flowcard-status';
    await setKnobs(sims, 'shingsou', { errorRate: { [errorRoute]: 0.01 } });
    // The upstream distribution as a client sees it: one route, called directly.
    const token = await shingsouToken(sims);
    const headers = { 'ocp-apim-subscription-key': sims.shingsou.subscriptionKey, authorization: `Bearer ${token}` };
    const direct: Step[][] = sims.cards.slice(0, 100).map((c) => [{ method: 'GET', url: `${sims.shingsou.baseUrl}/cards/FlowCard/Get?cardNos=${c.iccid}`, headers }]);
    const upstream = await runLoad({ mode: 'open', durationSec: Math.min(10, options.durationSec), streams: [{ name: 'direct flowcard-get', rate: 50, requests: direct }] });

    const { fields, selection } = cardFields(features, false);
    const singles = sims.cards.slice(0, 200).map((c) => [gqlStep(gateway.url, `{ card(iccid: "${c.iccid}") { ${selection} } }`)]);
    const list50 = Array.from({ length: 10 }, (_, i) => [gqlStep(gateway.url, `{ cards(first: 50${i ? `, after: "${Buffer.from(`card:${i * 50 - 1}`).toString('base64url')}"` : ''}) { edges { node { ${selection} } } } }`)]);
    const list250 = [[gqlStep(gateway.url, pagesQuery(250, selection))]];

    const rss: number[] = [procSample(gateway.child.pid).rssBytes];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await sleep(1000);
        rss.push(procSample(gateway.child.pid).rssBytes);
      }
    })();
    setTimeout(() => gateway.child.proc.send('eld:reset'), options.warmupSec * 1000);
    const load = await runLoad({
      mode: 'open',
      warmupSec: options.warmupSec,
      durationSec: options.durationSec,
      streams: [
        { name: 'single card', rate: options.rates.single, requests: singles },
        { name: '50-card page', rate: options.rates.list50, requests: list50 },
        { name: '250-card list', rate: options.rates.list250, requests: list250 },
      ],
      probe: { url: gateway.url.replace('/graphql', '/healthz'), everyMs: 50 },
    });
    sampling = false;
    await sampler;
    const eventLoopDelayMs = await readEld(gateway.child);
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    return {
      upstreamLatency: { configured: 'log-normal, p50 50 ms, p99 200 ms, every route', measuredDirect: upstream.streams[0]!.latencyMs },
      errorRoute: `shingsou:${errorRoute}`,
      errorRate: 0.01,
      fields,
      load,
      eventLoopDelayMs,
      rssMb: { start: mb(rss[0]!), max: mb(Math.max(...rss)), end: mb(rss.at(-1)!) },
    };
  } finally {
    await Promise.all([gateway.child.stop(), sims.child.stop()]);
  }
}
