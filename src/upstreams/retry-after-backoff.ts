import type { IBackoff, IBackoffFactory, IRetryBackoffContext } from 'cockatiel';
import { UpstreamError } from './errors';

type Context = IRetryBackoffContext<unknown>;

/**
 * Exponential back-off that yields to the upstream's own `Retry-After` when it sent one
 * (`shingsou.md` §8.7: "honour Retry-After"). Later attempts continue the exponential sequence.
 */
export class RetryAfterBackoff implements IBackoffFactory<Context> {
  constructor(private readonly fallback: IBackoffFactory<Context>) {}

  next(context: Context): IBackoff<Context> {
    const inner = this.fallback.next(context);
    const error = 'error' in context.result ? context.result.error : undefined;
    const hinted = error instanceof UpstreamError ? error.retryAfterSeconds : undefined;
    return {
      duration: hinted === undefined ? inner.duration : hinted * 1000,
      next: (nextContext) => new RetryAfterBackoff(inner).next(nextContext),
    };
  }
}
