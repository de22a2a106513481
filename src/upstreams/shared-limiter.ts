import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisConnection } from './redis';

/**
 * A fixed-window budget (rate-limiter-flexible) shared by every replica through the process's one
 * Redis connection, and kept per process when Redis does not answer. Used by the API-key budgets
 * (`http/rate-limit.ts`) and each upstream account's call rate (`account-budget.ts`): one rule,
 * one place.
 *
 * Exactly one store decides each take. Redis decides when it answers within the connection's
 * bound (`RedisConnection.bounded`); only when it did not (down, not ready, out of time, a
 * command error) does the in-memory limiter decide. No `insuranceLimiter`: rate-limiter-flexible
 * would consume it on a late Redis error on top of our own fall-back, so one take counted twice
 * in memory and a process refused at half its budget during an outage.
 */
export interface SharedLimiter {
  /**
   * Takes `points` from `key`'s window. Resolves when they fit; rejects with the library's
   * `RateLimiterRes` (its `msBeforeNext` says when enough is back) when they do not.
   * Resolves with the library's answer: `remainingPoints` in the window, `msBeforeNext`.
   */
  consume(key: string, points: number): Promise<RateLimiterRes>;
  /** Gives `points` back to `key`'s window (a background take that found the budget tight). */
  reward(key: string, points: number): Promise<void>;
}

export interface SharedLimiterOptions {
  /** Points per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Namespaces the keys in Redis and in memory, e.g. `simgraph:rl:requests`. */
  keyPrefix: string;
}

export function createSharedLimiter(redis: RedisConnection | undefined, options: SharedLimiterOptions): SharedLimiter {
  const memory = new RateLimiterMemory(options);
  if (!redis) {
    return {
      consume: (key, points) => memory.consume(key, points),
      reward: async (key, points) => void (await memory.reward(key, points)),
    };
  }
  const shared = new RateLimiterRedis({
    ...options,
    storeClient: redis.client,
    useRedisPackage: true,
    // A connection that is not ready fails at once rather than waiting for the reconnect loop.
    rejectIfRedisNotReady: true,
  });
  return {
    async consume(key, points) {
      try {
        return await redis.bounded(() => shared.consume(key, points));
      } catch (error) {
        // Redis answered "over the budget": that is the decision, shared by every replica.
        if (error instanceof RateLimiterRes) throw error;
        // Redis did not decide: this process keeps the budget on its own until it returns
        // (the connection logs that transition once, `redis.ts`).
        return memory.consume(key, points);
      }
    },
    async reward(key, points) {
      try {
        await redis.bounded(() => shared.reward(key, points));
      } catch {
        await memory.reward(key, points).catch(() => undefined);
      }
    },
  };
}
