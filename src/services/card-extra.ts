import { Carrier, type Card, type CardDailyUsage, type CmiotPlatform, type Listing, type PowerState } from '../domain';
import type { Loaders } from '../loaders';
import type { CardExtraLoaders } from '../loaders/card-extra.loaders';
import { BATCH_LIMITS } from '../loaders/batch-limits';
import type { Upstreams } from '../upstreams';
import { isUpstreamError } from '../upstreams/errors';
import { notConfigured } from '../upstreams/not-configured';
import { fetchWindow } from './paged-window';

/**
 * Routing of the CMIOT-only card reads (`cmiot.md` §3.3): platform, power state and daily usage
 * exist for China Mobile cards on CMIOT only; Shingsou has no counterpart, so every other card,
 * and every card when CMIOT is not configured, reads `null` without an error.
 */

interface Deps {
  upstreams: Upstreams;
  loaders: Loaders;
}

export function platformOf(deps: Deps, card: Card): Promise<CmiotPlatform | null> {
  return cmiotOnly(deps, card, (loaders) => loaders.platform.load(card));
}

export function powerStateOf(deps: Deps, card: Card): Promise<PowerState | null> {
  return cmiotOnly(deps, card, (loaders) => loaders.powerState.load(card));
}

/** `date` is `yyyy-MM-dd`, already checked against the 7-day window. */
export function dailyUsageOf(deps: Deps, card: Card, date: string): Promise<CardDailyUsage | null> {
  return cmiotOnly(deps, card, (loaders) => loaders.dailyUsage.load({ card, date }));
}

/**
 * An offset window over `query/group-member`: a window aligned to its size is one call, any
 * other at most two (`paged-window.ts`). `limit` is at most the page size of 50 (§5).
 */
export function groupMembersWindow(upstreams: Upstreams, groupId: string, offset: number, limit: number): Promise<Listing<Card>> {
  const { cmiot } = upstreams;
  if (!cmiot) throw notConfigured('cmiot');
  if (limit > BATCH_LIMITS.cmiotGroupMemberPage) throw new RangeError('group-member pages hold at most 50 members');
  return fetchWindow(offset, limit, ({ page, pageSize }) => cmiot.cardExtra.groupMembers(groupId, page, pageSize));
}

async function cmiotOnly<T>(deps: Deps, card: Card, read: (loaders: CardExtraLoaders) => Promise<T>): Promise<T | null> {
  const loaders = deps.loaders.cardExtra;
  if (card.carrier !== Carrier.CHINA_MOBILE || loaders === undefined) return null;
  try {
    return await read(loaders);
  } catch (error) {
    // A China Mobile card of another OneLink account: CMIOT has nothing to say about it.
    if (isUpstreamError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
