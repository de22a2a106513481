import { createHash } from 'node:crypto';
import type { FleetFilter, FleetOrder } from '../../fleet-store/fleet-store';
import { BadUserInputError } from '../errors';

/**
 * Fleet cursors: the store's own keyset cursor, wrapped with a digest of the filter and order it
 * belongs to (base64url of `fleet:<digest>:<store cursor>`). A cursor of another filter or order
 * would page a different list from a wrong place; it is refused as bad input here, before the
 * store is asked, as a card cursor passed to `orders` is.
 */

const KIND = 'fleet';

/** 12 hex digits of SHA-256 over the checked filter and order: tells lists apart, nothing more. */
export function listDigest(filter: FleetFilter, order: FleetOrder): string {
  const canonical = JSON.stringify([order.field, order.direction, Object.entries(filter).sort(([a], [b]) => a.localeCompare(b))]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

export function encodeFleetCursor(digest: string, storeCursor: string): string {
  return Buffer.from(`${KIND}:${digest}:${storeCursor}`).toString('base64url');
}

/** The store's cursor inside `after`, or `undefined` for the first page. */
export function decodeFleetCursor(after: string | null | undefined, digest: string): string | undefined {
  if (after === null || after === undefined) return undefined;
  const text = Buffer.from(after, 'base64url').toString();
  const prefix = `${KIND}:${digest}:`;
  if (!text.startsWith(prefix) || text.length === prefix.length) {
    throw new BadUserInputError('after', 'not a cursor of this filter and order; pass an endCursor from a previous fleet page with the same filter and orderBy');
  }
  return text.slice(prefix.length);
}
