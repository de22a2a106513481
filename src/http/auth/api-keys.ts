import { createHash } from 'node:crypto';
import { SCOPE_PATTERN } from '../../domain';

/**
 * The gateway's API keys, from `API_KEYS`: `key=scope scope;key=scope`. Kept as SHA-256
 * digests, so the table in memory (and any heap dump) does not hold the keys themselves, and a
 * lookup does not compare secrets character by character.
 */
export interface ApiKey {
  /** A short, loggable name: the first 4 characters and the digest's first 8 hex digits. */
  id: string;
  scopes: ReadonlySet<string>;
}

export type ApiKeyTable = ReadonlyMap<string, ApiKey>;

export function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function apiKeyTable(entries: readonly { key: string; scopes: readonly string[] }[]): ApiKeyTable {
  return new Map(
    entries.map(({ key, scopes }) => {
      const hash = digest(key);
      return [hash, { id: `${key.slice(0, 4)}…${hash.slice(0, 8)}`, scopes: new Set(scopes) }];
    }),
  );
}

/** Parses `API_KEYS`; returns a reason when it is malformed (the key itself never appears). */
export function parseApiKeys(raw: string): { key: string; scopes: string[] }[] | string {
  const entries: { key: string; scopes: string[] }[] = [];
  for (const [index, item] of raw.split(';').entries()) {
    if (item.trim() === '') continue;
    const [key, scopeList] = item.split('=', 2).map((part) => part.trim());
    const position = `entry ${index + 1}`;
    if (!key || key.length < 16) return `${position}: a key of at least 16 characters before "="`;
    const scopes = (scopeList ?? '').split(/\s+/).filter(Boolean);
    if (scopes.length === 0) return `${position}: at least one scope after "="`;
    const bad = scopes.find((scope) => !SCOPE_PATTERN.test(scope));
    if (bad) return `${position}: "${bad}" is not a permission code such as iot.cardservice.flowcard.get`;
    entries.push({ key, scopes });
  }
  return entries.length > 0 ? entries : 'at least one key=scopes entry';
}
