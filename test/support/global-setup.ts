import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnRedisServer } from './redis-server';
import { TEST_REDIS_DATABASES, TEST_REDIS_URL_VARIABLE } from './test-redis';

/**
 * jest `globalSetup`: starts the run's Redis (`test-redis.ts`) on a free loopback port. The
 * workers inherit `SIMGRAPH_TEST_REDIS_URL`; `global-teardown.ts`, loaded in a context of its
 * own, finds the process and its directory through the two variables after it.
 */
export const TEST_REDIS_PID_VARIABLE = 'SIMGRAPH_TEST_REDIS_PID';
export const TEST_REDIS_DIR_VARIABLE = 'SIMGRAPH_TEST_REDIS_DIR';

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'simgraph-test-redis-'));
  // A free port can be taken by someone else before redis-server binds it: try another.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      const child = await spawnRedisServer(port, dir, ['--databases', String(TEST_REDIS_DATABASES)]);
      // Stopped by the teardown; it must not keep jest's own process alive.
      child.unref();
      process.env[TEST_REDIS_URL_VARIABLE] = `redis://127.0.0.1:${port}`;
      process.env[TEST_REDIS_PID_VARIABLE] = String(child.pid);
      process.env[TEST_REDIS_DIR_VARIABLE] = dir;
      return;
    } catch (error) {
      if (attempt === 3 || /not on the PATH/.test(String(error))) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}
