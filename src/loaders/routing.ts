import { Carrier, type Card } from '../domain';
import type { Upstreams } from '../upstreams';
import { isUpstreamError } from '../upstreams/errors';

/**
 * The one card-read routing rule (ARCHITECTURE.md, "one routing rule"): a China Mobile card is
 * read from CMIOT when it is configured, the carrier's own real-time source; every other card,
 * and a China Mobile card CMIOT does not know (NOT_FOUND: it may belong to another OneLink
 * account, `card-status.md` §7.4), is read from Shingsou.
 */
export function readsCmiot(card: Card, upstreams: Pick<Upstreams, 'cmiot'>): boolean {
  return card.carrier === Carrier.CHINA_MOBILE && upstreams.cmiot !== undefined;
}

/** CMIOT first; Shingsou (when configured) if CMIOT does not know the card. */
export async function cmiotFirst<T>(
  upstreams: Pick<Upstreams, 'cmiot' | 'shingsou'>,
  card: Card,
  read: { cmiot: () => Promise<T>; shingsou: () => Promise<T> },
): Promise<T> {
  if (readsCmiot(card, upstreams)) {
    try {
      return await read.cmiot();
    } catch (error) {
      if (!(isUpstreamError(error) && error.code === 'NOT_FOUND' && upstreams.shingsou)) throw error;
    }
  }
  return read.shingsou();
}

/**
 * A read only CMIOT offers (session, stop reason, platform, ...): `null` without an error for
 * every card the rule does not send to CMIOT, and for a China Mobile card CMIOT does not know.
 */
export async function cmiotOnly<T>(upstreams: Pick<Upstreams, 'cmiot'>, card: Card, read: () => Promise<T>): Promise<T | null> {
  if (!readsCmiot(card, upstreams)) return null;
  try {
    return await read();
  } catch (error) {
    // A China Mobile card of another OneLink account: CMIOT has nothing to say about it.
    if (isUpstreamError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
