import { rmSync } from 'node:fs';
import { TEST_REDIS_DIR_VARIABLE, TEST_REDIS_PID_VARIABLE } from './global-setup';
import { waitFor } from './redis-server';
import { TEST_REDIS_URL_VARIABLE } from './test-redis';

/** jest `globalTeardown`: stops the run's Redis started by `global-setup.ts`, and removes its directory. */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env[TEST_REDIS_PID_VARIABLE]);
  const url = process.env[TEST_REDIS_URL_VARIABLE];
  const dir = process.env[TEST_REDIS_DIR_VARIABLE];
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  if (url) await waitFor(Number(new URL(url).port), false);
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete process.env[TEST_REDIS_PID_VARIABLE];
  delete process.env[TEST_REDIS_URL_VARIABLE];
  delete process.env[TEST_REDIS_DIR_VARIABLE];
}
