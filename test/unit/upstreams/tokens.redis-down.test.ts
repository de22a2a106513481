import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { connectRedis, type RedisConnection } from '../../../src/upstreams/redis';
import { createTokenStore } from '../../../src/upstreams/token-store';
import { TokenCache, type FetchReason, type TokenSource } from '../../../src/upstreams/tokens';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * The token cache over a Redis that is down (issue 9 item 3): a Redis of the test's own, killed
 * and started again. Tokens fall back to one fetch per process, said once; a token rejected right
 * after a rejection-driven fetch is not fetched again in a loop; when Redis returns, replicas
 * share again. The token source is a counter; the upstream side is tested over HTTP in
 * test/integration/faults.
 */
class CountingSource implements TokenSource {
  readonly upstream = 'cmiot' as const;
  readonly key = `token:test:${randomUUID()}`;
  readonly reasons: FetchReason[] = [];

  async fetch(reason: FetchReason): Promise<{ value: string; ttlSeconds: number }> {
    const count = this.reasons.push(reason);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { value: `token-${count}`, ttlSeconds: 3600 };
  }
}

let redis: TestRedis;
let connection: RedisConnection;
const lines: string[] = [];
const log = pino(
  { level: 'warn' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  }),
);

beforeAll(async () => {
  redis = await startTestRedis();
  connection = connectRedis(redis.url, { log });
  await connection.ready();
});

afterAll(async () => {
  await connection.close();
  await redis.close();
});

describe('TokenCache with Redis down', () => {
  it('fetches once per process for 200 callers, says so once, and shares again when Redis returns', async () => {
    const store = createTokenStore({ redis: connection });
    const source = new CountingSource();
    const [a, b] = [new TokenCache(store, { log }), new TokenCache(store, { log })];
    await redis.kill();
    const tokens = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).get(source)));
    // Two caches stand for two processes: one fetch each, none waiting on a dead Redis (the
    // jest timeout bounds it; before, the offline queue held every command until Redis returned).
    expect(new Set(tokens)).toEqual(new Set(['token-1', 'token-2']));
    expect(source.reasons).toEqual(['cold', 'cold']);
    expect(connection.state()).toBe('down');
    expect(lines.filter((line) => line.includes('Redis stopped answering'))).toHaveLength(1);

    await redis.start();
    for (let i = 0; i < 100 && connection.state() !== 'up'; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connection.state()).toBe('up');
    // `a` is rejected (b's token won), fetches and stores; `b`, rejected next, adopts it.
    expect(await a.replace(source, 'token-1')).toBe('token-3');
    expect(await b.replace(source, 'token-2')).toBe('token-3');
    expect(source.reasons).toEqual(['cold', 'cold', 'rejected']);
    expect(lines.filter((line) => line.includes('Redis answers again'))).toHaveLength(1);
  }, 30_000);

  it('does not fetch again for a token rejected right after a rejection-driven fetch', async () => {
    const store = createTokenStore({ redis: connection });
    const source = new CountingSource();
    const cache = new TokenCache(store, { log, rejectedRefetchMs: 60_000 });
    await redis.kill();
    const first = await cache.get(source);
    const second = await cache.replace(source, first);
    await expect(cache.replace(source, second)).rejects.toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstream: 'cmiot' });
    await expect(cache.replace(source, second)).rejects.toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' });
    expect(source.reasons).toEqual(['cold', 'rejected']);
    await redis.start();
  }, 30_000);
});
