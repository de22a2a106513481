import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { RateLimitedError } from '../../../src/http/edge-errors';
import { createRateLimits, type RateLimits } from '../../../src/http/rate-limit';

/**
 * A Redis that accepts connections and never answers (a frozen server, a black-holed port): the
 * limits must neither hang nor fail a request, and still hold per process.
 */

let frozen: Server;
const sockets: Socket[] = [];
let limits: RateLimits;

beforeAll(async () => {
  frozen = createServer((socket) => sockets.push(socket)); // reads nothing, writes nothing
  await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', () => resolve()));
  const { port } = frozen.address() as AddressInfo;
  limits = createRateLimits({ requestsPerMinute: 3, upstreamCallsPerMinute: 100, redisUrl: `redis://127.0.0.1:${port}`, log: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await limits.close();
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
