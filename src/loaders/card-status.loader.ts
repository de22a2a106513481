import DataLoader from 'dataloader';
import { CardState, normalizeStatus, type Card, type CardStatus, type CardStopReason } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';
import { LIVE_TTL_MS, type LiveCache } from '../upstreams/live-cache';
import { cachedBatch, fanOut } from './cached-batch';
import type { LiveReadSink } from './live-read-sink';
import { cmiotFirst } from './routing';

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
  liveReads?: LiveReadSink,
): DataLoader<Card, CardStatus, string> {
  return new DataLoader<Card, CardStatus, string>(
    async (cards) => {
      const answers = await fanOut(cards, (card) => statusOf(upstreams, card, stopReasons));
      liveReads?.statuses(answered(cards, answers).map(([card, status]) => ({ card, status })));
      return answers;
    },
    { cacheKeyFn: (card) => card.iccid },
  );
}

/** The keys that got an answer, with it (per-key errors left out). */
export function answered<K, V>(keys: readonly K[], answers: readonly (V | Error)[]): [K, V][] {
  return keys.flatMap((key, index) => {
    const answer = answers[index];
    return answer === undefined || answer instanceof Error ? [] : [[key, answer] as [K, V]];
  });
}

async function statusOf(
  upstreams: Upstreams,
  card: Card,
  stopReasons: DataLoader<Card, CardStopReason, string> | undefined,
): Promise<CardStatus> {
  const status = await cmiotFirst(upstreams, card, {
    cmiot: () => requireUpstream(upstreams, 'cmiot').cards.status({ iccid: card.iccid }),
    shingsou: () => requireUpstream(upstreams, 'shingsou').cards.status(card.iccid),
  });
  // Only CMIOT's answer carries a code its stop reason refines; Shingsou's is final.
  if (status.raw.source === 'SHINGSOU' || status.state !== CardState.SUSPENDED || !stopReasons) return status;
  return withStopReason(status, await stopReasons.load(card));
}

/** Normalizes the same raw code again, now with the stop reason (`card-status.md` §3, §4.3). */
function withStopReason(status: CardStatus, stopReason: CardStopReason): CardStatus {
  const { source, carrier, code } = status.raw;
  if (source === 'SHINGSOU') return status;
  return normalizeStatus({ source, carrier, code, stopReason: stopReason.code, checkedAt: status.checkedAt });
}

export interface StatusKey {
  card: Card;
  /** Seconds; `0` = always live. */
  maxAge: number;
  cacheKey: string;
}

export function statusKey(card: Card, maxAge: number): StatusKey {
  return { card, maxAge, cacheKey: `status:${card.iccid}` };
}

/**
 * Status through the shared live cache: answers no older than `maxAge` come from the cache
 * (read once per batch, inside the batch function); the rest go to the live `cardStatus` loader,
 * which routes and fans them out.
 */
export function createCachedStatusLoader(cache: LiveCache, live: DataLoader<Card, CardStatus, string>): DataLoader<StatusKey, CardStatus, string> {
  return new DataLoader<StatusKey, CardStatus, string>(
    (keys) => cachedBatch(cache, keys, LIVE_TTL_MS, (misses) => live.loadMany(misses.map((key) => key.card))),
    { cacheKeyFn: (key) => `${key.maxAge}|${key.cacheKey}` },
  );
}
