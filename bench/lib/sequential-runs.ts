import { performance } from 'node:perf_hooks';
import { summarize, type Summary } from './stats';

/**
 * Times `work` one call after another (never two at once), after a warm-up of up to 10 calls
 * that fills plan caches, pools and JIT: what one dashboard user waits for, not a load test.
 * Returns the milliseconds of the `runs` timed calls and the last answer, for the caller to check.
 */
export async function timeSequentially<T>(runs: number, work: () => Promise<T>): Promise<{ ms: Summary; last: T }> {
  let last = await work();
  for (let i = 0; i < Math.min(10, runs); i += 1) last = await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    last = await work();
    samples.push(performance.now() - started);
  }
  return { ms: summarize(samples), last };
}
