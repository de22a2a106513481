import { createSourceEventStream, execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { Caller, GatewayContext } from '../../schema/context';
import type { SubscriptionMetrics } from '../metrics';

/** What `onSubscribe` decided for one subscription, carried to `subscribe` on its execution arguments. */
export interface SubscriptionPlan {
  requestId: string;
  caller: Caller;
  operationName: string | undefined;
  /** Estimated upstream calls of one event's selection; charged to the caller's budget per event. */
  callsPerEvent: number;
  /** Ends the deadline of the subscribe phase's context (`timedFlow`). */
  endSubscribePhase(): void;
  log: Logger;
}

export interface PlannedExecutionArgs extends ExecutionArgs {
  plan: SubscriptionPlan;
}

export interface EventResultsOptions {
  /** A context of its own for one event, as HTTP builds one per request; `end()` clears its deadline. */
  eventContext(caller: Caller, requestId: string): { context: GatewayContext; end(): void };
  /** The per-key upstream-call budget (`rate-limit.ts`); rejects with RATE_LIMITED. */
  chargeUpstreamCalls(key: string, calls: number): Promise<void>;
  metrics: SubscriptionMetrics;
}

/**
 * graphql-ws's `subscribe`: graphql-js's own, except that each event runs in a context of its own.
 * graphql-js would run every event in the subscription's one context: its DataLoaders would cache a
 * card's live status for hours, and its request deadline would fail every live field after the
 * first `REQUEST_TIMEOUT_MS`. Here each event gets fresh loaders and its own deadline, and the live
 * upstream calls its selection may make are charged to the key's budget first (over budget: that
 * event is one RATE_LIMITED error, and the subscription goes on).
 */
export function subscribeWithEventContexts(options: EventResultsOptions) {
  return async (args: ExecutionArgs): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> => {
    const { plan } = args as PlannedExecutionArgs;
    let source: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      // The field's `subscribe`: the scope check (FORBIDDEN), the filter, the hub's feed.
      source = await createSourceEventStream(args);
    } finally {
      plan.endSubscribePhase();
    }
    if (!(Symbol.asyncIterator in source)) return source;
    return new EventResults(source[Symbol.asyncIterator](), args, plan, options);
  };
}

/** Written out rather than as an async generator, so that a client's `complete` ends it at once. */
class EventResults implements AsyncIterableIterator<ExecutionResult> {
  private events = 0;
  private finished = false;
  private readonly startedAt = Date.now();

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly plan: SubscriptionPlan,
    private readonly options: EventResultsOptions,
  ) {
    options.metrics.subscriptionStarted();
    plan.log.info({ operationName: plan.operationName, callsPerEvent: plan.callsPerEvent }, 'subscription started');
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    let event: IteratorResult<unknown>;
    try {
      event = await this.source.next();
    } catch (error) {
      this.finish('failed');
      throw error;
    }
    if (event.done) {
      this.finish('ended');
      return { value: undefined, done: true };
    }
    this.events += 1;
    const result = await this.run(event.value);
    this.options.metrics.eventSent();
    return { value: result, done: false };
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish('completed');
    await this.source.return?.();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.finish('failed');
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async run(payload: unknown): Promise<ExecutionResult> {
    const { plan, options } = this;
    if (plan.callsPerEvent > 0) {
      try {
        await options.chargeUpstreamCalls(plan.caller.id, plan.callsPerEvent);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        plan.log.warn({ estimatedCalls: plan.callsPerEvent, limit: 'upstreamCalls' }, 'subscription event refused: rate limited');
        return { errors: [error] };
      }
    }
    const { context, end } = options.eventContext(plan.caller, `${plan.requestId}:${this.events}`);
    try {
      return await execute({ ...this.args, rootValue: payload, contextValue: context });
    } finally {
      end();
    }
  }

  private finish(reason: 'completed' | 'ended' | 'failed'): void {
    if (this.finished) return;
    this.finished = true;
    this.options.metrics.subscriptionEnded();
    this.plan.log.info({ operationName: this.plan.operationName, events: this.events, durationMs: Date.now() - this.startedAt, reason }, 'subscription ended');
  }
}
