import { Carrier, type Card, type CardLocation, type CardPackage, type CardRealName, type CardSession, type CardStopReason, type CardUsage } from '../domain';
import type { Loaders } from '../loaders';
import { usageKey } from '../loaders/usage.loaders';
import type { Upstreams } from '../upstreams';
import { isUpstreamError } from '../upstreams/errors';
import { notConfigured } from '../upstreams/not-configured';

/**
 * Routing of a card's live data (issue 5 "Fan-out and batching"): China Mobile cards go to CMIOT
 * when it is configured, the carrier's own real-time source; every other card, and a China
 * Mobile card CMIOT does not know (NOT_FOUND: it may belong to another OneLink account), goes to
 * Shingsou. Reads Shingsou does not offer (session, balance) are `null` for other cards.
 */

interface Deps {
  upstreams: Upstreams;
  loaders: Loaders;
}

const viaCmiot = (card: Card, { upstreams }: Deps) => card.carrier === Carrier.CHINA_MOBILE && upstreams.cmiot !== undefined;

/** CMIOT first; Shingsou (when configured) if CMIOT does not know the card. */
async function cmiotThen<T>(deps: Deps, card: Card, cmiot: () => Promise<T>, shingsou: () => Promise<T>): Promise<T> {
  if (viaCmiot(card, deps)) {
    try {
      return await cmiot();
    } catch (error) {
      if (!(isUpstreamError(error) && error.code === 'NOT_FOUND' && deps.upstreams.shingsou)) throw error;
    }
  }
  return shingsou();
}

function required<T>(loader: T | undefined, upstream: 'shingsou' | 'cmiot'): T {
  if (loader === undefined) throw notConfigured(upstream);
  return loader;
}

export function usageOf(deps: Deps, card: Card, month: string, maxAge: number): Promise<CardUsage> {
  const key = usageKey(card, month, maxAge);
  const { live } = deps.loaders;
  return cmiotThen(
    deps,
    card,
    () => required(live.cmiotUsage, 'cmiot').load(key),
    () => required(live.shingsouUsage, 'shingsou').load(key),
  );
}

export function locationOf(deps: Deps, card: Card): Promise<CardLocation | null> {
  const { live } = deps.loaders;
  return cmiotThen(
    deps,
    card,
    () => required(live.cmiotLocation, 'cmiot').load(card),
    () => required(live.shingsouLocation, 'shingsou').load(card),
  );
}

/** CMIOT `sim-session`; Shingsou has no session read, so other cards are `null`. */
export async function sessionOf(deps: Deps, card: Card): Promise<CardSession | null> {
  return cmiotOnly(deps, card, (cmiot) => cmiot.session.load(card));
}

/** CMIOT `sim-stop-reason`: a China Mobile notion; other cards are `null`. */
export async function stopReasonOf(deps: Deps, card: Card): Promise<CardStopReason | null> {
  return cmiotOnly(deps, card, (cmiot) => cmiot.stopReason.load(card));
}

/** CMIOT `balance-info` in fen; Shingsou reports no card balance, so other cards are `null`. */
export async function balanceFenOf(deps: Deps, card: Card): Promise<number | null> {
  return cmiotOnly(deps, card, (cmiot) => cmiot.balanceFen.load(card));
}

/** CMIOT `sim-real-name-status` (with the date); otherwise the inventory's flag, no date. */
export function realNameOf(deps: Deps, card: Card): Promise<CardRealName | null> {
  const fromInventory = async (): Promise<CardRealName | null> => {
    const verified = card.inventory?.realName;
    return verified === undefined || verified === null ? null : { verified, at: null, source: 'SHINGSOU' };
  };
  return cmiotThen(deps, card, () => required(deps.loaders.live.cmiot, 'cmiot').realName.load(card), fromInventory);
}

/** CMIOT `ordered-offerings` (queryType 3); otherwise the inventory's package and expiry. */
export function packagesOf(deps: Deps, card: Card): Promise<CardPackage[]> {
  const fromInventory = async (): Promise<CardPackage[]> => {
    const name = card.inventory?.packageName;
    if (!name) return [];
    return [{ id: null, name, effectiveAt: null, expiresAt: card.inventory?.expiresAt ?? null, source: 'SHINGSOU' }];
  };
  return cmiotThen(deps, card, () => required(deps.loaders.live.cmiot, 'cmiot').packages.load(card), fromInventory);
}

async function cmiotOnly<T>(
  deps: Deps,
  card: Card,
  read: (cmiot: NonNullable<Loaders['live']['cmiot']>) => Promise<T>,
): Promise<T | null> {
  if (!viaCmiot(card, deps)) return null;
  try {
    return await read(required(deps.loaders.live.cmiot, 'cmiot'));
  } catch (error) {
    // A China Mobile card of another OneLink account: CMIOT has nothing to say about it.
    if (isUpstreamError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
