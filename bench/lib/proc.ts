import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Child processes of a benchmark run: every measured server runs in its own process so that its
 * CPU (`/proc/<pid>/stat`) and RSS are its own, and so the load generator never shares an event
 * loop with what it measures.
 */

export const ROOT = path.resolve(__dirname, '../../../..');
/** Compiled bench code (bench/tsconfig.json): `bench/.build/bench/...`. */
export const BUILD = path.join(ROOT, 'bench/.build/bench');

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  /** The first stdout line that matched `ready`. */
  readyLine: string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
  /** stdout line that says the process is up. */
  ready: RegExp;
  /** `node -r <preload>`. */
  preload?: string;
  /** Flags for node itself, before the script (`--max-semi-space-size=32`). */
  nodeArgs?: string[];
  ipc?: boolean;
  timeoutMs?: number;
}

const running = new Set<Child>();

export function spawnNode(options: SpawnOptions): Promise<Child> {
  const nodeArgs = [...(options.nodeArgs ?? []), ...(options.preload ? ['-r', options.preload] : []), options.script, ...(options.args ?? [])];
  const proc = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  let stderr = '';
  proc.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${options.name} not ready in ${options.timeoutMs ?? 20_000} ms`)), options.timeoutMs ?? 20_000);
    const lines = createInterface({ input: proc.stdout! });
    let ready = false;
    const fail = (error: Error) => {
      clearTimeout(timer);
      proc.kill('SIGKILL');
      reject(new Error(`${error.message}\n${stderr}`));
    };
    proc.once('exit', (code) => {
      if (!ready) fail(new Error(`${options.name} exited with ${code} before it was ready`));
    });
    lines.on('line', (line) => {
      if (ready || !options.ready.test(line)) return;
      ready = true;
      clearTimeout(timer);
      const child: Child = {
        name: options.name,
        proc,
        pid: proc.pid!,
        readyLine: line,
        stop: () => stopChild(child),
      };
      running.add(child);
      resolve(child);
    });
  });
}

async function stopChild(child: Child): Promise<void> {
  running.delete(child);
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.proc.kill('SIGKILL'), 5_000);
    child.proc.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.proc.kill('SIGTERM');
  });
}

/** Stops every child still running (end of run, or a failure). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

const CLK_TCK = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
const PAGE_SIZE = Number(execSync('getconf PAGESIZE').toString().trim()) || 4096;

export interface ProcSample {
  /** utime + stime, ms. */
  cpuMs: number;
  rssBytes: number;
}

/** CPU and RSS of a process from `/proc/<pid>/stat` (fields 14, 15 and 24). */
export function procSample(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuMs: ((utime + stime) * 1000) / CLK_TCK, rssBytes: rssPages * PAGE_SIZE };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
