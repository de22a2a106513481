import { shingsouOperatorFromCarrier, type Card, type KnownCarrier } from '../domain';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';

export interface CardWindow {
  /** Zero-based position of the first card wanted. */
  offset: number;
  /** How many cards, 1..100. */
  limit: number;
  carrier?: KnownCarrier | undefined;
}

export interface CardSlice {
  cards: Card[];
  total: number;
}

/**
 * The inventory as an offset window over Shingsou's page-numbered `flowcard-get`. A window
 * aligned to its own size is one upstream page; any other window spans at most two pages of
 * that size, so a page never costs more than two calls.
 */
export async function listCards(upstreams: Upstreams, window: CardWindow): Promise<CardSlice> {
  const { shingsou } = upstreams;
  if (!shingsou) throw notConfigured('shingsou');
  const { offset, limit } = window;
  const operator = window.carrier && shingsouOperatorFromCarrier(window.carrier);
  const firstPage = Math.floor(offset / limit) + 1;
  const skip = offset % limit;
  const pages = skip === 0 ? [firstPage] : [firstPage, firstPage + 1];
  const answers = await Promise.all(pages.map((page) => shingsou.cards.list({ page, pageSize: limit, operator })));
  const cards = answers.flatMap((answer) => answer.cards).slice(skip, skip + limit);
  return { cards, total: answers[0]?.total ?? 0 };
}
