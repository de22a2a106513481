import type { IncomingHttpHeaders } from 'node:http';
import type { Caller } from '../../schema/context';
import type { ApiKeys } from '../auth/api-keys';
import { authenticate } from '../auth/caller';

/** The names a key may come under, in `connection_init`'s payload as in HTTP headers. */
const KEY_PARAMS: ReadonlySet<string> = new Set(['x-api-key', 'authorization']);

/**
 * A WebSocket connection's caller. Browsers cannot set headers on a WebSocket, so the key comes in
 * `connection_init`'s payload (graphql-ws `connectionParams`) under the header names HTTP uses:
 * `{ "x-api-key": key }` or `{ "authorization": "Bearer key" }`; without one there, the upgrade
 * request's own headers are read. Then the same check as every HTTP request (`auth/caller.ts`):
 * UNAUTHENTICATED for a missing or unknown key, anonymous only in open demo mode.
 */
export function connectionCaller(params: Readonly<Record<string, unknown>> | undefined, upgradeHeaders: IncomingHttpHeaders, apiKeys: ApiKeys): Caller {
  return authenticate(keyParams(params) ?? upgradeHeaders, apiKeys);
}

function keyParams(params: Readonly<Record<string, unknown>> | undefined): IncomingHttpHeaders | undefined {
  if (!params) return undefined;
  const headers: IncomingHttpHeaders = {};
  let found = false;
  for (const [name, value] of Object.entries(params)) {
    const lower = name.toLowerCase();
    if (KEY_PARAMS.has(lower) && typeof value === 'string' && value !== '') {
      headers[lower] = value;
      found = true;
    }
  }
  return found ? headers : undefined;
}
