import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run bench [-- --quick] [-- --only s1,s3] [-- --token-duration 60]`: builds SimGraph once
 * (`npm run build`: the gateway under test is dist/, what production runs), compiles bench/
 * (bench/tsconfig.json → bench/.build), then runs the scenarios from the compiled code
 * (`bench/main.ts`), which writes bench/results/*.json and rewrites BENCHMARKS.md.
 */

const root = path.resolve(__dirname, '..');

function step(label: string, command: string, args: string[]): number {
  process.stdout.write(`bench: ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status ?? 1;
}

// tsc emits even when the tree has type errors (others' work in progress); the exit code is
// recorded in the results so a run on a broken tree says so.
const build = step('npm run build', 'npm', ['run', 'build', '--silent']);
const benchBuild = step('tsc -p bench/tsconfig.json', 'npx', ['tsc', '-p', 'bench/tsconfig.json']);
const main = spawnSync(process.execPath, [path.join(root, 'bench/.build/bench/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_BUILD_EXIT: String(build), BENCH_TSC_EXIT: String(benchBuild) },
});
process.exit(main.status ?? 1);
