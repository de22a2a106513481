import { FleetStoreError } from './fleet-store';

/**
 * Failures of the store as `FleetStoreError`, with a message safe to show and log: a category and
 * the SQLSTATE, never the driver's own text (`connect ECONNREFUSED 10.0.0.5:5432`, a host name or
 * a user name from `DATABASE_URL`). The original stays as `cause` for a debugger, not for output.
 */
export function toFleetStoreError(error: unknown, operation: string): FleetStoreError {
  if (error instanceof FleetStoreError) return error;
  return new FleetStoreError(`Fleet store ${operation} failed: ${describe(error)}`, { cause: error });
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return `database unreachable (${code})`;
  if (/timeout exceeded when trying to connect|Connection terminated due to connection timeout/i.test(message)) return 'no connection within the connect timeout';
  if (/Query read timeout/i.test(message)) return 'no answer within the query timeout';
  if (code === '57014') return 'statement timeout (57014)';
  if (/Connection terminated|connection ended|Client has encountered a connection error/i.test(message)) return 'connection lost';
  if (/pool.*(ended|end)|Cannot use a pool after calling end|closed/i.test(message)) return 'store closed';
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return `SQLSTATE ${code}`;
  return 'unexpected error';
}

/**
 * Runs `work` bounded by `signal`: rejects with `FleetStoreError` as soon as the signal aborts (the
 * request's deadline passed), while the statement itself is cut by the store's statement timeout.
 */
export async function guarded<T>(operation: string, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  if (signal?.aborted) throw new FleetStoreError(`Fleet store ${operation} aborted`);
  try {
    if (!signal) return await work();
    let onAbort!: () => void;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(new FleetStoreError(`Fleet store ${operation} aborted`));
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work(), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  } catch (error) {
    throw toFleetStoreError(error, operation);
  }
}
