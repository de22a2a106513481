import { GraphQLError } from 'graphql';
import type { CardEvent } from '../domain';
import { matchesSelection, type CardEventSelection } from './event-selection';

/**
 * A subscriber that let `capacity` events wait unread is ended with this error rather than kept
 * growing: one stalled client must not hold the process's memory. The history
 * (`cardEvents(first, after)`) still has what it missed.
 */
export class SubscriberFellBehindError extends GraphQLError {
  constructor(capacity: number) {
    super(`This subscription fell behind: more than ${capacity} events waited unread. Subscribe again, and read what was missed from the cardEvents history`, {
      extensions: { code: 'SUBSCRIPTION_FELL_BEHIND', retryable: true },
    });
  }
}

const DONE: IteratorResult<CardEvent> = { value: undefined, done: true };

/**
 * One subscriber's events as an async iterator: the hub offers every event in sequence order,
 * the feed keeps those its selection matches until they are read. Written out rather than as an
 * async generator: a generator suspended in `await` cannot be returned from until its next
 * value, so a client's unsubscribe would wait for the next matching event (possibly never).
 */
export class CardEventFeed implements AsyncIterableIterator<CardEvent> {
  private readonly queue: CardEvent[] = [];
  private waiting: ((result: IteratorResult<CardEvent>) => void) | undefined;
  private failure: Error | undefined;
  private ended = false;
  private drained: { room: number; resolve: () => void } | undefined;

  constructor(
    private readonly selection: CardEventSelection,
    /** Events it may hold unread before it is ended with `SubscriberFellBehindError`. */
    private readonly capacity: number,
    private readonly onEnd: (feed: CardEventFeed) => void,
  ) {}

  /** Events waiting to be read. */
  get backlog(): number {
    return this.queue.length;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** The hub's delivery: kept when it matches, handed over at once when a read is waiting. */
  offer(event: CardEvent): void {
    if (this.ended || !matchesSelection(event, this.selection)) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value: event, done: false });
      return;
    }
    if (this.queue.length >= this.capacity) {
      this.failure = new SubscriberFellBehindError(this.capacity);
      this.end();
      return;
    }
    this.queue.push(event);
  }

  /** Resolves once at most `room` events wait (or the feed ended): the hub's pause in a catch-up. */
  whenBacklogAtMost(room: number): Promise<void> {
    if (this.ended || this.queue.length <= room) return Promise.resolve();
    this.drained?.resolve();
    return new Promise((resolve) => (this.drained = { room, resolve }));
  }

  next(): Promise<IteratorResult<CardEvent>> {
    const event = this.queue.shift();
    if (event !== undefined) {
      if (this.drained && this.queue.length <= this.drained.room) {
        this.drained.resolve();
        this.drained = undefined;
      }
      return Promise.resolve({ value: event, done: false });
    }
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The client unsubscribed (or its connection closed). */
  return(): Promise<IteratorResult<CardEvent>> {
    this.failure = undefined;
    this.end();
    return Promise.resolve(DONE);
  }

  throw(error: unknown): Promise<IteratorResult<CardEvent>> {
    this.end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the feed: a waiting read is done, the unread events are dropped, the hub forgets it. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.waiting?.(DONE);
    this.waiting = undefined;
    this.drained?.resolve();
    this.drained = undefined;
    this.onEnd(this);
  }
}
