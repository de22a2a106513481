import type { ArrearsSuspendedCard } from '../domain';
import { BATCH_LIMITS } from '../loaders/batch-limits';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';

export interface ArrearsWindow {
  cards: ArrearsSuspendedCard[];
  total: number;
}

/**
 * An offset window over CMIOT API2022, which pages by 20 at most (`cmiot.md` §5): the pages the
 * window spans, fetched together, so a window of `n` cards costs `ceil` of the pages it touches.
 */
export async function arrearsWindow(upstreams: Upstreams, offset: number, limit: number): Promise<ArrearsWindow> {
  const { cmiot } = upstreams;
  if (!cmiot) throw notConfigured('cmiot');
  const size = BATCH_LIMITS.cmiotArrearsPage;
  const firstPage = Math.floor(offset / size) + 1;
  const lastPage = Math.floor((offset + limit - 1) / size) + 1;
  const pageNums = Array.from({ length: lastPage - firstPage + 1 }, (_, index) => firstPage + index);
  const pages = await Promise.all(pageNums.map((pageNum) => cmiot.arrears.page(pageNum, size)));
  const skip = offset - (firstPage - 1) * size;
  return { cards: pages.flatMap((page) => page.cards).slice(skip, skip + limit), total: pages[0]?.total ?? 0 };
}
