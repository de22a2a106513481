/**
 * When to try an event's delivery again. Delivery is at least once for 24 hours from the first
 * attempt: long enough to outlast a receiver's bad night, short enough that an event still means
 * something when it arrives. The wait doubles from 10 s to a cap of 1 h, so a short outage costs
 * minutes of delay and a long one about one attempt an hour (32 attempts in all without jitter).
 *
 * Each wait is jittered by ±20 %: after an outage, the backlog of many events would otherwise
 * come back at the receiver in the same second, every time.
 */

export const RETRY_BASE_DELAY_MS = 10_000;
export const RETRY_MAX_DELAY_MS = 60 * 60_000;
/** Each wait is its nominal value times a factor in [1 − 0.2, 1 + 0.2). */
export const RETRY_JITTER = 0.2;
/** No attempt starts later than this after the first one. */
export const DELIVERY_WINDOW_MS = 24 * 60 * 60_000;

/**
 * The wait after the `attempts`-th failed attempt: min(10 s × 2^(attempts − 1), 1 h) ± 20 %.
 * `random` returns a number in [0, 1), as `Math.random` does (the default).
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number of at least 1, not ${attempts}`);
  const nominal = Math.min(RETRY_BASE_DELAY_MS * 2 ** (attempts - 1), RETRY_MAX_DELAY_MS);
  return Math.round(nominal * (1 + RETRY_JITTER * (2 * random() - 1)));
}

/**
 * When to make attempt `attempts + 1`, counted from `now` (the end of the failed one, so a slow
 * timeout does not eat into the wait); `undefined` when that would be later than 24 h after
 * `firstAttemptAt`: give up on the event.
 */
export function nextAttemptAt(firstAttemptAt: Date, attempts: number, now: Date, random: () => number = Math.random): Date | undefined {
  const next = now.getTime() + retryDelayMs(attempts, random);
  return next > firstAttemptAt.getTime() + DELIVERY_WINDOW_MS ? undefined : new Date(next);
}
