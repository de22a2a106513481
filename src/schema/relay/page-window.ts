import type { Listing } from '../../domain';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * An offset window (a Relay page) over a page-numbered upstream list (`shingsou.md` §3): the one
 * pager every connection over an upstream list calls. The window is served by the upstream
 * pages it spans, fetched together, and cut out of them.
 *
 * `pageSize` defaults to the window's own size: a window aligned to it is one upstream page and
 * any other spans two, so a Relay page never costs more than two calls. An upstream with a fixed
 * page size (CMIOT API2022 pages by 20, `cmiot.md` §5) passes it, and a window costs the pages it
 * touches.
 */
export async function fetchWindow<T>(
  offset: number,
  limit: number,
  fetchPage: (request: PageRequest) => Promise<Listing<T>>,
  pageSize = limit,
): Promise<Listing<T>> {
  const firstPage = Math.floor(offset / pageSize) + 1;
  const lastPage = Math.floor((offset + limit - 1) / pageSize) + 1;
  const pages = Array.from({ length: lastPage - firstPage + 1 }, (_, index) => firstPage + index);
  const answers = await Promise.all(pages.map((page) => fetchPage({ page, pageSize })));
  const skip = offset - (firstPage - 1) * pageSize;
  return { items: answers.flatMap((answer) => answer.items).slice(skip, skip + limit), total: answers[0]?.total ?? 0 };
}
