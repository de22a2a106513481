import DataLoader from 'dataloader';
import type { Card } from '../domain';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';
import { SHINGSOU_LIMITS } from '../upstreams/shingsou/operations';

/**
 * Cards by ICCID or MSISDN, `null` when no upstream knows them. Batched into
 * `flowcard-get?cardNos=` at its limit of 100 (`shingsou.md` §8.6); results map back by
 * identifier, never by position, and each card is primed under its other identifier too.
 */
export function createCardByIdLoader(upstreams: Upstreams): DataLoader<string, Card | null> {
  const loader: DataLoader<string, Card | null> = new DataLoader<string, Card | null>(
    async (ids) => {
      if (!upstreams.shingsou) throw notConfigured('shingsou');
      const cards = await upstreams.shingsou.cards.find(ids);
      const byId = new Map<string, Card>();
      for (const card of cards) {
        byId.set(card.iccid, card);
        if (card.msisdn) byId.set(card.msisdn, card);
      }
      return ids.map((id) => {
        const card = byId.get(id) ?? null;
        if (card) for (const other of [card.iccid, card.msisdn]) if (other && other !== id) loader.prime(other, card);
        return card;
      });
    },
    { maxBatchSize: SHINGSOU_LIMITS.cardsPerRequest },
  );
  return loader;
}
