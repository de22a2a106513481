import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UpstreamHttp } from '../../../src/upstreams/http';

/**
 * Retries through cockatiel's retry policy with the Retry-After back-off (`shingsou.md` §8.7),
 * against a tiny upstream of its own on a free port that answers 429 with `Retry-After: 1` (a short rate limit).
 * The request's deadline during the back-off is DEADLINE_EXCEEDED, and no try starts after it.
 */

let server: Server;
let origin: string;
let calls = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    calls += 1;
    res.writeHead(429, { 'retry-after': '1' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('UpstreamHttp retries', () => {
  it('retries a read after a short Retry-After: 3 tries, then the rate limit', async () => {
    calls = 0;
    const client = new UpstreamHttp({ upstream: 'shingsou', timeoutMs: 10_000, concurrency: 2 });
    await expect(client.run(true, () => client.send({ method: 'GET', url: `${origin}/read`, route: 'test' }))).rejects.toMatchObject({
      code: 'UPSTREAM_RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    expect(calls).toBe(3);
    await client.close();
  });

  it('ends a back-off at the request deadline with DEADLINE_EXCEEDED, and starts no further try', async () => {
    calls = 0;
    const client = new UpstreamHttp({ upstream: 'cmiot', timeoutMs: 10_000, concurrency: 2 });
    const deadline = new AbortController();
    const flow = { id: 'retry-test', signal: deadline.signal, upstreamCalls: 0 };
    const running = client.run(true, () => client.send({ method: 'GET', url: `${origin}/read`, route: 'test' }, flow), 'read', flow);
    // Abort once the first try has been answered, i.e. during the 1 s back-off.
    while (calls < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the 429 reaches the client
    deadline.abort();
    await expect(running).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED', upstream: 'cmiot' });
    // cockatiel's back-off timer still runs out; the try it would start is not sent.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(calls).toBe(1);
    await client.close();
  });
});
