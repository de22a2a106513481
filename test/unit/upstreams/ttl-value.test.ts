import { describe, expect, it } from '@jest/globals';
import { TtlValue } from '../../../src/upstreams/ttl-value';
import type { RequestFlow } from '../../../src/upstreams/request-flow';

/** `src/upstreams/ttl-value.ts`: one shared load, never run under one caller's deadline. */

const flow = (signal: AbortSignal): RequestFlow => ({ id: `test-${Math.random()}`, signal, upstreamCalls: 0 });

describe('TtlValue', () => {
  it('shares one load among callers: the first caller’s deadline ends its own wait only, not the load', async () => {
    let loads = 0;
    let finish: (value: string) => void = () => undefined;
    const value = new TtlValue(
      () => {
        loads += 1;
        return new Promise<string>((resolve) => {
          finish = resolve;
        });
      },
      60_000,
      'shingsou',
    );
    const first = new AbortController();
    const second = new AbortController();
    const firstWait = value.get(flow(first.signal));
    const secondWait = value.get(flow(second.signal));
    first.abort();
    await expect(firstWait).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED', upstream: 'shingsou' });
    finish('catalogue');
    await expect(secondWait).resolves.toBe('catalogue');
    expect(loads).toBe(1);
    await expect(value.get()).resolves.toBe('catalogue');
    expect(loads).toBe(1);
  });

  it('does not keep a failed load', async () => {
    let loads = 0;
    const value = new TtlValue(() => (++loads === 1 ? Promise.reject(new Error('down')) : Promise.resolve(loads)), 60_000, 'shingsou');
    await expect(value.get()).rejects.toThrow('down');
    await expect(value.get()).resolves.toBe(2);
  });
});
