import type { Card } from '../domain';
import type { CardConnection } from './types/card-connection.type';
import { BadUserInputError } from './errors';

/**
 * Relay cursors over an offset window. A cursor is opaque to clients (base64 of
 * `card:<offset>`), so the paging scheme can change without breaking them.
 */

const PREFIX = 'card:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset just after `after`, or 0. A cursor we did not issue is bad input. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === undefined || after === null) return 0;
  const decoded = Buffer.from(after, 'base64url').toString();
  const offset = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new BadUserInputError('after', 'not a cursor this API issued; pass an endCursor from a previous page');
  }
  return offset + 1;
}

export function toConnection(cards: Card[], offset: number, total: number): CardConnection {
  const edges = cards.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: offset + cards.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
