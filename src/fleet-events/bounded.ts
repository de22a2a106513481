/** The store call did not answer within its bound. */
export class StoreCallTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
  }
}

/**
 * `call` with a bound: its signal aborts after `ms` (or when `stop` aborts), and the answer is
 * not waited for past that even if the call ignores its signal. `onLate` receives an answer that
 * came after all (a listener to stop).
 */
export function bounded<T>(what: string, ms: number, stop: AbortSignal, call: (signal: AbortSignal) => Promise<T>, onLate?: (late: T) => void): Promise<T> {
  const signal = AbortSignal.any([stop, AbortSignal.timeout(ms)]);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      settled = true;
      reject(stop.aborted ? (stop.reason as Error) : new StoreCallTimeoutError(what, ms));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    call(signal).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (settled) onLate?.(value);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        if (!settled) reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Sleeps `ms`, or less: `wake` ends it early (an events hint), as does `stop`. */
export function sleepUnlessWoken(ms: number, stop: AbortSignal, register: (wake: (() => void) | undefined) => void): Promise<void> {
  if (stop.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      register(undefined);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
    register(done);
  });
}
