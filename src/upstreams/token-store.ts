import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import type { RedisConnection } from './redis';

/**
 * Where tokens live between requests, and the lock that makes one replica fetch while the
 * others wait. In memory for one process; in Redis when replicas share tokens (`KEYV_URL`).
 */

export interface CachedToken {
  value: string;
  /** Epoch ms. */
  issuedAt: number;
  /** Epoch ms. */
  expiresAt: number;
}

/** Releases a held lock; a no-op when the lock already expired and another holder took it. */
export type ReleaseLock = () => Promise<void>;

export interface TokenStore {
  get(key: string): Promise<CachedToken | undefined>;
  /** `ttlMs`: how long the store keeps it; the cache computes it with its own clock. */
  set(key: string, token: CachedToken, ttlMs: number): Promise<void>;
  /**
   * Tries to become the one process fetching `key`'s token. `undefined` when another process
   * holds the lock; it expires after `ttlMs` in case its holder dies mid-fetch.
   */
  tryLock(key: string, ttlMs: number): Promise<ReleaseLock | undefined>;
  close(): Promise<void>;
}

export interface TokenStoreOptions {
  /** Shared Redis; in memory when unset. */
  redis?: RedisConnection | undefined;
  /** Encrypts tokens at rest in Redis (AES-256-GCM, key derived with SHA-256). */
  encryptionKey?: string | undefined;
}

export function createTokenStore(options: TokenStoreOptions): TokenStore {
  if (!options.redis) return new MemoryTokenStore();
  return new RedisTokenStore(options.redis, options.encryptionKey);
}

class MemoryTokenStore implements TokenStore {
  private readonly keyv = new Keyv<CachedToken>();

  async get(key: string): Promise<CachedToken | undefined> {
    return this.keyv.get(key);
  }

  async set(key: string, token: CachedToken, ttlMs: number): Promise<void> {
    await this.keyv.set(key, token, ttlMs);
  }

  /** One process: the in-process single-flight in `TokenCache` is all the exclusion needed. */
  async tryLock(): Promise<ReleaseLock> {
    return async () => undefined;
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}

const RELEASE_IF_OWNER = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

class RedisTokenStore implements TokenStore {
  private readonly keyv: Keyv<string>;
  private readonly cipherKey: Buffer | undefined;

  constructor(
    private readonly redis: RedisConnection,
    encryptionKey: string | undefined,
  ) {
    const adapter = new KeyvRedis<string>(redis.client);
    // Errors thrown, not swallowed: `TokenCache` tells "Redis is down" (fetch per process) from
    // "no token yet" (take the fleet's lock and fetch once for everyone).
    this.keyv = new Keyv<string>({ store: adapter, namespace: 'simgraph', useKeyPrefix: false, throwOnErrors: true });
    this.cipherKey = encryptionKey === undefined ? undefined : createHash('sha256').update(encryptionKey).digest();
  }

  async get(key: string): Promise<CachedToken | undefined> {
    const stored = await this.redis.bounded(() => this.keyv.get(key));
    if (stored === undefined) return undefined;
    try {
      return JSON.parse(this.decrypt(stored)) as CachedToken;
    } catch {
      // Written under another encryption key, or corrupted: fetch a new token instead.
      return undefined;
    }
  }

  async set(key: string, token: CachedToken, ttlMs: number): Promise<void> {
    const value = this.encrypt(JSON.stringify(token));
    await this.redis.bounded(() => this.keyv.set(key, value, ttlMs));
  }

  async tryLock(key: string, ttlMs: number): Promise<ReleaseLock | undefined> {
    const lockKey = `simgraph:lock:${key}`;
    const owner = randomUUID();
    const taken = await this.redis.bounded((client) => client.set(lockKey, owner, { NX: true, PX: ttlMs }));
    if (taken !== 'OK') return undefined;
    return async () => {
      await this.redis.bounded((client) => client.eval(RELEASE_IF_OWNER, { keys: [lockKey], arguments: [owner] }));
    };
  }

  /** The connection belongs to whoever made it; `RedisConnection.close()` ends it. */
  async close(): Promise<void> {}

  private encrypt(plain: string): string {
    if (!this.cipherKey) return plain;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cipherKey, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join('.');
  }

  private decrypt(stored: string): string {
    if (!this.cipherKey) return stored;
    const [version, iv, tag, data] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || !data) throw new Error('not an encrypted token');
    const decipher = createDecipheriv('aes-256-gcm', this.cipherKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
