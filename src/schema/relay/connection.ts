import type { Card } from '../../domain';
import type { CardConnection } from '../card/card-connection.type';
import type { PageInfo } from './page-info.type';
import { BadUserInputError } from '../errors';

/**
 * Relay cursors over an offset window. A cursor is opaque to clients (base64 of
 * `<kind>:<offset>`, e.g. `card:12`), so the paging scheme can change without breaking them.
 * The kind keeps a card cursor from being passed to an order list and silently accepted.
 */

/** A short lower-case word per list: `card`, `order`, ... */
export type CursorKind = string;

export function encodeCursor(offset: number, kind: CursorKind = 'card'): string {
  return Buffer.from(`${kind}:${offset}`).toString('base64url');
}

/** The offset just after `after`, or 0. A cursor we did not issue is bad input. */
export function offsetAfter(after: string | null | undefined, kind: CursorKind = 'card'): number {
  if (after === undefined || after === null) return 0;
  const prefix = `${kind}:`;
  const decoded = Buffer.from(after, 'base64url').toString();
  const offset = decoded.startsWith(prefix) ? Number(decoded.slice(prefix.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new BadUserInputError('after', 'not a cursor this API issued; pass an endCursor from a previous page');
  }
  return offset + 1;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function connectionOf<T>(nodes: T[], offset: number, total: number, kind: CursorKind): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(offset + index, kind), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: offset + nodes.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function toConnection(cards: Card[], offset: number, total: number): CardConnection {
  return connectionOf(cards, offset, total, 'card');
}
