import { gqlStep, runLoad, type Step, type StreamResult } from '../lib/load';
import { procSample } from '../lib/proc';
import { AS_PRODUCTION, shingsouToken, startGateway, startSims, type Gateway, type Sims } from '../lib/servers';

/**
 * Scenario 3: what the gateway adds. A single-card query (`card(iccid:)` with `status`, a China
 * Telecom/Unicom card: one `flowcard-get` and one `flowcard-status`) through SimGraph, against
 * the same two upstream calls made directly, in the same order, with the same client
 * (undici.request over a keep-alive pool). Saturation first (closed loop), then an open loop at
 * 25/50/75 % of it; CPU per request from `/proc/<pid>/stat` of the gateway process. The gateway
 * runs with its production settings (access log at info, rate limits counted).
 */

export interface Phase {
  target: 'gateway' | 'direct';
  percentOfSaturation: number;
  rate: number;
  result: StreamResult;
  /** Gateway CPU (utime+stime) per request over the phase, µs; null for direct. */
  gatewayCpuUsPerRequest: number | null;
}

export interface OverheadResult {
  card: string;
  saturation: { gateway: StreamResult; direct: StreamResult; concurrency: number };
  phases: Phase[];
  /** Per load level: gateway p50/p99 minus direct p50/p99, ms. */
  overhead: { percent: number; rate: number; p50Ms: number; p99Ms: number; cpuUsPerRequest: number | null }[];
}

export interface OverheadOptions {
  saturationSec: number;
  phaseSec: number;
  warmupSec: number;
  concurrency: number;
  /** Variant flags for `bench/variants/gateway.ts`; undefined = `dist/main.js`. */
  variant?: string[];
}

export function singleCardQuery(iccid: string): string {
  return `{ card(iccid: "${iccid}") { iccid carrier { code } status { state rawCode } } }`;
}

export function gatewayRequests(gateway: Gateway, iccids: string[]): Step[][] {
  return iccids.map((iccid) => [gqlStep(gateway.url, singleCardQuery(iccid))]);
}

function directRequests(sims: Sims, token: string, iccids: string[]): Step[][] {
  const headers = { 'ocp-apim-subscription-key': sims.shingsou.subscriptionKey, authorization: `Bearer ${token}`, accept: 'application/json' };
  return iccids.map((iccid) => [
    { method: 'GET', url: `${sims.shingsou.baseUrl}/cards/FlowCard/Get?cardNos=${iccid}&page=1&pageSize=100`, headers },
    { method: 'GET', url: `${sims.shingsou.baseUrl}/cards/FlowCard/Status?cardNo=${iccid}`, headers },
  ]);
}

/** Closed-loop throughput of the gateway; CPU per request over the same window. */
export async function saturate(gateway: Gateway, requests: Step[][], options: OverheadOptions): Promise<{ result: StreamResult; cpuUsPerRequest: number }> {
  const before = procSample(gateway.child.pid);
  const load = await runLoad({ mode: 'closed', concurrency: options.concurrency, warmupSec: 0, durationSec: options.saturationSec, streams: [{ name: 'saturation', requests }] });
  const after = procSample(gateway.child.pid);
  const result = load.streams[0]!;
  return { result, cpuUsPerRequest: round(((after.cpuMs - before.cpuMs) * 1000) / Math.max(1, result.ok + result.failed)) };
}

export async function openPhase(target: Phase['target'], requests: Step[][], rate: number, options: OverheadOptions, gateway?: Gateway): Promise<{ result: StreamResult; cpuUsPerRequest: number | null }> {
  const before = gateway && procSample(gateway.child.pid);
  const load = await runLoad({ mode: 'open', warmupSec: options.warmupSec, durationSec: options.phaseSec, streams: [{ name: target, rate, requests }] });
  const after = gateway && procSample(gateway.child.pid);
  const scheduled = Math.floor(rate * (options.warmupSec + options.phaseSec));
  return { result: load.streams[0]!, cpuUsPerRequest: before && after ? round(((after.cpuMs - before.cpuMs) * 1000) / scheduled) : null };
}

export async function pickCards(sims: Sims, count: number): Promise<string[]> {
  return sims.cards.filter((c) => c.carrier !== 'CHINA_MOBILE').slice(0, count).map((c) => c.iccid);
}

export async function runOverheadScenario(options: OverheadOptions): Promise<OverheadResult> {
  const sims = await startSims();
  // As production runs it (issue 12): access log, rate limits counted, the production limits.
  const gateway = await startGateway(sims, options.variant ? { variant: options.variant } : { env: AS_PRODUCTION, productionLimits: true });
  try {
    const iccids = await pickCards(sims, 50);
    const viaGateway = gatewayRequests(gateway, iccids);
    const direct = directRequests(sims, await shingsouToken(sims), iccids);
    await runLoad({ mode: 'closed', concurrency: 8, durationSec: 2, streams: [{ name: 'warm-up', requests: viaGateway }] });
    const gatewaySaturation = await saturate(gateway, viaGateway, options);
    const directSaturation = await runLoad({ mode: 'closed', concurrency: options.concurrency, durationSec: options.saturationSec, streams: [{ name: 'direct', requests: direct }] });
    const saturationRate = gatewaySaturation.result.throughputPerSec;
    const phases: Phase[] = [];
    const overhead: OverheadResult['overhead'] = [];
    for (const percent of [25, 50, 75]) {
      const rate = Math.max(1, Math.round((saturationRate * percent) / 100));
      const g = await openPhase('gateway', viaGateway, rate, options, gateway);
      const d = await openPhase('direct', direct, rate, options);
      phases.push({ target: 'gateway', percentOfSaturation: percent, rate, result: g.result, gatewayCpuUsPerRequest: g.cpuUsPerRequest });
      phases.push({ target: 'direct', percentOfSaturation: percent, rate, result: d.result, gatewayCpuUsPerRequest: null });
      overhead.push({
        percent,
        rate,
        p50Ms: round(g.result.latencyMs.p50 - d.result.latencyMs.p50),
        p99Ms: round(g.result.latencyMs.p99 - d.result.latencyMs.p99),
        cpuUsPerRequest: g.cpuUsPerRequest,
      });
    }
    return {
      card: iccids[0]!,
      saturation: { gateway: { ...gatewaySaturation.result }, direct: directSaturation.streams[0]!, concurrency: options.concurrency },
      phases,
      overhead,
    };
  } finally {
    await Promise.all([gateway.child.stop(), sims.child.stop()]);
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
