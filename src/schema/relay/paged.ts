import type { Listing } from '../../domain';
import { fetchWindow, type PageRequest } from './page-window';
import type { PageArgs } from './page.args';
import { connectionOf, offsetAfter, type Connection, type CursorKind } from './connection';
import { checkPageSize } from '../card/card.checks';

/**
 * A Relay page over a page-numbered Shingsou list. Arguments are checked first, so a bad `first`
 * or `after` costs no upstream call.
 */
export async function relayPage<T, N>(
  args: PageArgs,
  kind: CursorKind,
  fetchPage: (request: PageRequest) => Promise<Listing<T>>,
  toNode: (item: T) => N,
): Promise<Connection<N>> {
  const limit = checkPageSize(args.first);
  const offset = offsetAfter(args.after, kind);
  const { items, total } = await fetchWindow(offset, limit, fetchPage);
  return connectionOf(items.map(toNode), offset, total, kind);
}
