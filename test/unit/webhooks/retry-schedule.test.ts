import { describe, expect, it } from '@jest/globals';
import { DELIVERY_WINDOW_MS, nextAttemptAt, retryDelayMs } from '../../../src/webhooks/retry-schedule';

/** A `random` of 0.5 is a jitter factor of exactly 1: the nominal schedule. */
const NO_JITTER = () => 0.5;
const SECOND = 1000;
const HOUR = 3600 * SECOND;

describe('retryDelayMs', () => {
  it('doubles from 10 s and stops at 1 h', () => {
    const delays = Array.from({ length: 12 }, (_, i) => retryDelayMs(i + 1, NO_JITTER) / SECOND);
    expect(delays).toEqual([10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600, 3600]);
  });

  it('never decreases and never passes the cap, however many attempts', () => {
    let previous = 0;
    for (let attempts = 1; attempts <= 2000; attempts += 1) {
      const delay = retryDelayMs(attempts, NO_JITTER);
      expect(delay).toBeGreaterThanOrEqual(previous);
      expect(delay).toBeLessThanOrEqual(HOUR);
      previous = delay;
    }
  });

  it('jitters by at most 20 % either way', () => {
    expect(retryDelayMs(1, () => 0)).toBe(8 * SECOND);
    expect(retryDelayMs(1, () => 0.75)).toBe(11 * SECOND);
    expect(retryDelayMs(12, () => 0)).toBe(0.8 * HOUR);
    expect(retryDelayMs(12, () => 0.999_999)).toBeLessThanOrEqual(1.2 * HOUR);
    expect(retryDelayMs(12, () => 0.999_999)).toBeGreaterThan(1.19 * HOUR);
    for (let i = 0; i < 1000; i += 1) {
      const attempts = 1 + (i % 15);
      const nominal = retryDelayMs(attempts, NO_JITTER);
      const delay = retryDelayMs(attempts);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(nominal * 0.8));
      expect(delay).toBeLessThanOrEqual(Math.ceil(nominal * 1.2));
    }
  });

  it('refuses an attempt count that is not a whole number from 1', () => {
    for (const attempts of [0, -1, 1.5, Number.NaN]) expect(() => retryDelayMs(attempts)).toThrow(RangeError);
  });
});

describe('nextAttemptAt', () => {
  const first = new Date('2024-11-27T00:00:00.000Z');

  it('is the delay after now, not after the first attempt', () => {
    const now = new Date(first.getTime() + 95 * SECOND);
    expect(nextAttemptAt(first, 3, now, NO_JITTER)).toEqual(new Date(now.getTime() + 40 * SECOND));
  });

  it('keeps trying for 24 h after the first attempt and then gives up', () => {
    const attemptsAt: number[] = [first.getTime()];
    for (;;) {
      const last = attemptsAt[attemptsAt.length - 1] ?? 0;
      // Each failed attempt takes 2 s (a timeout of 2 s, say).
      const next = nextAttemptAt(first, attemptsAt.length, new Date(last + 2 * SECOND), NO_JITTER);
      if (next === undefined) break;
      attemptsAt.push(next.getTime());
    }
    expect(attemptsAt.length).toBe(32);
    for (let i = 1; i < attemptsAt.length; i += 1) expect(attemptsAt[i] ?? 0).toBeGreaterThan(attemptsAt[i - 1] ?? 0);
    const lastAttempt = attemptsAt[attemptsAt.length - 1] ?? 0;
    expect(lastAttempt).toBeLessThanOrEqual(first.getTime() + DELIVERY_WINDOW_MS);
    expect(lastAttempt).toBeGreaterThan(first.getTime() + DELIVERY_WINDOW_MS - HOUR);
  });

  it('allows an attempt exactly at the end of the window, not one after it', () => {
    const atEdge = new Date(first.getTime() + DELIVERY_WINDOW_MS - HOUR);
    expect(nextAttemptAt(first, 20, atEdge, NO_JITTER)).toEqual(new Date(first.getTime() + DELIVERY_WINDOW_MS));
    expect(nextAttemptAt(first, 20, new Date(atEdge.getTime() + 1), NO_JITTER)).toBeUndefined();
  });

  it('gives up at once when asked after the window', () => {
    expect(nextAttemptAt(first, 1, new Date(first.getTime() + DELIVERY_WINDOW_MS), NO_JITTER)).toBeUndefined();
  });
});
