import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, stopAll } from './lib/proc';
import { readSchemaFeatures } from './lib/schema-features';
import { runCallsScenario } from './scenarios/s1-calls';
import { runTokenScenario } from './scenarios/s2-tokens';
import { runOverheadScenario } from './scenarios/s3-overhead';
import { runFleetScenario } from './scenarios/s4-fleet';
import { runFastScenario } from './scenarios/s5-fast';
import { runFaultScenario } from './scenarios/s6-faults';
import { runVersusScenario } from './scenarios/s7-versus-apollo';
import { runFleetGraphqlScenario } from './scenarios/s8-fleet-graphql';
import { runFleetIndexScenario } from './scenarios/s8-fleet-index';
import { writeSummary } from './summary';

/**
 * Runs the scenarios (compiled; started by `bench/run.ts`), one JSON file per scenario in
 * bench/results/, then rewrites BENCHMARKS.md from those files.
 *
 *   --quick               short phases (a smoke run; numbers are noisier)
 *   --only s1,s2,...      a subset (the summary still reads every results file present)
 *   --token-duration <s>  scenario 2's stretch of traffic with short-lived tokens (default 60)
 */

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const only = new Set((flag('only') ?? 's1,s2,s3,s4,s5,s6,s7,s8').split(','));
const RESULTS = path.join(ROOT, 'bench/results');

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function sh(command: string): string {
  try {
    return execSync(command, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

function meta(settings: Record<string, unknown>) {
  return {
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    startedAt: new Date().toISOString(),
    git: { commit: sh('git rev-parse --short HEAD'), dirtyFiles: Number(sh('git status --porcelain | wc -l')) },
    build: { npmRunBuildExit: Number(process.env.BENCH_BUILD_EXIT ?? -1), benchTscExit: Number(process.env.BENCH_TSC_EXIT ?? -1) },
    node: process.version,
    packages: Object.fromEntries(
      ['@apollo/server', 'express', 'graphql', 'type-graphql', 'dataloader', 'undici', 'keyv', '@keyv/redis', 'zod', 'cockatiel', 'pino', '@apollo/datasource-rest'].map((p) => [p, version(p)]),
    ),
    redis: sh('redis-server --version').split(' ').find((w) => w.startsWith('v='))?.slice(2) ?? 'unknown',
    machine: {
      nproc: Number(sh('nproc')),
      model: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1073741824),
      loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
    },
    settings,
  };
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const settings = {
    quick,
    s2: { tokenDurationSec: Number(flag('token-duration') ?? (quick ? 10 : 60)), tokenLifetimeSec: 3, rate: 50 },
    s3: quick ? { saturationSec: 4, phaseSec: 4, warmupSec: 1, concurrency: 32 } : { saturationSec: 8, phaseSec: 10, warmupSec: 2, concurrency: 32 },
    s4: { durationSec: quick ? 10 : 40, warmupSec: 3, rates: { single: 5, list50: 0.5, list250: 0.1 } },
    s5: { saturationSec: quick ? 3 : 5, concurrency: 32 },
    s7: { durationSec: quick ? 3 : 6, rounds: quick ? 1 : 2, concurrency: 32 },
    s8: { cards: quick ? 20_000 : 200_000, runs: quick ? 30 : 100, seedConcurrency: 16 },
  };
  const run = meta(settings);
  writeFileSync(path.join(RESULTS, 'meta.json'), JSON.stringify(run, null, 2));
  const features = readSchemaFeatures();
  const save = (name: string, data: unknown, seconds: number) => {
    writeFileSync(path.join(RESULTS, `${name}.json`), JSON.stringify({ meta: run, seconds, features, data }, null, 2));
    process.stdout.write(`bench: ${name} done in ${seconds} s\n`);
  };
  const timed = async (name: string, work: () => Promise<unknown>) => {
    if (!only.has(name.slice(0, 2))) return;
    process.stdout.write(`bench: ${name}...\n`);
    const started = performance.now();
    const data = await work();
    save(name, data, Math.round((performance.now() - started) / 1000));
  };
  try {
    await timed('s1-calls', () => runCallsScenario(features));
    await timed('s2-tokens', () => runTokenScenario({ durationSec: settings.s2.tokenDurationSec, lifetimeSec: settings.s2.tokenLifetimeSec, rate: settings.s2.rate }));
    await timed('s3-overhead', () => runOverheadScenario(settings.s3));
    await timed('s4-fleet', () => runFleetScenario(features, settings.s4));
    await timed('s5-fast', () => runFastScenario(settings.s5));
    await timed('s6-faults', () => runFaultScenario());
    await timed('s7-versus-apollo', () => runVersusScenario(settings.s7));
    await timed('s8-fleet-index', () => runFleetIndexScenario(settings.s8));
    await timed('s8-fleet-graphql', () => runFleetGraphqlScenario(settings.s8));
  } finally {
    await stopAll();
  }
  writeSummary(RESULTS, path.join(ROOT, 'BENCHMARKS.md'));
  process.stdout.write('bench: BENCHMARKS.md rewritten from bench/results/*.json\n');
}

main().catch(async (error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  await stopAll();
  process.exit(1);
});
