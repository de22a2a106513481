import DataLoader from 'dataloader';
import { CardState, Carrier, normalizeStatus, type Card, type CardStatus, type CardStopReason } from '../domain';
import { isUpstreamError } from '../upstreams/errors';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';
import { fanOut } from './cached-batch';

/**
 * Live status per card. Neither upstream has a batch status query (`cmiot.md` §3.3 notes,
 * `shingsou.md` §5.2), so the batch function fans out single-card calls; the per-upstream
 * bulkhead in `http.ts` bounds how many run at once. The loader still earns its keep: one call
 * per card per request however many times a query names it.
 *
 * A China Mobile card that CMIOT reports SUSPENDED gets its stop reason too (`sim-stop-reason`,
 * through `stopReasons` so that `Card.stopReason` shares the call): the raw `02`/`4` does not
 * carry the cause, the stop reason does (`card-status.md` §4.3).
 */
export function createCardStatusLoader(
  upstreams: Upstreams,
  stopReasons?: DataLoader<Card, CardStopReason, string>,
): DataLoader<Card, CardStatus, string> {
  return new DataLoader<Card, CardStatus, string>((cards) => fanOut(cards, (card) => statusOf(upstreams, card, stopReasons)), {
    cacheKeyFn: (card) => card.iccid,
  });
}

async function statusOf(
  { shingsou, cmiot }: Upstreams,
  card: Card,
  stopReasons: DataLoader<Card, CardStopReason, string> | undefined,
): Promise<CardStatus> {
  // China Mobile's own platform is the real-time source for its cards (ARCHITECTURE.md).
  if (card.carrier === Carrier.CHINA_MOBILE && cmiot) {
    let status: CardStatus | undefined;
    try {
      status = await cmiot.cards.status({ iccid: card.iccid });
    } catch (error) {
      // A China Mobile card bought through Shingsou may belong to another OneLink account.
      if (!(isUpstreamError(error) && error.code === 'NOT_FOUND' && shingsou)) throw error;
    }
    if (status) return status.state === CardState.SUSPENDED && stopReasons ? withStopReason(status, await stopReasons.load(card)) : status;
  }
  if (!shingsou) throw notConfigured('shingsou');
  return shingsou.cards.status(card.iccid);
}

/** Normalizes the same raw code again, now with the stop reason (`card-status.md` §3, §4.3). */
function withStopReason(status: CardStatus, stopReason: CardStopReason): CardStatus {
  const { source, carrier, code } = status.raw;
  if (source === 'SHINGSOU') return status;
  return normalizeStatus({ source, carrier, code, stopReason: stopReason.code, checkedAt: status.checkedAt });
}
