import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { Breakers } from '../../../src/upstreams/breakers';
import { UpstreamError } from '../../../src/upstreams/errors';

/**
 * The breakers' rules (issue 9 items 2 and 7), on calls that succeed or fail on demand: a failure
 * rate opens them, not scattered failures; kinds are apart; while a trial call runs nobody waits
 * on it; each transition is one log line.
 */

const outage = () => Promise.reject(new UpstreamError({ upstream: 'cmiot', code: 'UPSTREAM_UNAVAILABLE', message: 'HTTP 503' }));
const ok = () => Promise.resolve('ok');

function breakers(halfOpenAfterMs = 60_000) {
  const lines: string[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  return { breakers: new Breakers('cmiot', log, { halfOpenAfterMs }), lines };
}

async function settle<T>(promise: Promise<T>): Promise<T | UpstreamError> {
  return promise.catch((error: UpstreamError) => error);
}

describe('Breakers', () => {
  it('stays closed at 10 % failures, however many calls', async () => {
    const { breakers: b } = breakers();
    for (let i = 0; i < 400; i += 1) await settle(b.execute('read', i % 10 === 0 ? outage : ok));
    expect(b.open()).toEqual([]);
  });

  it('opens the failing kind only, and then refuses without calling', async () => {
    const { breakers: b, lines } = breakers();
    for (let i = 0; i < 40; i += 1) await settle(b.execute('read', outage));
    expect(b.open()).toEqual(['cmiot:read']);
    let called = false;
    const refused = await settle(
      b.execute('read', async () => {
        called = true;
        return 'ok';
      }),
    );
    expect(refused).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/paused/) });
    expect(called).toBe(false);
    // Token calls and writes have breakers of their own.
    await expect(b.execute('token', ok)).resolves.toBe('ok');
    await expect(b.execute('write', ok)).resolves.toBe('ok');
    expect(lines.filter((line) => line.includes('breaker open'))).toHaveLength(1);
  });

  it('does not open below the minimum throughput, even when every call fails', async () => {
    const { breakers: b } = breakers();
    for (let i = 0; i < 5; i += 1) await settle(b.execute('read', outage));
    expect(b.open()).toEqual([]);
  });

  it('fails calls at once while a trial call runs, instead of making them wait on it', async () => {
    const { breakers: b, lines } = breakers(10);
    for (let i = 0; i < 40; i += 1) await settle(b.execute('read', outage));
    await new Promise((resolve) => setTimeout(resolve, 20));
    let finishTrial!: (value: string) => void;
    const trial = b.execute('read', () => new Promise<string>((resolve) => (finishTrial = resolve)));
    expect(b.open()).toEqual(['cmiot:read']);
    // Another call, of the same kind, during the trial: refused now, not parked behind it.
    await expect(b.execute('read', ok)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    finishTrial('ok');
    await expect(trial).resolves.toBe('ok');
    expect(b.open()).toEqual([]);
    await expect(b.execute('read', ok)).resolves.toBe('ok');
    expect(lines.map((line) => (JSON.parse(line) as { breaker: string }).breaker)).toEqual(['Open', 'HalfOpen', 'Closed']);
  });

  it('does not count the request deadline or a refusal by the upstream as an outage', async () => {
    const { breakers: b } = breakers();
    const deadline = () => Promise.reject(new UpstreamError({ upstream: 'cmiot', code: 'DEADLINE_EXCEEDED', message: 'deadline' }));
    const refused = () => Promise.reject(new UpstreamError({ upstream: 'cmiot', code: 'UPSTREAM_BAD_REQUEST', message: '11000' }));
    for (let i = 0; i < 40; i += 1) await settle(b.execute('read', i % 2 === 0 ? deadline : refused));
    expect(b.open()).toEqual([]);
  });
});
