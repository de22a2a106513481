import DataLoader from 'dataloader';
import { Carrier, type Card, type CardStatus } from '../domain';
import { isUpstreamError } from '../upstreams/errors';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';

/**
 * Live status per card. Neither upstream has a batch status query (`cmiot.md` §3.3 notes,
 * `shingsou.md` §5.2), so the batch function fans out single-card calls; the per-upstream
 * bulkhead in `http.ts` bounds how many run at once. The loader still earns its keep: one call
 * per card per request however many times a query names it.
 */
export function createCardStatusLoader(upstreams: Upstreams): DataLoader<Card, CardStatus, string> {
  return new DataLoader<Card, CardStatus, string>(
    (cards) => Promise.all(cards.map((card) => statusOf(upstreams, card).catch((error: unknown) => toError(error)))),
    { cacheKeyFn: (card) => card.iccid },
  );
}

async function statusOf({ shingsou, cmiot }: Upstreams, card: Card): Promise<CardStatus> {
  // China Mobile's own platform is the real-time source for its cards (ARCHITECTURE.md).
  if (card.carrier === Carrier.CHINA_MOBILE && cmiot) {
    try {
      return await cmiot.cards.status({ iccid: card.iccid });
    } catch (error) {
      // A China Mobile card bought through Shingsou may belong to another OneLink account.
      if (!(isUpstreamError(error) && error.code === 'NOT_FOUND' && shingsou)) throw error;
    }
  }
  if (!shingsou) throw notConfigured('shingsou');
  return shingsou.cards.status(card.iccid);
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
