import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import Keyv from 'keyv';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';

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
  /** `redis://...`; in memory when unset. */
  url?: string | undefined;
  /** Encrypts tokens at rest in Redis (AES-256-GCM, key derived with SHA-256). */
  encryptionKey?: string | undefined;
}

export function createTokenStore(options: TokenStoreOptions): TokenStore {
  if (!options.url) return new MemoryTokenStore();
  return new RedisTokenStore(options.url, options.encryptionKey);
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
  private readonly client: RedisClientType;
  private readonly adapter: KeyvRedis<string>;
  private readonly keyv: Keyv<string>;
  private readonly cipherKey: Buffer | undefined;

  constructor(url: string, encryptionKey: string | undefined) {
    this.client = createClient({ url });
    this.adapter = new KeyvRedis<string>(this.client);
    this.keyv = new Keyv<string>({ store: this.adapter, namespace: 'simgraph' });
    this.cipherKey = encryptionKey === undefined ? undefined : createHash('sha256').update(encryptionKey).digest();
  }

  async get(key: string): Promise<CachedToken | undefined> {
    const stored = await this.keyv.get(key);
    if (stored === undefined) return undefined;
    try {
      return JSON.parse(this.decrypt(stored)) as CachedToken;
    } catch {
      // Written under another encryption key, or corrupted: fetch a new token instead.
      return undefined;
    }
  }

  async set(key: string, token: CachedToken, ttlMs: number): Promise<void> {
    await this.keyv.set(key, this.encrypt(JSON.stringify(token)), ttlMs);
  }

  async tryLock(key: string, ttlMs: number): Promise<ReleaseLock | undefined> {
    await this.connected();
    const lockKey = `simgraph:lock:${key}`;
    const owner = randomUUID();
    const taken = await this.client.set(lockKey, owner, { NX: true, PX: ttlMs });
    if (taken !== 'OK') return undefined;
    return async () => {
      await this.client.eval(RELEASE_IF_OWNER, { keys: [lockKey], arguments: [owner] });
    };
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }

  /** The adapter connects lazily, and tolerates concurrent first calls; the lock shares it. */
  private async connected(): Promise<void> {
    await this.adapter.getClient();
  }

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
