import { UpstreamError, type UpstreamName } from './errors';

/**
 * Waits on behalf of one GraphQL request end at that request's deadline (`REQUEST_TIMEOUT_MS`,
 * issue 9 item 1): the edge gives each request a flow with a deadline signal
 * (`request-flow.ts`), and every wait of the upstream layer (a queue slot, a token, a lease, a
 * back-off) goes through these helpers with it. Giving up a wait never cancels the shared work
 * behind it (a token fetch other requests wait on too).
 */

export function deadlineExceeded(upstream: UpstreamName, waitingFor: string): UpstreamError {
  return new UpstreamError({
    upstream,
    code: 'DEADLINE_EXCEEDED',
    message: `the request's deadline passed while ${waitingFor}`,
    retryable: false,
  });
}

/** `work`'s outcome, or `DEADLINE_EXCEEDED` as soon as `signal` aborts; `work` goes on. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, upstream: UpstreamName, waitingFor: string): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(deadlineExceeded(upstream, waitingFor));
  }
  return raceAbort(work, signal, () => deadlineExceeded(upstream, waitingFor));
}

/**
 * `work`'s outcome, unless `signal` aborts first and `onAbort` names the error to fail with then
 * (`undefined`: the abort does not concern this wait, keep waiting). `work` goes on either way.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal, onAbort: () => Error | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = () => {
      const failure = onAbort();
      if (failure) reject(failure);
    };
    signal.addEventListener('abort', aborted, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', aborted);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', aborted);
        reject(error);
      },
    );
  });
}

/** Sleeps `ms`, or fails with `DEADLINE_EXCEEDED` when `signal` aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined, upstream: UpstreamName, waitingFor: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slept = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return untilAborted(slept, signal, upstream, waitingFor).finally(() => clearTimeout(timer));
}
