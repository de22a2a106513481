import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UpstreamError } from '../../../src/upstreams/errors';
import { connectRedis, type RedisConnection } from '../../../src/upstreams/redis';
import { createTokenStore, type TokenStore } from '../../../src/upstreams/token-store';
import { TokenCache, type FetchReason, type TokenSource } from '../../../src/upstreams/tokens';
import { emptyTestRedis, testRedisUrl } from '../../support/test-redis';

/**
 * The token-cache suite, run twice as keyv's own compliance suite runs per adapter: once over
 * the in-memory store, once over Redis (the run's own, `test/support/test-redis.ts`). The token source
 * here is a counter; the upstream-facing behaviour is tested over HTTP in test/integration.
 */
class CountingSource implements TokenSource {
  readonly upstream = 'shingsou' as const;
  readonly key = `token:test:${randomUUID()}`;
  readonly reasons: FetchReason[] = [];
  failWith: UpstreamError | undefined;

  constructor(private readonly ttlSeconds = 3600) {}

  async fetch(reason: FetchReason): Promise<{ value: string; ttlSeconds: number }> {
    this.reasons.push(reason);
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.failWith) throw this.failWith;
    return { value: `token-${this.reasons.length}`, ttlSeconds: this.ttlSeconds };
  }
}

const redis: RedisConnection = connectRedis(testRedisUrl());
const STORES: [string, { shared: boolean; encryptionKey?: string }][] = [
  ['in-memory keyv', { shared: false }],
  ['Redis', { shared: true }],
  ['Redis, encrypted', { shared: true, encryptionKey: 'a-test-key-of-32-characters-long' }],
];

const opened: TokenStore[] = [];
beforeAll(async () => {
  await emptyTestRedis();
});
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  await redis.close();
});

describe.each(STORES)('TokenCache over %s', (_name, storeOptions) => {
  // One store per kind, as a process has one: each Redis adapter listens on the shared client.
  let made: TokenStore | undefined;
  const store = () => {
    made ??= createTokenStore({ redis: storeOptions.shared ? redis : undefined, encryptionKey: storeOptions.encryptionKey });
    if (!opened.includes(made)) opened.push(made);
    return made;
  };
  const cacheAt = (clock: { now: number }, shared: TokenStore = store(), backoffMs = 30_000) =>
    new TokenCache(shared, { now: () => clock.now, authFailureBackoffMs: backoffMs, pollMs: 5 });

  it('fetches once for 200 concurrent callers at a cold start', async () => {
    const source = new CountingSource();
    const cache = cacheAt({ now: Date.now() });
    const tokens = await Promise.all(Array.from({ length: 200 }, () => cache.get(source)));
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(source.reasons).toEqual(['cold']);
  });

  it('refreshes ahead of expiry while the old token still serves', async () => {
    const clock = { now: Date.now() };
    const source = new CountingSource(100);
    const cache = cacheAt(clock);
    expect(await cache.get(source)).toBe('token-1');
    clock.now += 91_000; // 9 s left, inside the 10 s margin (10 % of 100 s)
    expect(await cache.get(source)).toBe('token-1');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await cache.get(source)).toBe('token-2');
    expect(source.reasons).toEqual(['cold', 'ahead-of-expiry']);
  });

  it('replaces a token rejected right after a rejection-driven fetch at once (the hold-back is for a store that is down), still once', async () => {
    const source = new CountingSource();
    const cache = new TokenCache(store(), { pollMs: 5, rejectedRefetchMs: 60_000 });
    const first = await cache.get(source);
    const second = await cache.replace(source, first);
    // A simulator restart or a credential rotation: the fresh token is rejected too.
    const third = await Promise.all([cache.replace(source, second), cache.replace(source, second)]);
    expect(third).toEqual(['token-3', 'token-3']);
    expect(source.reasons).toEqual(['cold', 'rejected', 'rejected']);
  });

  it('replaces a rejected token once, and not a token another caller already replaced', async () => {
    const source = new CountingSource();
    const cache = cacheAt({ now: Date.now() });
    const first = await cache.get(source);
    const replaced = await Promise.all([cache.replace(source, first), cache.replace(source, first)]);
    expect(replaced).toEqual(['token-2', 'token-2']);
    expect(await cache.replace(source, first)).toBe('token-2');
    expect(source.reasons).toEqual(['cold', 'rejected']);
  });

  it('backs off after a credential error instead of asking again', async () => {
    const clock = { now: Date.now() };
    const source = new CountingSource();
    source.failWith = new UpstreamError({ upstream: 'shingsou', code: 'UPSTREAM_AUTH_FAILED', message: 'bad secret' });
    const cache = cacheAt(clock, store(), 10_000);
    await expect(cache.get(source)).rejects.toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' });
    await expect(cache.get(source)).rejects.toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' });
    expect(source.reasons).toHaveLength(1);
    clock.now += 10_001;
    source.failWith = undefined;
    expect(await cache.get(source)).toBe('token-2');
  });

  if (storeOptions.shared) {
    it('lets four replicas sharing the store fetch one token between them', async () => {
      const source = new CountingSource();
      const clock = { now: Date.now() };
      const replicas = [cacheAt(clock), cacheAt(clock), cacheAt(clock), cacheAt(clock)];
      const tokens = await Promise.all(Array.from({ length: 200 }, (_, i) => replicas[i % 4]!.get(source)));
      expect(new Set(tokens)).toEqual(new Set(['token-1']));
      expect(source.reasons).toEqual(['cold']);
    });

    it('hands a replica the token another replica already replaced', async () => {
      const source = new CountingSource();
      const clock = { now: Date.now() };
      const [a, b] = [cacheAt(clock), cacheAt(clock)];
      const first = await a.get(source);
      expect(await b.get(source)).toBe(first);
      expect(await a.replace(source, first)).toBe('token-2');
      expect(await b.replace(source, first)).toBe('token-2');
      expect(source.reasons).toEqual(['cold', 'rejected']);
    });
  }

  if (storeOptions.encryptionKey) {
    it('keeps no token in clear in Redis', async () => {
      const source = new CountingSource();
      await cacheAt({ now: Date.now() }).get(source);
      const raw = await (await redis.ready()).get(`simgraph::${source.key}`);
      expect(raw).toEqual(expect.any(String));
      expect(raw).not.toContain('token-1');
    });
  }
});
