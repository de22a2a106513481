import { performance } from 'node:perf_hooks';
import { currentShanghaiMonth, type Card } from '../../src/domain';
import type { FleetStore, FleetUsageReading } from '../../src/fleet-store/fleet-store';
import { isUpstreamError } from '../../src/upstreams/errors';
import { requireUpstream, type Upstreams } from '../../src/upstreams';

/**
 * Fills a fleet store from the simulators through the gateway's own upstream clients, the way
 * the sync reads them (`src/fleet-sync/`), only without its call budget, so what is timed is the
 * clients, the simulators and the store:
 *
 * 1. the inventory pass: every `flowcard-get` page of 100, one after another, each upserted with
 *    the status the platform stored for its cards (`inventory-pass.ts`);
 * 2. this month's usage, routed as `usage-refresh.ts` routes it: China Mobile cards from CMIOT's
 *    monthly batch of 100, a China Mobile card CMIOT does not know (NOT_FOUND) and every other
 *    card from Shingsou `flowcard-data`, one call per card (it has no batch form,
 *    `shingsou.md` §5.2), `concurrency` calls at a time.
 */

export interface FleetSeedResult {
  cards: number;
  inventory: {
    pages: number;
    seconds: number;
    /** Of `seconds`: waiting for `flowcard-get` pages (client, simulator), and writing them (store). */
    upstreamSeconds: number;
    storeSeconds: number;
    callsPerSec: number;
    cardsPerSec: number;
  };
  usage: {
    cmiotBatches: number;
    shingsouCalls: number;
    /** Cards whose usage no upstream answered (they stay without a reading, read live by maxAge fields). */
    unread: number;
    seconds: number;
    callsPerSec: number;
  };
  seconds: number;
}

export interface FleetSeedOptions {
  /** Upstream calls in flight during the usage step (the inventory pass is sequential, as the sync's). */
  concurrency: number;
  /** When the readings were taken; default now. */
  syncedAt?: Date;
  /** Hears each step's progress (a 200,000-card seed takes minutes). */
  onProgress?: (line: string) => void;
}

const round = (ms: number) => Math.round(ms / 100) / 10;
const seconds = (since: number) => round(performance.now() - since);
const perSec = (count: number, secs: number) => (secs > 0 ? Math.round(count / secs) : 0);

export async function seedFleetStore(store: FleetStore, upstreams: Upstreams, options: FleetSeedOptions): Promise<FleetSeedResult> {
  const started = performance.now();
  const syncedAt = options.syncedAt ?? new Date();
  const inventory = await inventoryPass(store, upstreams, syncedAt, options);
  const usageStarted = performance.now();
  const usage = await usageStep(store, upstreams, inventory.cards, options);
  const usageSeconds = seconds(usageStarted);
  return {
    cards: inventory.cards.length,
    inventory: {
      pages: inventory.pages,
      seconds: inventory.seconds,
      upstreamSeconds: inventory.upstreamSeconds,
      storeSeconds: inventory.storeSeconds,
      callsPerSec: perSec(inventory.pages, inventory.seconds),
      cardsPerSec: perSec(inventory.cards.length, inventory.seconds),
    },
    usage: { ...usage, seconds: usageSeconds, callsPerSec: perSec(usage.cmiotBatches + usage.shingsouCalls, usageSeconds) },
    seconds: seconds(started),
  };
}

async function inventoryPass(store: FleetStore, upstreams: Upstreams, syncedAt: Date, options: FleetSeedOptions) {
  const shingsou = requireUpstream(upstreams, 'shingsou');
  const started = performance.now();
  const cards: Card[] = [];
  let pages = 0;
  let upstreamMs = 0;
  let storeMs = 0;
  for (let page = 1; ; page += 1) {
    const asked = performance.now();
    const answer = await shingsou.cards.inventoryPage(page, 100);
    const answered = performance.now();
    pages += 1;
    await store.upsertInventory(answer.rows, syncedAt);
    upstreamMs += answered - asked;
    storeMs += performance.now() - answered;
    cards.push(...answer.rows.map((row) => row.card));
    if (page % 200 === 0) options.onProgress?.(`inventory page ${page} of ${Math.ceil(answer.total / 100)}`);
    if (answer.rows.length === 0 || page * 100 >= answer.total) break;
  }
  return { cards, pages, seconds: seconds(started), upstreamSeconds: round(upstreamMs), storeSeconds: round(storeMs) };
}

async function usageStep(store: FleetStore, upstreams: Upstreams, cards: readonly Card[], options: FleetSeedOptions) {
  const shingsou = requireUpstream(upstreams, 'shingsou');
  const cmiot = requireUpstream(upstreams, 'cmiot');
  const month = currentShanghaiMonth();
  const readings: FleetUsageReading[] = [];
  const read = (iccid: string, usage: FleetUsageReading['usage']) => readings.push({ iccid, usage, syncedAt: new Date() });
  const mobile = cards.filter((card) => card.carrier === 'CHINA_MOBILE').map((card) => card.iccid);
  const others = cards.filter((card) => card.carrier !== 'CHINA_MOBILE').map((card) => card.iccid);
  let cmiotBatches = 0;
  let shingsouCalls = 0;
  let unread = 0;

  const batches = Array.from({ length: Math.ceil(mobile.length / 100) }, (_, i) => mobile.slice(i * 100, i * 100 + 100));
  await inParallel(batches, options.concurrency, async (batch) => {
    cmiotBatches += 1;
    const answers = await cmiot.cardLive.usageMonthly(batch, month);
    for (const iccid of batch) {
      const answer = answers.get(iccid);
      if (answer !== undefined && !(answer instanceof Error)) read(iccid, answer);
      else if (isUpstreamError(answer) && answer.code === 'NOT_FOUND') others.push(iccid);
      else unread += 1;
    }
  });
  options.onProgress?.(`usage: ${cmiotBatches} CMIOT batches; ${others.length} cards for flowcard-data`);

  await inParallel(others, options.concurrency, async (iccid) => {
    shingsouCalls += 1;
    try {
      read(iccid, await shingsou.cardLive.usage(iccid, month));
    } catch {
      unread += 1;
    }
    if (shingsouCalls % 20_000 === 0) options.onProgress?.(`usage: ${shingsouCalls} of ${others.length} flowcard-data calls`);
  });
  await store.upsertUsages(readings);
  return { cmiotBatches, shingsouCalls, unread };
}

/** `work` over every item, at most `concurrency` at once, in order of start. */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
