import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Caller } from '../../schema/context';
import { digest, type ApiKeys } from './api-keys';

export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** The header callers put their API key in (or `Authorization: Bearer <key>`). */
export const API_KEY_HEADER = 'x-api-key';

/** The key from `x-api-key`, or from `Authorization: Bearer <key>`. */
function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers[API_KEY_HEADER];
  if (typeof header === 'string' && header !== '') return header;
  const authorization = headers.authorization;
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match?.[1];
}

export function authenticate(headers: IncomingHttpHeaders, auth: ApiKeys): Caller {
  const key = presentedKey(headers);
  if (key === undefined) {
    if (auth.anonymousHasEveryScope) return { id: 'anonymous', scopes: new Set(), unrestricted: true };
    throw new UnauthenticatedError('Send an API key in the x-api-key header (or Authorization: Bearer <key>)');
  }
  const found = auth.keys.get(digest(key));
  if (!found) throw new UnauthenticatedError('The API key is not valid');
  return { id: found.id, scopes: found.scopes, unrestricted: false };
}
