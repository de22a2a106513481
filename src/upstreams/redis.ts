import { createClient, type RedisClientType } from '@keyv/redis';

/**
 * One Redis connection per process for everything replicas share: tokens, the token fetch
 * lock, the transid counter. It connects on first use, once, however many callers ask at once.
 */
export interface RedisConnection {
  readonly client: RedisClientType;
  ready(): Promise<RedisClientType>;
  close(): Promise<void>;
}

export function connectRedis(url: string): RedisConnection {
  const client: RedisClientType = createClient({ url });
  // Without a listener, a dropped connection is an unhandled 'error' event that kills the
  // process; the client reconnects by itself and commands fail (and are reported) meanwhile.
  client.on('error', () => undefined);
  let connecting: Promise<RedisClientType> | undefined;
  return {
    client,
    ready() {
      // `isOpen` turns true as soon as a connect starts (ours, or the keyv adapter's own lazy
      // one); commands sent meanwhile wait in the client's queue.
      if (client.isOpen) return Promise.resolve(client);
      connecting ??= client.connect().then(() => client);
      return connecting;
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
