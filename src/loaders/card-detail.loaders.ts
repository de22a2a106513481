import DataLoader from 'dataloader';
import type { Card, CardPackage, CardRealName, CardSession, CardStopReason } from '../domain';
import type { CmiotClient } from '../upstreams/cmiot/client';
import { fanOut } from './cached-batch';

/**
 * CMIOT single-card reads of China Mobile cards (`cmiot.md` §3.3: there is no batch form of any
 * of them). One loader per endpoint, keyed by ICCID, fanned out under the CMIOT bulkhead; the
 * loader makes it one call per card per request however many fields or aliases ask.
 */
export interface CardDetailLoaders {
  session: DataLoader<Card, CardSession, string>;
  stopReason: DataLoader<Card, CardStopReason, string>;
  realName: DataLoader<Card, CardRealName, string>;
  packages: DataLoader<Card, CardPackage[], string>;
  balanceFen: DataLoader<Card, number | null, string>;
}

export function createCardDetailLoaders(cmiot: CmiotClient): CardDetailLoaders {
  const live = cmiot.cardLive;
  return {
    session: perCard((card) => live.session({ iccid: card.iccid })),
    stopReason: perCard((card) => live.stopReason({ iccid: card.iccid })),
    realName: perCard((card) => live.realName({ iccid: card.iccid })),
    packages: perCard((card) => live.packages({ iccid: card.iccid })),
    balanceFen: perCard((card) => live.balanceFen({ iccid: card.iccid })),
  };
}

function perCard<V>(fetch: (card: Card) => Promise<V>): DataLoader<Card, V, string> {
  return new DataLoader<Card, V, string>((cards) => fanOut(cards, fetch), { cacheKeyFn: (card) => card.iccid });
}
