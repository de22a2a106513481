import { describe, expect, it } from '@jest/globals';
import { TtlValue } from '../../../src/upstreams/ttl-value';
import { requestFlow } from '../../../src/upstreams/fair-queue';
import { flowSignal } from '../../../src/upstreams/flow-wait';

/** `src/upstreams/ttl-value.ts`: one shared load, never run under one caller's deadline. */

function inFlow<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return requestFlow.run({ id: `test-${Math.random()}`, signal, upstreamCalls: 0 }, work);
}

describe('TtlValue', () => {
  it('runs the shared load outside the first caller’s flow: that caller’s deadline ends its own wait only', async () => {
    let loads = 0;
    let finish: (value: string) => void = () => undefined;
    let signalSeenByLoad: AbortSignal | undefined | 'unset' = 'unset';
    const value = new TtlValue(
      () => {
        loads += 1;
        signalSeenByLoad = flowSignal();
        return new Promise<string>((resolve) => {
          finish = resolve;
        });
      },
      60_000,
      'shingsou',
    );
    const first = new AbortController();
    const second = new AbortController();
    const firstWait = inFlow(first.signal, () => value.get());
    const secondWait = inFlow(second.signal, () => value.get());
    first.abort();
    await expect(firstWait).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED', upstream: 'shingsou' });
    finish('catalogue');
    await expect(secondWait).resolves.toBe('catalogue');
    expect(signalSeenByLoad).toBeUndefined();
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
