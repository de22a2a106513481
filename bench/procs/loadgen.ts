import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { summarize, type Summary } from '../lib/stats';

/**
 * The load generator, a process of its own. `node loadgen.js <spec.json>`; prints one
 * `RESULT {json}` line.
 *
 * Closed loop: `concurrency` workers, each sends its next request when the last one answered:
 * finds saturation, but hides queueing. Open loop: each stream's requests are scheduled on a
 * timer at a fixed rate whatever happens to earlier ones, and latency is measured from the
 * scheduled time, so a server that falls behind shows it as latency (no coordinated omission).
 */

export interface Step {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface StreamSpec {
  name: string;
  /** Requests per second (open loop only). */
  rate?: number;
  /** One request = steps sent in sequence (a direct call may need two); rotated through. */
  requests: Step[][];
}

export interface LoadSpec {
  /** `burst`: every request of every stream sent at once, once (a cold-start stampede). */
  mode: 'closed' | 'open' | 'burst';
  durationSec: number;
  /** Sent but not recorded. */
  warmupSec?: number;
  /** Closed loop: workers per stream. */
  concurrency?: number;
  streams: StreamSpec[];
  /** Open loop: a request scheduled while this many are in flight is dropped and counted. */
  maxInFlight?: number;
  /** Sockets per origin. */
  connections?: number;
  /** A GET sent every `everyMs` (e.g. `/healthz`): its latency shows event-loop stalls. */
  probe?: { url: string; everyMs: number };
}

export interface StreamResult {
  name: string;
  rate: number | null;
  sent: number;
  ok: number;
  failed: number;
  dropped: number;
  /** GraphQL `extensions.code`, or `HTTP_<status>`, or `TRANSPORT`, by occurrence. */
  errorsByCode: Record<string, number>;
  latencyMs: Summary;
  throughputPerSec: number;
}

export interface LoadResult {
  mode: LoadSpec['mode'];
  durationSec: number;
  streams: StreamResult[];
  probeMs: Summary | null;
}

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadSpec;
const agent = new Agent({ connections: spec.connections ?? 256, keepAliveTimeout: 30_000, headersTimeout: 60_000, bodyTimeout: 60_000 });

interface Tally {
  latencies: number[];
  sent: number;
  ok: number;
  failed: number;
  dropped: number;
  errorsByCode: Record<string, number>;
}

const newTally = (): Tally => ({ latencies: [], sent: 0, ok: 0, failed: 0, dropped: 0, errorsByCode: {} });

/** Sends one request's steps; returns the error codes it met (empty = success). */
async function send(steps: Step[]): Promise<string[]> {
  const codes: string[] = [];
  for (const step of steps) {
    try {
      const response = await request(step.url, { method: step.method, headers: step.headers, body: step.body, dispatcher: agent });
      const text = await response.body.text();
      if (response.statusCode >= 400) codes.push(`HTTP_${response.statusCode}`);
      else if (text.includes('"errors"')) {
        const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        for (const error of parsed.errors ?? []) codes.push(error.extensions?.code ?? 'NO_CODE');
      }
    } catch {
      codes.push('TRANSPORT');
    }
    if (codes.length > 0) break;
  }
  return codes;
}

function record(tally: Tally, codes: string[], latencyMs: number, measured: boolean): void {
  if (!measured) return;
  tally.latencies.push(latencyMs);
  if (codes.length === 0) tally.ok += 1;
  else {
    tally.failed += 1;
    for (const code of codes) tally.errorsByCode[code] = (tally.errorsByCode[code] ?? 0) + 1;
  }
}

async function closedLoop(stream: StreamSpec, tally: Tally, start: number, measureFrom: number, end: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const steps = stream.requests[next++ % stream.requests.length]!;
      const sentAt = performance.now();
      const measured = sentAt >= measureFrom;
      if (measured) tally.sent += 1;
      const codes = await send(steps);
      record(tally, codes, performance.now() - sentAt, measured);
    }
  };
  void start;
  await Promise.all(Array.from({ length: spec.concurrency ?? 16 }, worker));
}

async function burst(stream: StreamSpec, tally: Tally): Promise<void> {
  const start = performance.now();
  tally.sent += stream.requests.length;
  await Promise.all(stream.requests.map(async (steps) => record(tally, await send(steps), performance.now() - start, true)));
}

function openLoop(stream: StreamSpec, tally: Tally, start: number, measureFrom: number, end: number): Promise<void> {
  const interval = 1000 / stream.rate!;
  const total = Math.floor((end - start) / interval);
  const pending = new Set<Promise<void>>();
  let i = 0;
  let inFlight = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (i < total && start + i * interval <= now) {
        const scheduled = start + i * interval;
        const steps = stream.requests[i % stream.requests.length]!;
        i += 1;
        const measured = scheduled >= measureFrom;
        if (measured) tally.sent += 1;
        if (inFlight >= (spec.maxInFlight ?? 5000)) {
          if (measured) tally.dropped += 1;
          continue;
        }
        inFlight += 1;
        const done = send(steps).then((codes) => {
          inFlight -= 1;
          record(tally, codes, performance.now() - scheduled, measured);
        });
        pending.add(done);
        void done.then(() => pending.delete(done));
      }
      if (i < total) setTimeout(tick, 1);
      else void Promise.all(pending).then(() => resolve());
    };
    tick();
  });
}

async function probeLoop(url: string, everyMs: number, measureFrom: number, end: number): Promise<number[]> {
  const samples: number[] = [];
  while (performance.now() < end) {
    const sentAt = performance.now();
    try {
      const response = await request(url, { dispatcher: agent });
      await response.body.text();
    } catch {
      /* a failed probe still measured the wait */
    }
    if (sentAt >= measureFrom) samples.push(performance.now() - sentAt);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return samples;
}

async function main(): Promise<void> {
  const start = performance.now();
  const measureFrom = start + (spec.warmupSec ?? 0) * 1000;
  const end = measureFrom + spec.durationSec * 1000;
  const tallies = spec.streams.map(newTally);
  const probe = spec.probe ? probeLoop(spec.probe.url, spec.probe.everyMs, measureFrom, end) : Promise.resolve(null);
  await Promise.all(
    spec.streams.map((stream, index) => {
      const tally = tallies[index]!;
      if (spec.mode === 'burst') return burst(stream, tally);
      return spec.mode === 'closed' ? closedLoop(stream, tally, start, measureFrom, end) : openLoop(stream, tally, start, measureFrom, end);
    }),
  );
  const probeSamples = await probe;
  const result: LoadResult = {
    mode: spec.mode,
    durationSec: spec.durationSec,
    streams: spec.streams.map((stream, index) => {
      const tally = tallies[index]!;
      return {
        name: stream.name,
        rate: stream.rate ?? null,
        sent: tally.sent,
        ok: tally.ok,
        failed: tally.failed,
        dropped: tally.dropped,
        errorsByCode: tally.errorsByCode,
        latencyMs: summarize(tally.latencies),
        throughputPerSec: Math.round((tally.ok + tally.failed) / spec.durationSec),
      };
    }),
    probeMs: probeSamples ? summarize(probeSamples) : null,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  await agent.close();
}

void main();
