import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createChangeRecord } from '../../../src/upstreams/change-record';
import { connectRedis, type RedisConnection } from '../../../src/upstreams/redis';
import { emptyTestRedis, testRedisUrl } from '../../support/test-redis';

/** The record of CMIOT changes (`cmiot.md` §8.10), run over memory and over Redis (the run's own, `test-redis.ts`). */
const redis = connectRedis(testRedisUrl());
beforeAll(async () => {
  await emptyTestRedis();
});
afterAll(async () => {
  await redis.close();
});

describe.each([
  ['memory', false],
  ['Redis', true],
])('ChangeRecord over %s', (_name, shared) => {
  const make = (now: () => number) => createChangeRecord({ redis: shared ? redis : undefined, cooldownMs: 180_000, now });
  // Unique card ids per test: a test's Redis entries outlive it by up to the cooldown.
  const card = () => `8986${randomUUID().replace(/\D/g, '').padEnd(16, '0').slice(0, 16)}`;

  it('finds the cards changed the same way inside the cooldown, with when', async () => {
    let now = Date.now();
    const record = make(() => now);
    const [a, b, c] = [card(), card(), card()];
    await record.note('SUSPEND', [a, b], now);
    await record.note('RESUME', [c], now);
    now += 60_000;
    expect(await record.recent('SUSPEND', [a, b, c])).toEqual(new Map([[a, now - 60_000], [b, now - 60_000]]));
    expect(await record.recent('RESUME', [a, c])).toEqual(new Map([[c, now - 60_000]]));
    expect(await record.recent('SUSPEND', [])).toEqual(new Map());
  });

  it('forgets a change once its cooldown is over', async () => {
    let now = Date.now();
    const record = make(() => now);
    const a = card();
    await record.note('SUSPEND', [a], now);
    now += 180_001;
    expect(await record.recent('SUSPEND', [a])).toEqual(new Map());
  });

  it("keeps a job's requested identifiers by MSISDN for a day, storing only those that differ", async () => {
    let now = Date.now();
    const record = make(() => now);
    const job = `JOB${randomUUID()}`;
    const iccid = card();
    await record.noteJob(job, new Map([['1440212345678', iccid], ['1440212345679', '1440212345679']]));
    expect(await record.jobRequests(job)).toEqual(new Map([['1440212345678', iccid]]));
    expect(await record.jobRequests(`${job}-other`)).toEqual(new Map());
    if (!shared) {
      // Redis expires the key itself (PX); the memory record checks its age.
      now += 24 * 3_600_000 + 1;
      expect(await record.jobRequests(job)).toEqual(new Map());
    } else {
      expect(await (await redis.ready()).pTTL(`simgraph:cmiot-job:${job}`)).toBeGreaterThan(23 * 3_600_000);
    }
  });

  if (shared) {
    it('is shared by every process on the same Redis', async () => {
      const now = Date.now();
      const [one, two] = [make(() => now), make(() => now)];
      const a = card();
      await one.note('RESUME', [a], now);
      expect(await two.recent('RESUME', [a])).toEqual(new Map([[a, now]]));
      expect(await (await redis.ready()).pTTL(`simgraph:cmiot-change:RESUME:${a}`)).toBeGreaterThan(170_000);
    });
  }
});

describe('the change record over a failing Redis', () => {
  // Redis answering every command with an error (OOM, READONLY replica, ...).
  const failing = {
    client: undefined,
    ready: async () => ({
      mGet: async () => Promise.reject(new Error('READONLY You can\'t write against a read only replica.')),
      set: async () => Promise.reject(new Error('OOM command not allowed')),
      get: async () => Promise.reject(new Error('READONLY You can\'t write against a read only replica.')),
    }),
    close: async () => undefined,
  } as unknown as RedisConnection;

  it('finds nothing and keeps nothing instead of failing the change it guards', async () => {
    const record = createChangeRecord({ redis: failing });
    await expect(record.note('SUSPEND', ['898603' + '1'.repeat(14)], Date.now())).resolves.toBeUndefined();
    await expect(record.recent('SUSPEND', ['898603' + '1'.repeat(14)])).resolves.toEqual(new Map());
    // A job's results then name cards by MSISDN, as CMIOT does.
    await expect(record.noteJob('JOB1', new Map([['1440212345678', '898603' + '1'.repeat(14)]]))).resolves.toBeUndefined();
    await expect(record.jobRequests('JOB1')).resolves.toEqual(new Map());
  });
});
