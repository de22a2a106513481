import { createClient, type RedisClientType } from '@keyv/redis';
import pino, { type Logger } from 'pino';

/**
 * One Redis connection per process for everything replicas share: tokens, the token fetch
 * lock, the transid counter, the live cache, the account budgets and the per-key rate limits.
 * Built once at the composition root (`app.ts`) and handed to each user, so that one outage
 * costs one bound, not one per user, and is logged once.
 *
 * Redis is an accelerator, never a single point of failure (ARCHITECTURE.md, "Every wait has a
 * deadline"). node-redis queues commands while it is disconnected and, by default, waits for
 * ever: a killed Redis then hangs every request that touches it. So here:
 * - commands are refused at once while the connection is down (`disableOfflineQueue`);
 * - every operation is raced with a bound (`bounded`): node-redis 5's own `timeout` command
 *   option only covers the wait before the command is written, not the wait for its reply, so a
 *   Redis that accepts the connection and then stops answering (a paused process, a full
 *   network buffer) would still hold a request. A bound that runs out marks Redis down for a
 *   moment, so the next requests do not each pay it;
 * - connecting has a timeout, and reconnecting backs off to at most 2 s, for ever, in the
 *   background: when Redis returns, sharing resumes without a restart;
 * - `ready()` waits for the first connection attempt only (bounded by the connect timeout),
 *   and from then on answers at once: the client, or `RedisUnavailableError`.
 * Callers turn that error into their own fall-back (a cache miss, a process-local token fetch,
 * a process-local transid range), so one warning per transition is logged here, not one per
 * request.
 */
export interface RedisConnection {
  readonly client: RedisClientType;
  /** The connected client, or `RedisUnavailableError` without waiting (after the first attempt). */
  ready(): Promise<RedisClientType>;
  /**
   * Runs one Redis operation (a command, a keyv call, a script) within the command bound; past
   * it, `RedisUnavailableError`. Every await on Redis in the gateway goes through here.
   */
  bounded<T>(operation: (client: RedisClientType) => Promise<T>): Promise<T>;
  /** `up` once connected and while the connection holds; no I/O. */
  state(): 'up' | 'down';
  close(): Promise<void>;
}

export class RedisUnavailableError extends Error {
  constructor() {
    super('Redis is not reachable');
    this.name = 'RedisUnavailableError';
  }
}

export interface RedisConnectionOptions {
  /** Transitions (down, up) are logged here; never the URL, which may carry a password. */
  log?: Logger | undefined;
  /** Bound on each operation. Default 1,000 ms. */
  commandTimeoutMs?: number | undefined;
  /** After an operation ran out of its bound, how long Redis counts as down. Default 2,000 ms. */
  suspectForMs?: number | undefined;
  /** Bound on one connection attempt. Default 2,000 ms. */
  connectTimeoutMs?: number | undefined;
}

const MAX_RECONNECT_DELAY_MS = 2_000;

export function connectRedis(url: string, options: RedisConnectionOptions = {}): RedisConnection {
  const log = options.log ?? pino({ level: 'silent' });
  const connectTimeoutMs = options.connectTimeoutMs ?? 2_000;
  const commandTimeoutMs = options.commandTimeoutMs ?? 1_000;
  const suspectForMs = options.suspectForMs ?? 2_000;
  /** Until when Redis counts as down because it stopped answering (not because it dropped). */
  let suspectUntil = 0;
  const client: RedisClientType = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: connectTimeoutMs,
      // Never gives up: a Redis that returns after an hour is used again.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 6), MAX_RECONNECT_DELAY_MS) + Math.floor(Math.random() * 50),
    },
  });
  let state: 'unknown' | 'up' | 'down' = 'unknown';
  let closed = false;
  const down = () => {
    if (state === 'down' || closed) return;
    const wasUp = state === 'up';
    state = 'down';
    log.warn(
      { redis: 'down' },
      wasUp
        ? 'Redis stopped answering: caches read as misses; tokens, transids and budgets are per process until it returns'
        : 'Redis (KEYV_URL) is not reachable: caches read as misses; tokens, transids and budgets are per process until it answers',
    );
  };
  const up = () => {
    if (state === 'up') return;
    if (state === 'down') log.warn({ redis: 'up' }, 'Redis answers again: tokens, transids and budgets are shared again');
    state = 'up';
  };
  // Without an 'error' listener a dropped connection is an unhandled event that kills the
  // process. The error itself may quote the address; only the transition is logged.
  client.on('error', down);
  client.on('end', down);
  client.on('reconnecting', down);
  client.on('ready', up);

  let firstAttempt: Promise<void> | undefined = new Promise<void>((resolve) => {
    const settle = () => {
      firstAttempt = undefined;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      down();
      settle();
    }, connectTimeoutMs);
    timer.unref();
    client.once('ready', settle);
    client.once('error', settle);
  });
  client.connect().catch(() => undefined);

  const answering = () => client.isReady && Date.now() >= suspectUntil;
  const ready = async (): Promise<RedisClientType> => {
    if (answering()) return client;
    if (firstAttempt) await firstAttempt;
    if (answering()) return client;
    throw new RedisUnavailableError();
  };

  return {
    client,
    ready,
    async bounded<T>(operation: (connected: RedisClientType) => Promise<T>): Promise<T> {
      const connected = await ready();
      let timer: NodeJS.Timeout | undefined;
      const outOfTime = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          suspectUntil = Date.now() + suspectForMs;
          down();
          reject(new RedisUnavailableError());
        }, commandTimeoutMs);
      });
      const running = operation(connected);
      // A reply that comes after the bound is dropped; its rejection must not go unhandled.
      running.catch(() => undefined);
      try {
        const result = await Promise.race([running, outOfTime]);
        if (client.isReady) up();
        return result;
      } finally {
        clearTimeout(timer);
      }
    },
    state: () => (answering() ? 'up' : 'down'),
    async close() {
      closed = true;
      if (!client.isOpen) return;
      // `close()` lets queued replies arrive; with the connection down there are none, and it
      // would wait for the reconnect loop: `destroy()` ends that at once.
      // A Redis that stopped answering would hold `close()` on its unanswered replies: bounded.
      if (answering()) {
        let timer: NodeJS.Timeout | undefined;
        const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, commandTimeoutMs)));
        await Promise.race([client.close().catch(() => undefined), gaveUp]).finally(() => clearTimeout(timer));
      }
      if (client.isOpen) client.destroy();
    },
  };
}
