import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into a gateway process (`node -r`) to read its event-loop delay without touching
 * src/: a libuv-timer histogram (10 ms resolution), read and reset over the IPC channel.
 * Messages: `eld:reset`, `eld:read` (answers `{ eld: { p50Ms, p99Ms, maxMs, meanMs } }`).
 */
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

process.on('message', (message: unknown) => {
  if (message === 'eld:reset') histogram.reset();
  if (message === 'eld:read') {
    process.send?.({
      eld: { p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max), meanMs: ms(histogram.mean) },
    });
  }
});
process.channel?.unref();
