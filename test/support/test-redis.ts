import { connectRedis } from '../../src/upstreams/redis';

/**
 * The run's Redis: one `redis-server` on a free port, started for the whole `npm test` by
 * `global-setup.ts` and stopped by `global-teardown.ts`, never a Redis the developer runs.
 *
 * Each jest worker runs one test file at a time and has a database of its own (`/<worker id>`),
 * so parallel files never see each other's keys, gateways included (their keys are fixed:
 * `simgraph::token:cmiot:<appid>`). A file that uses it starts from `emptyTestRedis()`, so
 * nothing an earlier file of the same worker left behind reaches it. A test that kills or
 * pauses Redis starts its own (`startTestRedis()`, `redis-server.ts`).
 */

/** Databases the run's Redis has: worker ids go from 1 up to one less. */
export const TEST_REDIS_DATABASES = 64;

/** Set by `global-setup.ts`: `redis://127.0.0.1:<port>`. */
export const TEST_REDIS_URL_VARIABLE = 'SIMGRAPH_TEST_REDIS_URL';

/** `redis://127.0.0.1:<port>/<db>`: the run's Redis, this worker's database. */
export function testRedisUrl(): string {
  const base = process.env[TEST_REDIS_URL_VARIABLE];
  if (!base) {
    throw new Error(
      `${TEST_REDIS_URL_VARIABLE} is not set: the run's Redis is started by jest's globalSetup (test/support/global-setup.ts, in jest.config.js); run the tests with jest (npm test)`,
    );
  }
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  if (!Number.isInteger(worker) || worker < 1 || worker >= TEST_REDIS_DATABASES) {
    throw new Error(`jest worker ${process.env.JEST_WORKER_ID} has no database of its own in the run's Redis (${TEST_REDIS_DATABASES - 1} workers at most)`);
  }
  return `${base}/${worker}`;
}

/** Empties this worker's database of the run's Redis and returns its URL. */
export async function emptyTestRedis(): Promise<string> {
  const url = testRedisUrl();
  const redis = connectRedis(url);
  try {
    await (await redis.ready()).flushDb();
  } finally {
    await redis.close();
  }
  return url;
}
