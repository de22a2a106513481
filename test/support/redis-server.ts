import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A Redis server of the test's own, on a free port, that the test may kill and start again on
 * the same port (the fault suite: "Redis stopped, Redis back"). Never a developer's Redis on the
 * default port. Tests that only need a Redis use the run's one (`test-redis.ts`).
 */
export interface TestRedis {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** SIGKILL, as a crash would; resolves once the port refuses connections. */
  kill(): Promise<void>;
  /** Starts again on the same port with an empty data set. */
  start(): Promise<void>;
  /** SIGSTOP: the port still accepts connections, and nothing answers (a hung Redis). */
  pause(): void;
  /** SIGCONT after `pause()`. */
  resume(): void;
  /** Kills it and removes its directory. */
  close(): Promise<void>;
}

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'simgraph-redis-'));
  let child: ChildProcess | undefined;

  const start = async () => {
    child = await spawnRedisServer(port, dir);
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
    await waitFor(port, false);
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    async close() {
      child?.kill('SIGCONT');
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts `redis-server` on `port` (loopback, no persistence; its log in `dir`) and resolves
 * once it accepts connections; rejects at once, with the reason, when it cannot start (not
 * installed, port taken).
 */
export async function spawnRedisServer(port: number, dir: string, extraArgs: string[] = []): Promise<ChildProcess> {
  const logfile = join(dir, 'redis.log');
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', logfile, ...extraArgs], {
    stdio: 'ignore',
  });
  const lastLines = () => {
    try {
      return readFileSync(logfile, 'utf8').trim().split('\n').slice(-3).join(' | ');
    } catch {
      return 'no log';
    }
  };
  let onError: (error: NodeJS.ErrnoException) => void = () => undefined;
  let onExit: (code: number | null, signal: NodeJS.Signals | null) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    onError = (error) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('redis-server is not on the PATH: the tests start their own (README, "What a machine needs"); install it, e.g. apt-get install redis-server')
          : error,
      );
    onExit = (code, signal) => reject(new Error(`redis-server on ${port} exited at start (${signal ?? `code ${code}`}): ${lastLines()}`));
  });
  child.once('error', onError);
  child.once('exit', onExit);
  try {
    await Promise.race([waitFor(port, true), failed]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    child.off('exit', onExit);
  }
  child.off('error', onError);
  child.on('error', () => undefined);
  return child;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function waitFor(port: number, up: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await accepts(port)) === up) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`redis-server on ${port} did not ${up ? 'start' : 'stop'} within 10 s`);
}
