import type { Logger } from 'pino';
import type { CardEvent } from '../domain';
import type { FleetEventStore } from '../fleet-store/fleet-event-store';
import { bounded, sleepUnlessWoken } from './bounded';
import { CardEventFeed } from './event-feed';
import type { CardEventSelection } from './event-selection';

export interface CardEventHubOptions {
  store: Pick<FleetEventStore, 'eventsAfter' | 'lastEventSequence' | 'onEventsRecorded'>;
  /**
   * Whether the store is open now; while it is not, the hub waits and asks again at the next poll,
   * never opening it (demo mode's in-memory store opens at its first use: `reopening-fleet-store.ts`).
   * Default: always open.
   */
  storeIsOpen?: (() => boolean) | undefined;
  log: Logger;
  /** The outbox is read this often without a hint (a notification can be lost with its connection), ms. Default 2000. */
  pollMs?: number;
  /** The bound of each store call, ms. Default 5000. */
  callTimeoutMs?: number;
  /** Events read per store call. Default 500. */
  batchSize?: number;
  /** Events one subscriber may leave unread before it is ended as fallen behind. Default 1000. */
  bufferSize?: number;
  /** The longest wait between tries while the store fails, ms (the wait doubles from `pollMs`). Default 30000. */
  maxBackoffMs?: number;
  /** How long a catch-up waits for a subscriber with no room for the next batch before reading on, ms. Default 5000. */
  slowSubscriberGraceMs?: number;
}

export interface CardEventHub {
  /**
   * The events recorded from now on that `selection` matches, in sequence order, each once. Resolves
   * once the hub knows where the outbox ends (or its first try to find out ended: a store that is
   * down or not open yet is retried, and the feed starts where the hub then starts).
   */
  subscribe(selection: CardEventSelection): Promise<CardEventFeed>;
  /** Feeds open now. */
  readonly subscribers: number;
  /** Ends every feed and stops reading the store; bounded by the store call timeout. */
  close(): Promise<void>;
}

/**
 * Live delivery of the fleet store's outbox (issue 15 §3) to this process's subscribers. Every
 * replica tails the same outbox in sequence order, so a subscriber on any replica receives each
 * event once, whichever replica's store wrote it. Tailing runs only while someone listens: the
 * first subscriber starts it at the outbox's end, the last one to leave stops it.
 *
 * The store's notification (`onEventsRecorded`) only wakes the tail early; it reads `eventsAfter`
 * on every hint and every `pollMs` regardless. Store failures never escape: each is logged once
 * when reading starts failing and once when it works again, and retried with a doubling wait.
 */
export function createCardEventHub(options: CardEventHubOptions): CardEventHub {
  const settings = {
    pollMs: options.pollMs ?? 2000,
    callTimeoutMs: options.callTimeoutMs ?? 5000,
    batchSize: options.batchSize ?? 500,
    bufferSize: options.bufferSize ?? 1000,
    maxBackoffMs: options.maxBackoffMs ?? 30_000,
    slowSubscriberGraceMs: options.slowSubscriberGraceMs ?? 5000,
  };
  const feeds = new Set<CardEventFeed>();
  const stopping = new Set<Promise<void>>();
  let tail: Tail | undefined;
  let closed = false;

  const forget = (feed: CardEventFeed) => {
    feeds.delete(feed);
    if (feeds.size > 0 || !tail) return;
    const done = tail.stop();
    tail = undefined;
    stopping.add(done);
    void done.finally(() => stopping.delete(done));
  };

  return {
    async subscribe(selection) {
      const feed = new CardEventFeed(selection, settings.bufferSize, forget);
      if (closed) {
        feed.end();
        return feed;
      }
      feeds.add(feed);
      tail ??= startTail({ ...options, ...settings, feeds });
      await tail.positioned;
      return feed;
    },
    get subscribers() {
      return feeds.size;
    },
    async close() {
      closed = true;
      for (const feed of [...feeds]) feed.end();
      await Promise.all([...stopping]);
    },
  };
}

