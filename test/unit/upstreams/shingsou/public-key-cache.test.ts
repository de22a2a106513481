import { describe, expect, it } from '@jest/globals';
import { WechatPublicKeyCache } from '../../../../src/upstreams/shingsou/public-key-cache';
import type { ShingsouTransfers } from '../../../../src/upstreams/shingsou/transfers';

/** The per-merchant key cache of bank transfers: shared fetches, a TTL, a bound, failures not kept. */

function counting(fail = false) {
  const calls: string[] = [];
  const transfers = {
    publicKey: async (merchantId: string) => {
      calls.push(merchantId);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail) throw new Error('down');
      return `PEM-${merchantId}-${calls.length}`;
    },
  } as unknown as ShingsouTransfers;
  return { calls, transfers };
}

describe('WechatPublicKeyCache', () => {
  it('fetches once per merchant while fresh, concurrent misses included; again after the TTL', async () => {
    const { calls, transfers } = counting();
    const cache = new WechatPublicKeyCache(transfers, 50);
    const [a, b] = await Promise.all([cache.get('M-WX-0001'), cache.get('M-WX-0001')]);
    expect(a).toBe(b);
    await cache.get('M-WX-0002');
    expect(calls).toEqual(['M-WX-0001', 'M-WX-0002']);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await cache.get('M-WX-0001')).not.toBe(a);
    expect(calls).toHaveLength(3);
  });

  it('keeps no failed fetch, forgets a key the platform could not use, and keeps at most maxMerchants', async () => {
    const failing = counting(true);
    const cache = new WechatPublicKeyCache(failing.transfers);
    await expect(cache.get('M-WX-0001')).rejects.toThrow('down');
    await expect(cache.get('M-WX-0001')).rejects.toThrow('down');
    expect(failing.calls).toHaveLength(2);

    const { calls, transfers } = counting();
    const bounded = new WechatPublicKeyCache(transfers, 60_000, 2);
    const pem = await bounded.get('A');
    bounded.forget('A', pem);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await bounded.get('A');
    await bounded.get('B');
    await bounded.get('C');
    await bounded.get('A');
    expect(calls).toEqual(['A', 'A', 'B', 'C', 'A']);
  });
});
