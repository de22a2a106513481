import { describe, expect, test } from '@jest/globals';
import { FairQueue } from '../../../src/upstreams/fair-queue';

describe('FairQueue: background flows', () => {
  test('a freed slot goes to a waiting request before any background flow, whatever came first', async () => {
    const queue = new FairQueue(1);
    const order: string[] = [];
    let release!: () => void;
    const holding = queue.run(() => new Promise<void>((resolve) => (release = resolve)), { id: 'r0', upstreamCalls: 0 });
    const sync = { id: 'fleet-sync', upstreamCalls: 0, background: true };
    const waiting = [
      queue.run(async () => void order.push('sync-1'), sync),
      queue.run(async () => void order.push('sync-2'), sync),
      queue.run(async () => void order.push('request'), { id: 'r1', upstreamCalls: 0 }),
    ];
    release();
    await Promise.all([holding, ...waiting]);
    expect(order).toEqual(['request', 'sync-1', 'sync-2']);
  });
});
