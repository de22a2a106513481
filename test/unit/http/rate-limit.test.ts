import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRateLimits, type RateLimits } from '../../../src/http/rate-limit';
import { RateLimitedError } from '../../../src/schema/errors';
import { connectRedis, type RedisConnection } from '../../../src/upstreams/redis';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * A Redis that accepts connections and never answers (a frozen server, a black-holed port): the
 * limits must neither hang nor fail a request, and still hold per process.
 */

let frozen: Server;
const sockets: Socket[] = [];
let redis: RedisConnection;
let limits: RateLimits;

beforeAll(async () => {
  frozen = createServer((socket) => sockets.push(socket)); // reads nothing, writes nothing
  await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', () => resolve()));
  const { port } = frozen.address() as AddressInfo;
  // Short bounds keep the test quick; the behaviour is the same at the defaults.
  redis = connectRedis(`redis://127.0.0.1:${port}`, { connectTimeoutMs: 200, commandTimeoutMs: 200 });
  limits = createRateLimits({ requestsPerMinute: 3, upstreamCallsPerMinute: 100, redis });
});
afterAll(async () => {
  await redis.close();
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => frozen.close(() => resolve()));
});

describe('rate limits with an unresponsive Redis', () => {
  it('decide from the in-memory budget instead of waiting', async () => {
    for (let i = 0; i < 3; i += 1) await expect(limits.takeRequest('key-a')).resolves.toBeUndefined();
    await expect(limits.takeRequest('key-a')).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limits.takeRequest('key-b')).resolves.toBeUndefined();
  });

  it('charge estimated upstream calls the same way, and refuse what does not fit', async () => {
    await expect(limits.takeUpstreamCalls('key-a', 60)).resolves.toBeUndefined();
    const refusal = await limits.takeUpstreamCalls('key-a', 60).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect((refusal as RateLimitedError).extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'upstreamCalls', limitPerMinute: 100 });
  });
});

describe('rate limits with a Redis that stops answering', () => {
  let paused: TestRedis;
  let connection: RedisConnection;

  beforeAll(async () => {
    paused = await startTestRedis();
    connection = connectRedis(paused.url, { commandTimeoutMs: 200 });
    await connection.ready();
  });
  afterAll(async () => {
    paused.resume();
    await connection.close();
    await paused.close();
  });

  it('count each take once, in the in-memory budget only', async () => {
    const shared = createRateLimits({ requestsPerMinute: 3, upstreamCallsPerMinute: 0, redis: connection });
    await expect(shared.takeRequest('key-p')).resolves.toBeUndefined();
    paused.pause();
    // The first take runs out of the bound and the memory decides; the next ones go to memory
    // at once (the connection counts Redis as down for a moment). Each counts once there.
    for (let i = 0; i < 3; i += 1) await expect(shared.takeRequest('key-p')).resolves.toBeUndefined();
    await expect(shared.takeRequest('key-p')).rejects.toBeInstanceOf(RateLimitedError);
    expect(connection.state()).toBe('down');
  });
});
