import { gqlStep, runLoad, type Step, type StreamResult } from '../lib/load';
import { procSample } from '../lib/proc';
import { AS_PRODUCTION, gql, startBaseline, startGateway, startSims, type Gateway } from '../lib/servers';
import { pickCards, singleCardQuery } from './s3-overhead';

/**
 * Scenario 7 (issue 12): SimGraph against the server a user would otherwise write, per request.
 * SimGraph as production runs it (`node dist/main.js`, NODE_ENV=production, API-key auth, rate
 * limits on (set high enough never to refuse), demand control, the deadline, `/metrics` and the
 * access log at `info` all on) beside the Apollo-default baseline (`bench/baseline/`: the same
 * `schema.graphql` on plain Apollo Server 5 with its defaults over `@apollo/datasource-rest`),
 * both over one simulator process. Closed loop, A/B alternated within each round (the order
 * flips every round) so that drift in the machine's load falls on both; gateway CPU from
 * `/proc/<pid>/stat` of the measured server over its own window. A third process, the floor
 * (`bench/baseline/floor.ts`), makes the same upstream exchanges and answers without GraphQL: the
 * CPU no server of this query can avoid.
 */

export type Target = 'simgraph' | 'apollo-default' | 'floor';

export interface TargetRun {
  target: Target;
  round: number;
  result: StreamResult;
  cpuUsPerRequest: number;
}

export interface QueryComparison {
  name: string;
  query: string;
  upstreamCallsPerRequest: string;
  runs: TargetRun[];
  /** Means over the rounds. */
  simgraph: { throughputPerSec: number; cpuUsPerRequest: number; p50Ms: number; p99Ms: number };
  apolloDefault: { throughputPerSec: number; cpuUsPerRequest: number; p50Ms: number; p99Ms: number };
  /** `bench/baseline/floor.ts`: the upstream exchanges and an HTTP answer, no GraphQL. */
  floor: { throughputPerSec: number; cpuUsPerRequest: number; p50Ms: number; p99Ms: number };
  /** SimGraph over Apollo-default: CPU per request (lower is better), throughput (higher is better). */
  cpuRatio: number;
  throughputRatio: number;
}

export interface VersusResult {
  concurrency: number;
  secondsPerRun: number;
  rounds: number;
  queries: QueryComparison[];
}

export interface VersusOptions {
  concurrency: number;
  durationSec: number;
  rounds: number;
}

export const LIST20 = `{ cards(first: 20) { edges { node { iccid carrier { code } status { state rawCode } } } } }`;

async function measure(server: Gateway, requests: Step[][], options: VersusOptions): Promise<{ result: StreamResult; cpuUsPerRequest: number }> {
  const before = procSample(server.child.pid);
  const load = await runLoad({ mode: 'closed', concurrency: options.concurrency, durationSec: options.durationSec, streams: [{ name: 'closed', requests }] });
  const after = procSample(server.child.pid);
  const result = load.streams[0]!;
  return { result, cpuUsPerRequest: round(((after.cpuMs - before.cpuMs) * 1000) / Math.max(1, result.ok + result.failed)) };
}

function mean(runs: TargetRun[]): QueryComparison['simgraph'] {
  const avg = (pick: (run: TargetRun) => number) => round(runs.reduce((sum, run) => sum + pick(run), 0) / Math.max(1, runs.length));
  return {
    throughputPerSec: avg((run) => run.result.throughputPerSec),
    cpuUsPerRequest: avg((run) => run.cpuUsPerRequest),
    p50Ms: avg((run) => run.result.latencyMs.p50),
    p99Ms: avg((run) => run.result.latencyMs.p99),
  };
}

export async function runVersusScenario(options: VersusOptions): Promise<VersusResult> {
  const sims = await startSims();
  const simgraph = await startGateway(sims, { env: AS_PRODUCTION, productionLimits: true, name: 'simgraph' });
  const baseline = await startBaseline(sims);
  const floor = await startBaseline(sims, 'floor');
  try {
    const iccids = await pickCards(sims, 50);
    const queries: { name: string; upstreamCallsPerRequest: string; query: string; sample: string; requests: (server: Gateway) => Step[][] }[] = [
      { name: '`{ __typename }`', upstreamCallsPerRequest: '0', query: '{ __typename }', sample: '{ __typename }', requests: (s) => [[gqlStep(s.url, '{ __typename }')]] },
      {
        name: 'single card',
        upstreamCallsPerRequest: '2 (Shingsou `flowcard-get`, `flowcard-status`)',
        query: singleCardQuery('<one of 50 China Telecom/Unicom cards>'),
        sample: singleCardQuery(iccids[0]!),
        requests: (s) => iccids.map((iccid) => [gqlStep(s.url, singleCardQuery(iccid))]),
      },
      { name: '20-card page', upstreamCallsPerRequest: '21 (1 page, 20 statuses)', query: LIST20, sample: LIST20, requests: (s) => [[gqlStep(s.url, LIST20)]] },
    ];
    // Both answer before anything is measured: tokens fetched, sockets open, code paths JITted.
    for (const server of [simgraph, baseline, floor]) {
      for (const q of queries) {
        if (server === floor) continue; // it answers a fixed body
        const answer = await gql(server.url, q.sample);
        if (answer.errors?.length) throw new Error(`${server.child.name} failed "${q.name}": ${JSON.stringify(answer.errors[0])}`);
      }
      await runLoad({ mode: 'closed', concurrency: options.concurrency, durationSec: 2, streams: [{ name: 'warm-up', requests: queries[1]!.requests(server) }] });
    }
    const comparisons: QueryComparison[] = [];
    for (const q of queries) {
      const runs: TargetRun[] = [];
      for (let round = 1; round <= options.rounds; round += 1) {
        const targets: [Target, Gateway][] = [['simgraph', simgraph], ['apollo-default', baseline], ['floor', floor]];
        // The order turns by one each round, so no target always runs first or last.
        const order = targets.map((_, i) => targets[(i + round - 1) % targets.length]!);
        for (const [target, server] of order) {
          const measured = await measure(server, q.requests(server), options);
          runs.push({ target, round, ...measured });
        }
      }
      const ours = mean(runs.filter((run) => run.target === 'simgraph'));
      const theirs = mean(runs.filter((run) => run.target === 'apollo-default'));
      const least = mean(runs.filter((run) => run.target === 'floor'));
      comparisons.push({
        name: q.name,
        query: q.query,
        upstreamCallsPerRequest: q.upstreamCallsPerRequest,
        runs,
        simgraph: ours,
        apolloDefault: theirs,
        floor: least,
        cpuRatio: round(ours.cpuUsPerRequest / Math.max(1, theirs.cpuUsPerRequest)),
        throughputRatio: round(ours.throughputPerSec / Math.max(1, theirs.throughputPerSec)),
      });
    }
    return { concurrency: options.concurrency, secondsPerRun: options.durationSec, rounds: options.rounds, queries: comparisons };
  } finally {
    await Promise.all([simgraph.child.stop(), baseline.child.stop(), floor.child.stop(), sims.child.stop()]);
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
