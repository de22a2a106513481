import { describe, expect, test } from '@jest/globals';
import { CallBudget } from '../../../src/fleet-sync/call-budget';

describe('CallBudget', () => {
  test('takes at once while the bucket and the minute have room; counts the last minute only', async () => {
    let now = 1_000_000;
    const budget = new CallBudget(120, () => now);
    const signal = new AbortController().signal;
    await budget.take(signal);
    budget.charge(2);
    expect(budget.usedLastMinute()).toBe(3);
    now += 30_000;
    // 30 s refill at 2 a second, capped at one second's worth: a take does not wait.
    await budget.take(signal);
    expect(budget.usedLastMinute()).toBe(4);
    now += 30_001;
    expect(budget.usedLastMinute()).toBe(1);
  });

  test('a full minute waits for its oldest call to leave the window', async () => {
    let now = 0;
    const budget = new CallBudget(3, () => now);
    const controller = new AbortController();
    await budget.take(controller.signal);
    budget.charge(2);
    now += 59_000;
    let done = false;
    const waiting = budget.take(controller.signal).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    controller.abort(new Error('stopping'));
    await expect(waiting).rejects.toThrow('stopping');
  });

  test('an aborted wait rejects at once', async () => {
    const budget = new CallBudget(1);
    const controller = new AbortController();
    await budget.take(controller.signal);
    const waiting = budget.take(controller.signal);
    controller.abort(new Error('stopping'));
    await expect(waiting).rejects.toThrow('stopping');
  });
});
