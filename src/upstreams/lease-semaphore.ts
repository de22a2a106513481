import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './redis';

/**
 * A counting semaphore shared by every replica: the calls one upstream account has in flight
 * (`cmiot.md` §8.8: "default 8 in flight per appid"; the bound is the account's, not the
 * process's, since OneLink throttles a whole appid with `71`/`72`, §5).
 *
 * Each holder is a member of a sorted set scored by its lease's expiry, so a replica that dies
 * mid-call frees its places when the lease runs out instead of shrinking the account's bound
 * for ever. Redis's own clock (`TIME`) scores the leases: replicas' clocks may disagree. No
 * well-kept library fits: `redis-semaphore` needs ioredis, we run node-redis 5.
 */

/** KEYS[1] the set; ARGV: limit, lease ms, member. 1 when a place was taken. */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

export class LeaseSemaphore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly key: string,
    private readonly limit: number,
    /** Longer than any call can last (its timeout), so a live call never loses its place. */
    private readonly leaseMs: number,
  ) {}

  /**
   * One try: the release function when a place was free, `undefined` when all are taken.
   * Throws when Redis does not answer (the caller decides what to do without it).
   */
  async tryTake(): Promise<(() => Promise<void>) | undefined> {
    const member = randomUUID();
    const taken = await this.redis.bounded((client) => client.eval(TAKE, { keys: [this.key], arguments: [String(this.limit), String(this.leaseMs), member] }));
    if (taken !== 1) return undefined;
    return async () => {
      await this.redis.bounded((client) => client.zRem(this.key, member));
    };
  }
}
