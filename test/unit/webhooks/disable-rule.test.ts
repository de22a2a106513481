import { describe, expect, it } from '@jest/globals';
import type { DeliveryFailure } from '../../../src/webhooks/delivery-result';
import { disableReason, shouldDisable } from '../../../src/webhooks/disable-rule';

const SINCE = new Date('2024-11-27T09:33:20.000Z');
const HOUR = 3_600_000;
const after = (ms: number) => new Date(SINCE.getTime() + ms);

const HTTP_500: DeliveryFailure = {
  ok: false,
  error: 'HTTP_STATUS',
  status: 500,
  message: 'the receiver answered HTTP 500',
  retryable: true,
  disableWebhook: false,
  durationMs: 12,
};
const TIMEOUT: DeliveryFailure = {
  ok: false,
  error: 'TIMEOUT',
  message: 'the receiver did not answer within 10000 ms',
  retryable: true,
  disableWebhook: false,
  durationMs: 10_001,
};
const GONE: DeliveryFailure = {
  ok: false,
  error: 'HTTP_STATUS',
  status: 410,
  message: 'the receiver answered HTTP 410 Gone',
  retryable: false,
  disableWebhook: true,
  durationMs: 8,
};

describe('shouldDisable', () => {
  it('waits for both 20 failures in a row and a run as long as the 24 h retry window', () => {
    expect(shouldDisable(20, SINCE, after(24 * HOUR))).toBe(true);
    expect(shouldDisable(500, SINCE, after(30 * HOUR), HTTP_500)).toBe(true);
    // A burst of failures during a short outage: events are still being retried.
    expect(shouldDisable(500, SINCE, after(24 * HOUR - 1))).toBe(false);
    // Rare events failing far apart: not enough evidence.
    expect(shouldDisable(19, SINCE, after(72 * HOUR))).toBe(false);
  });

  it('disables at once when the receiver answered 410 Gone', () => {
    expect(shouldDisable(1, SINCE, SINCE, GONE)).toBe(true);
    expect(shouldDisable(1, SINCE, SINCE, HTTP_500)).toBe(false);
  });
});

describe('disableReason', () => {
  it('says how many, since when, and the last answer', () => {
    expect(disableReason({ consecutiveFailures: 20, firstFailureAt: SINCE, lastFailure: HTTP_500 })).toBe(
      'disabled after 20 consecutive failed deliveries since 2024-11-27T09:33:20.000Z: last answer HTTP 500',
    );
    expect(disableReason({ consecutiveFailures: 31, firstFailureAt: SINCE, lastFailure: TIMEOUT })).toBe(
      'disabled after 31 consecutive failed deliveries since 2024-11-27T09:33:20.000Z: last failure TIMEOUT: the receiver did not answer within 10000 ms',
    );
  });

  it('says the receiver asked to stop after a 410', () => {
    expect(disableReason({ consecutiveFailures: 1, firstFailureAt: SINCE, lastFailure: GONE })).toBe(
      'disabled: the receiver answered HTTP 410 Gone, which asks for no more deliveries',
    );
  });
});