interface Tail {
  /** Resolves when the first try to find the outbox's end has ended. */
  positioned: Promise<void>;
  /** Stops reading; resolves when the loop has ended and the listener is stopped. */
  stop(): Promise<void>;
}

type TailOptions = CardEventHubOptions & Required<Omit<CardEventHubOptions, 'store' | 'storeIsOpen' | 'log'>> & { feeds: ReadonlySet<CardEventFeed> };

function startTail(options: TailOptions): Tail {
  const { store, log, feeds } = options;
  const controller = new AbortController();
  const stop = controller.signal;
  let wakeSleeper: (() => void) | undefined;
  let hinted = false;
  const hint = () => {
    hinted = true;
    wakeSleeper?.();
  };
  let markPositioned = () => {};
  const positioned = new Promise<void>((resolve) => (markPositioned = resolve));
  const call = <T>(what: string, work: (signal: AbortSignal) => Promise<T>, onLate?: (late: T) => void) => bounded(what, options.callTimeoutMs, stop, work, onLate);

  /** Hands events to every feed in order; between full batches, gives slow readers a moment. */
  const deliver = async (events: readonly CardEvent[]) => {
    for (const event of events) for (const feed of feeds) feed.offer(event);
    if (events.length < options.batchSize) return;
    const room = options.bufferSize - options.batchSize;
    const full = [...feeds].filter((feed) => feed.backlog > room);
    if (full.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(full.map((feed) => feed.whenBacklogAtMost(room))), new Promise<void>((resolve) => (timer = setTimeout(resolve, options.slowSubscriberGraceMs)))]);
    clearTimeout(timer);
  };

  const run = async () => {
    let last: number | undefined;
    let stopListening: (() => Promise<void>) | undefined;
    let listenFailedAt = 0;
    let failures = 0;
    try {
      while (!stop.aborted) {
        let waitMs = options.pollMs;
        try {
          if (options.storeIsOpen && !options.storeIsOpen()) {
            markPositioned();
          } else {
            last ??= await call('lastEventSequence', (signal) => store.lastEventSequence(signal));
            markPositioned();
            if (!stopListening && Date.now() - listenFailedAt >= options.maxBackoffMs) {
              // A hint only: without it delivery waits for the poll, so a failure is logged and reading goes on.
              try {
                stopListening = await call('onEventsRecorded', () => store.onEventsRecorded(hint), (late) => void late());
              } catch (error) {
                if (stop.aborted) break;
                listenFailedAt = Date.now();
                log.warn({ reason: reasonOf(error), pollMs: options.pollMs, retryInMs: options.maxBackoffMs }, 'fleet events: no store notifications; polling');
              }
            }
            hinted = false;
            for (;;) {
              const from: number = last;
              const events = await call('eventsAfter', (signal) => store.eventsAfter(from, options.batchSize, signal));
              if (stop.aborted) break;
              const lastRead = events.at(-1);
              if (lastRead) last = lastRead.sequence;
              await deliver(events);
              if (events.length < options.batchSize) break;
            }
            if (failures > 0) log.info({ failures }, 'fleet events: reading the store again');
            failures = 0;
          }
        } catch (error) {
          if (stop.aborted) break;
          markPositioned();
          failures += 1;
          if (failures === 1) log.warn({ reason: reasonOf(error) }, 'fleet events: the store failed; retrying with back-off');
          waitMs = Math.min(options.pollMs * 2 ** (failures - 1), options.maxBackoffMs);
        }
        if (hinted && failures === 0) continue;
        await sleepUnlessWoken(waitMs, stop, (wake) => (wakeSleeper = wake));
      }
    } finally {
      markPositioned();
      // A PostgreSQL listener ends its own connection; one that hangs is not waited for past the bound.
      if (stopListening) await bounded('stop listening', options.callTimeoutMs, new AbortController().signal, stopListening).catch(() => undefined);
    }
  };

  const done = run().catch((error: unknown) => log.error({ reason: reasonOf(error) }, 'fleet events: the tail stopped unexpectedly'));
  return {
    positioned,
    stop() {
      controller.abort();
      return done;
    },
  };
}

/** A store error's message (the store's errors carry no URL, host or user). */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
