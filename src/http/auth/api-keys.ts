import { hash } from 'node:crypto';
import type { ApiKeyEntry, AuthConfig } from '../../config';
import { ALL_SCOPES } from '../../domain';

/**
 * The gateway's API keys, built once at the composition root (`app.ts`) from `API_KEYS` as
 * `config.ts` parsed it. Kept as SHA-256 digests, so the table in memory (and any heap dump) does
 * not hold the keys themselves, and a lookup does not compare secrets character by character.
 */
export interface ApiKey {
  /** A short, loggable name: the first 4 characters and the digest's first 8 hex digits. */
  id: string;
  scopes: ReadonlySet<string>;
}

/** By the key's SHA-256 digest (`digest`). */
export type ApiKeyTable = ReadonlyMap<string, ApiKey>;

export interface ApiKeys {
  keys: ApiKeyTable;
  /**
   * Demo mode without `API_KEYS`: a request without a key acts with every scope, so the README's
   * first `curl` works. Never true once upstream credentials or `API_KEYS` are set.
   */
  anonymousHasEveryScope: boolean;
}

/** The key demo mode prints; it has every scope. Demo only: it opens nothing real. */
export const DEMO_API_KEY = 'simgraph-demo-key-every-scope';

/** One-shot `crypto.hash` (Node ≥ 20.12): a third of `createHash(...).update().digest()`'s CPU, on every request. */
export function digest(key: string): string {
  return hash('sha256', key, 'hex');
}

export function createApiKeys(auth: AuthConfig): ApiKeys {
  // The demo key is public (printed, in the README): once real keys are set it opens nothing.
  const entries: readonly ApiKeyEntry[] = auth.anonymousHasEveryScope ? [{ key: DEMO_API_KEY, scopes: ALL_SCOPES }] : auth.keys;
  return {
    keys: new Map(
      entries.map(({ key, scopes }) => {
        const hash = digest(key);
        return [hash, { id: `${key.slice(0, 4)}…${hash.slice(0, 8)}`, scopes: new Set(scopes) }];
      }),
    ),
    anonymousHasEveryScope: auth.anonymousHasEveryScope,
  };
}
