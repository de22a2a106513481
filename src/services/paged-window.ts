import type { Listing } from '../domain';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * An offset window (a Relay page) over a page-numbered upstream list (`shingsou.md` §3). A window
 * aligned to its own size is one upstream page; any other spans at most two pages of that size,
 * so a Relay page never costs more than two calls (the same rule as `card-inventory.ts`).
 */
export async function fetchWindow<T>(
  offset: number,
  limit: number,
  fetchPage: (request: PageRequest) => Promise<Listing<T>>,
): Promise<Listing<T>> {
  const firstPage = Math.floor(offset / limit) + 1;
  const skip = offset % limit;
  const pages = skip === 0 ? [firstPage] : [firstPage, firstPage + 1];
  const answers = await Promise.all(pages.map((page) => fetchPage({ page, pageSize: limit })));
  return { items: answers.flatMap((answer) => answer.items).slice(skip, skip + limit), total: answers[0]?.total ?? 0 };
}
