import { describe, expect, test } from '@jest/globals';
import { createAccountBudget } from '../../../src/upstreams/account-budget';

describe('account budget: background calls yield to requests', () => {
  test('a background call leaves the last fifth of each second to requests', async () => {
    const budget = createAccountBudget({ upstream: 'shingsou', account: 'bg-test', maxInFlight: 100, callsPerSecond: 5, leaseMs: 1_000 });
    const started = Date.now();
    const times: number[] = [];
    // Five background calls: four fit in the first second, the fifth waits for the next window.
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        await budget.acquire(undefined, true);
        times.push(Date.now() - started);
      }),
    );
    expect(times.filter((ms) => ms < 500)).toHaveLength(4);
    // In the window the fifth call opened, a request still finds its place at once.
    const live = Date.now();
    await budget.acquire(undefined, false);
    expect(Date.now() - live).toBeLessThan(200);
  });
});
