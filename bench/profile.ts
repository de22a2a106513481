import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gqlStep, runLoad, type Step } from './lib/load';
import { BUILD, ROOT, procSample, sleep, spawnNode, stopAll } from './lib/proc';
import { AS_PRODUCTION, gatewayEnv, startSims, type Gateway } from './lib/servers';
import { LIST20 } from './scenarios/s7-versus-apollo';
import { pickCards, singleCardQuery } from './scenarios/s3-overhead';

/**
 * One server, one query, closed loop: throughput and CPU µs per request, and optionally a CPU
 * profile of the measured window with its top entries. What each row of "Changes kept" was
 * measured with (issue 12). Built and run from the compiled bench code:
 *
 *   npm run build && npx tsc -p bench/tsconfig.json
 *   node bench/.build/bench/profile.js <typename|single|list20> [--target simgraph|apollo-default|floor]
 *        [--seconds 8] [--rounds 2] [--profile out.cpuprofile] [--node-arg --max-semi-space-size=32]
 *
 * SimGraph runs as in scenario 7 (`node dist/main.js`, production settings, access log on).
 */

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
};
const query = argv[0] ?? 'single';
const target = option('target', 'simgraph');
const seconds = Number(option('seconds', '8'));
const rounds = Number(option('rounds', '2'));
const profileOut = argv.includes('--profile') ? path.resolve(option('profile', 'simgraph.cpuprofile')) : undefined;
const nodeArgs = argv.includes('--node-arg') ? [option('node-arg', '')] : [];

async function main(): Promise<void> {
  const sims = await startSims();
  const script = target === 'simgraph' ? path.join(ROOT, 'dist/main.js') : path.join(BUILD, `baseline/${target === 'floor' ? 'floor' : 'server'}.js`);
  const child = await spawnNode({
    name: target,
    script,
    env: { ...gatewayEnv(sims, AS_PRODUCTION, true), ...(profileOut ? { PROFILE_OUT: profileOut } : {}) },
    ready: /GraphQL at http:\/\/[^:]+:\d+\/graphql/,
    ...(profileOut ? { preload: path.join(BUILD, 'procs/cpu-profile-preload.js') } : {}),
    nodeArgs,
  });
  const server: Gateway = { child, url: `http://127.0.0.1:${/:(\d+)\/graphql/.exec(child.readyLine)![1]}/graphql` };
  const iccids = await pickCards(sims, 50);
  const requests: Step[][] =
    query === 'typename'
      ? [[gqlStep(server.url, '{ __typename }')]]
      : query === 'list20'
        ? [[gqlStep(server.url, LIST20)]]
        : iccids.map((iccid) => [gqlStep(server.url, singleCardQuery(iccid))]);
  await runLoad({ mode: 'closed', concurrency: 32, durationSec: 2, streams: [{ name: 'warm-up', requests }] });
  for (let round = 1; round <= rounds; round += 1) {
    const profiling = profileOut !== undefined && round === rounds;
    if (profiling) child.proc.kill('SIGUSR2');
    const before = procSample(child.pid);
    const load = await runLoad({ mode: 'closed', concurrency: 32, durationSec: seconds, streams: [{ name: 'measured', requests }] });
    const after = procSample(child.pid);
    const result = load.streams[0]!;
    const cpu = Math.round(((after.cpuMs - before.cpuMs) * 1000) / Math.max(1, result.ok + result.failed));
    process.stdout.write(
      `${target} ${query} round ${round}${profiling ? ' (profiled)' : ''}: ${result.throughputPerSec} req/s, ${cpu} µs CPU/request, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, failed ${result.failed}\n`,
    );
    if (profiling) {
      child.proc.kill('SIGUSR2');
      for (let waited = 0; waited < 5000 && !existsSync(profileOut); waited += 100) await sleep(100);
      summarize(profileOut);
    }
  }
  await stopAll();
}

/** Self time by package (or SimGraph folder) and by function, idle excluded. */
function summarize(file: string): void {
  if (!existsSync(file)) return void process.stdout.write(`no profile written to ${file}\n`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
    const where = pkg ?? (frame.url.includes('/dist/') ? `simgraph/${frame.url.split('/dist/')[1]!.split('/')[0]}` : frame.url.startsWith('node:') ? 'node' : `(${frame.functionName})`);
    byPackage.set(where, (byPackage.get(where) ?? 0) + dt);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg ?? (frame.url.split('/dist/')[1] ?? frame.url)}:${frame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, t]) => `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${key}`);
  process.stdout.write(['profile (self time, idle excluded): by package', ...top(byPackage, 15), 'by function', ...top(byFunction, 25), ''].join('\n'));
}

main().catch(async (error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  await stopAll();
  process.exit(1);
});
