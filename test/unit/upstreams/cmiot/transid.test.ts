import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LocalTransidGenerator, SharedTransidGenerator } from '../../../../src/upstreams/cmiot/transid';
import { connectRedis, type RedisConnection } from '../../../../src/upstreams/redis';
import { emptyTestRedis } from '../../../support/test-redis';

// 2024-05-01T05:07:09Z is 13:07:09 in Shanghai: the hour must read 13, never 01.
const AFTERNOON_IN_SHANGHAI = Date.UTC(2024, 4, 1, 5, 7, 9);

describe('LocalTransidGenerator (cmiot.md §1.3, §8.4)', () => {
  it('is appid + Shanghai yyyyMMddHHmmss (24 h) + 8 digits', async () => {
    const generator = new LocalTransidGenerator('100001', () => AFTERNOON_IN_SHANGHAI, 41);
    expect(await generator.next()).toBe('100001' + '20240501130709' + '00000042');
  });

  it('rolls the date over at Shanghai midnight, not UTC midnight', async () => {
    const generator = new LocalTransidGenerator('100001', () => Date.UTC(2024, 11, 31, 16, 30, 0), 0);
    expect((await generator.next()).slice(6, 20)).toBe('20250101003000');
  });

  it('wraps the sequence modulo 10^8', async () => {
    const generator = new LocalTransidGenerator('100001', () => AFTERNOON_IN_SHANGHAI, 99_999_999);
    expect((await generator.next()).slice(-8)).toBe('00000000');
  });

  it('gives distinct, well-formed ids of at most 48 characters, each sequence the previous + 1 modulo 10^8', async () => {
    // The proof 10^6 ids from a random base gave (11 s), from 10^5 ids that cross the wrap: each
    // sequence is the one before plus 1 modulo 10^8, so no two of any 10^8 consecutive ids repeat,
    // whatever the clock does; the run across 99999999 → 00000000 shows the wrap keeps that.
    const appid = '10000123456789';
    let clock = AFTERNOON_IN_SHANGHAI;
    const base = 100_000_000 - 50_000;
    const generator = new LocalTransidGenerator(appid, () => (clock += 7), base);
    const seen = new Set<string>();
    const shape = new RegExp(`^${appid}\\d{14}\\d{8}$`);
    let previous = base;
    for (let i = 0; i < 100_000; i += 1) {
      const id = await generator.next();
      if (!shape.test(id) || id.length > 48) throw new Error(`malformed transid ${id}`);
      const sequence = Number(id.slice(-8));
      if (sequence !== (previous + 1) % 100_000_000) throw new Error(`sequence ${sequence} after ${previous}`);
      previous = sequence;
      seen.add(id);
    }
    expect(previous).toBe(50_000); // past 99999999 → 00000000
    expect(seen.size).toBe(100_000);
  });

  it('starts processes at different random bases so replicas do not collide', async () => {
    const now = () => AFTERNOON_IN_SHANGHAI;
    const bases = new Set<string>();
    for (let i = 0; i < 20; i += 1) bases.add((await new LocalTransidGenerator('100001', now).next()).slice(-8));
    expect(bases.size).toBeGreaterThan(15);
  });

  it('refuses an appid that cannot fit a 48-character transid', () => {
    expect(() => new LocalTransidGenerator('1'.repeat(27))).toThrow(RangeError);
  });
});

describe('SharedTransidGenerator over Redis (cmiot.md §8.4)', () => {
  // Connected here, not at module load: the id loop above blocks the event loop, possibly
  // longer than the connection's bounded first attempt (`redis.ts`).
  let redis: RedisConnection;
  beforeAll(async () => {
    redis = connectRedis(await emptyTestRedis());
    await redis.ready();
  });
  afterAll(async () => {
    await redis.close();
  });

  it('never repeats a transid across four processes sharing one counter', async () => {
    const appid = `9${randomUUID().replace(/\D/g, '').slice(0, 9)}`;
    const reserve = async (key: string, size: number) => (await redis.ready()).incrBy(key, size);
    const now = () => AFTERNOON_IN_SHANGHAI;
    const replicas = Array.from({ length: 4 }, () => new SharedTransidGenerator(appid, reserve, now, 100));
    const ids = await Promise.all(Array.from({ length: 2000 }, (_, i) => replicas[i % 4]!.next()));
    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) expect(id).toMatch(new RegExp(`^${appid}20240501130709\\d{8}$`));
    // 2,000 ids from blocks of 100: 20 reservations, however the calls interleave.
    const counter = await (await redis.ready()).get(`simgraph:transid:${appid}`);
    expect(Number(counter)).toBe(2000);
  });
});
