import { describe, expect, it } from '@jest/globals';
import { UpstreamError } from '../../../src/upstreams/errors';
import { createTokenStore } from '../../../src/upstreams/token-store';
import { TokenCache, type FetchReason, type TokenSource } from '../../../src/upstreams/tokens';

/** A token source that counts its fetches; the upstream-facing behaviour is tested over HTTP. */
class CountingSource implements TokenSource {
  readonly upstream = 'shingsou' as const;
  readonly key = 'token:test:client';
  readonly reasons: FetchReason[] = [];
  failWith: UpstreamError | undefined;

  constructor(private readonly ttlSeconds = 3600) {}

  async fetch(reason: FetchReason): Promise<{ value: string; ttlSeconds: number }> {
    this.reasons.push(reason);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.failWith) throw this.failWith;
    return { value: `token-${this.reasons.length}`, ttlSeconds: this.ttlSeconds };
  }
}

function cacheAt(clock: { now: number }, backoffMs = 30_000) {
  return new TokenCache(createTokenStore({}), { now: () => clock.now, authFailureBackoffMs: backoffMs });
}

describe('TokenCache', () => {
  it('fetches once for 200 concurrent callers at a cold start', async () => {
    const source = new CountingSource();
    const cache = cacheAt({ now: Date.now() });
    const tokens = await Promise.all(Array.from({ length: 200 }, () => cache.get(source)));
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(source.reasons).toEqual(['cold']);
  });

  it('refreshes ahead of expiry while the old token still serves', async () => {
    const clock = { now: 1_000_000 };
    const source = new CountingSource(100);
    const cache = cacheAt(clock);
    expect(await cache.get(source)).toBe('token-1');
    clock.now += 91_000; // 9 s left, inside the 10 s margin (10 % of 100 s)
    expect(await cache.get(source)).toBe('token-1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await cache.get(source)).toBe('token-2');
    expect(source.reasons).toEqual(['cold', 'ahead-of-expiry']);
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
    const clock = { now: 1_000_000 };
    const source = new CountingSource();
    source.failWith = new UpstreamError({ upstream: 'shingsou', code: 'UPSTREAM_AUTH_FAILED', message: 'bad secret' });
    const cache = cacheAt(clock, 10_000);
    await expect(cache.get(source)).rejects.toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' });
    await expect(cache.get(source)).rejects.toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' });
    expect(source.reasons).toHaveLength(1);
    clock.now += 10_001;
    source.failWith = undefined;
    expect(await cache.get(source)).toBe('token-2');
  });
});
