import type DataLoader from 'dataloader';
import type { Card, CardDailyUsage, CardLocation, CardPackage, CardRealName, CardSession, CardStatus, CardStopReason, CardUsage, CmiotPlatform, PowerState } from '../domain';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';
import { statusKey } from './card-status.loader';
import type { CardExtraLoaders } from './card-extra.loaders';
import type { LiveLoaders } from './live';
import { cmiotFirst, cmiotOnly } from './routing';
import { usageKey } from './usage.loaders';

/**
 * A card's live reads, each through its per-request loader and routed by the one rule of
 * `routing.ts`. Reads only CMIOT offers (session, stop reason, balance, platform, power state,
 * daily usage: `cmiot.md` §3.3) are `null` for other cards; reads Shingsou answers from the
 * inventory (real name, packages) fall back to it.
 */
export interface CardReads {
  status(card: Card, maxAge: number): Promise<CardStatus>;
  usage(card: Card, month: string, maxAge: number): Promise<CardUsage>;
  location(card: Card): Promise<CardLocation | null>;
  session(card: Card): Promise<CardSession | null>;
  stopReason(card: Card): Promise<CardStopReason | null>;
  balanceFen(card: Card): Promise<number | null>;
  realName(card: Card): Promise<CardRealName | null>;
  packages(card: Card): Promise<CardPackage[]>;
  platform(card: Card): Promise<CmiotPlatform | null>;
  powerState(card: Card): Promise<PowerState | null>;
  /** `date` is `yyyy-MM-dd`, already checked against the 7-day window. */
  dailyUsage(card: Card, date: string): Promise<CardDailyUsage | null>;
}

/** The request's loaders the reads go through. */
interface Loaders {
  cardStatus: DataLoader<Card, CardStatus, string>;
  live: LiveLoaders;
  cardExtra?: CardExtraLoaders | undefined;
}

interface Deps {
  upstreams: Upstreams;
  loaders: Loaders;
}

/** The reads of one request, over its loaders. */
export function createCardReads(upstreams: Upstreams, loaders: Loaders): CardReads {
  const deps = { upstreams, loaders };
  return {
    status: (card, maxAge) => statusOf(deps, card, maxAge),
    usage: (card, month, maxAge) => usageOf(deps, card, month, maxAge),
    location: (card) => locationOf(deps, card),
    session: (card) => sessionOf(deps, card),
    stopReason: (card) => stopReasonOf(deps, card),
    balanceFen: (card) => balanceFenOf(deps, card),
    realName: (card) => realNameOf(deps, card),
    packages: (card) => packagesOf(deps, card),
    platform: (card) => platformOf(deps, card),
    powerState: (card) => powerStateOf(deps, card),
    dailyUsage: (card, date) => dailyUsageOf(deps, card, date),
  };
}

/** A loader exists when its upstream is configured; the rule only asks for CMIOT's when it is. */
function required<T>(loader: T | undefined, upstream: 'shingsou' | 'cmiot'): T {
  if (loader === undefined) throw notConfigured(upstream);
  return loader;
}

/**
 * Live status (routed inside the `cardStatus` loader); with `maxAge` > 0 (seconds) an answer that
 * old from the shared live cache will do.
 */
function statusOf({ loaders }: Deps, card: Card, maxAge: number): Promise<CardStatus> {
  return maxAge === 0 ? loaders.cardStatus.load(card) : loaders.live.cachedStatus.load(statusKey(card, maxAge));
}

function usageOf({ upstreams, loaders }: Deps, card: Card, month: string, maxAge: number): Promise<CardUsage> {
  const key = usageKey(card, month, maxAge);
  return cmiotFirst(upstreams, card, {
    cmiot: () => required(loaders.live.cmiotUsage, 'cmiot').load(key),
    shingsou: () => required(loaders.live.shingsouUsage, 'shingsou').load(key),
  });
}

function locationOf({ upstreams, loaders }: Deps, card: Card): Promise<CardLocation | null> {
  return cmiotFirst(upstreams, card, {
    cmiot: () => required(loaders.live.cmiotLocation, 'cmiot').load(card),
    shingsou: () => required(loaders.live.shingsouLocation, 'shingsou').load(card),
  });
}

/** CMIOT `sim-session`; Shingsou has no session read. */
function sessionOf(deps: Deps, card: Card): Promise<CardSession | null> {
  return cmiotOnly(deps.upstreams, card, () => cmiotDetails(deps).session.load(card));
}

/** CMIOT `sim-stop-reason`: a China Mobile notion. */
function stopReasonOf(deps: Deps, card: Card): Promise<CardStopReason | null> {
  return cmiotOnly(deps.upstreams, card, () => cmiotDetails(deps).stopReason.load(card));
}

/** CMIOT `balance-info` in fen; Shingsou reports no card balance. */
function balanceFenOf(deps: Deps, card: Card): Promise<number | null> {
  return cmiotOnly(deps.upstreams, card, () => cmiotDetails(deps).balanceFen.load(card));
}

/** CMIOT `sim-real-name-status` (with the date); otherwise the inventory's flag, no date. */
function realNameOf(deps: Deps, card: Card): Promise<CardRealName | null> {
  return cmiotFirst<CardRealName | null>(deps.upstreams, card, {
    cmiot: () => cmiotDetails(deps).realName.load(card),
    shingsou: async () => {
      const verified = card.inventory?.realName;
      return verified === undefined || verified === null ? null : { verified, at: null, source: 'SHINGSOU' };
    },
  });
}

/** CMIOT `ordered-offerings` (queryType 3); otherwise the inventory's package and expiry. */
function packagesOf(deps: Deps, card: Card): Promise<CardPackage[]> {
  return cmiotFirst(deps.upstreams, card, {
    cmiot: () => cmiotDetails(deps).packages.load(card),
    shingsou: async (): Promise<CardPackage[]> => {
      const name = card.inventory?.packageName;
      if (!name) return [];
      return [{ id: null, name, effectiveAt: null, expiresAt: card.inventory?.expiresAt ?? null, source: 'SHINGSOU' }];
    },
  });
}

/** CMIOT `sim-platform` (batched by 100). */
function platformOf(deps: Deps, card: Card): Promise<CmiotPlatform | null> {
  return cmiotOnly(deps.upstreams, card, () => cmiotExtra(deps).platform.load(card));
}

/** CMIOT `on-off-status`. */
function powerStateOf(deps: Deps, card: Card): Promise<PowerState | null> {
  return cmiotOnly(deps.upstreams, card, () => cmiotExtra(deps).powerState.load(card));
}

/** CMIOT daily usage; `date` is `yyyy-MM-dd`, already checked against the 7-day window. */
function dailyUsageOf(deps: Deps, card: Card, date: string): Promise<CardDailyUsage | null> {
  return cmiotOnly(deps.upstreams, card, () => cmiotExtra(deps).dailyUsage.load({ card, date }));
}

const cmiotDetails = ({ loaders }: Deps) => required(loaders.live.cmiot, 'cmiot');
const cmiotExtra = ({ loaders }: Deps) => required(loaders.cardExtra, 'cmiot');
