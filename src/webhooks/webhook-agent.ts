import type { LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { assertDeliverableAddress, DEFAULT_DNS_TIMEOUT_MS, type AddressCheck, type ResolveHost } from './webhook-url';

/**
 * The connection pool webhook deliveries go through, one per process (built at the composition
 * root and handed to `deliverWebhook`; without one, a delivery makes and closes its own).
 *
 * Its sockets connect only to addresses `assertDeliverableAddress` accepted: the check runs as
 * the socket's DNS lookup (node:net's `lookup` option, which undici passes through), so the
 * address checked is the address connected to. Checking in a separate lookup before the request
 * would leave a window in which a rebinding name answers a public address to the check and
 * 127.0.0.1 to the connection. A URL whose host is an IP literal does no lookup; `checkWebhookUrl`
 * refuses the private ones before any request.
 *
 * Apart from upstream calls' agents (`upstreams/http.ts`) so that a slow receiver never holds an
 * upstream's sockets, and with no bound on connections per receiver: the outbox worker decides
 * how many deliveries run at once, and a wait for a socket here would count against a delivery's
 * timeout as if the receiver were slow.
 */
export interface WebhookAgent {
  readonly allowPrivate: boolean;
  readonly dispatcher: Agent;
  close(): Promise<void>;
}

export interface WebhookAgentOptions {
  /** Connect to loopback and private addresses too (tests, one private network). Default false. */
  allowPrivate?: boolean;
  /** The longest wait for DNS on each new connection. Default 5 s. */
  dnsTimeoutMs?: number;
  /** Host resolution, default the system resolver: tests point a public-looking name at 127.0.0.1 with it. */
  resolveHost?: ResolveHost;
}

/** A connection refused by the address check, or whose host did not resolve: `deliver.ts` tells which. */
export class AddressCheckFailed extends Error {
  readonly code: string;

  constructor(readonly failure: Extract<AddressCheck, { ok: false }>) {
    super(failure.message);
    this.name = 'AddressCheckFailed';
    this.code = failure.code === 'DNS_FAILED' ? (failure.dnsCode ?? 'DNS_FAILED') : failure.code;
  }
}

export function createWebhookAgent({ allowPrivate = false, dnsTimeoutMs = DEFAULT_DNS_TIMEOUT_MS, resolveHost }: WebhookAgentOptions = {}): WebhookAgent {
  const lookup = guardedLookup((hostname) => assertDeliverableAddress(hostname, { allowPrivate, timeoutMs: dnsTimeoutMs, ...(resolveHost ? { resolveHost } : {}) }));
  const dispatcher = new Agent({ connect: { lookup } });
  return { allowPrivate, dispatcher, close: () => dispatcher.close() };
}

/**
 * A `lookup` for net.connect that answers only checked addresses. net asks for all of them
 * (`all: true`) when it tries both families in turn (autoSelectFamily, on by default in Node 20),
 * else for one of a family.
 */
function guardedLookup(check: (hostname: string) => Promise<AddressCheck>): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    void check(hostname).then((result) => {
      if (!result.ok) {
        callback(new AddressCheckFailed(result), '');
        return;
      }
      const family = familyOf(options.family);
      const usable: LookupAddress[] = family === undefined ? result.addresses : result.addresses.filter((entry) => entry.family === family);
      const first = usable[0];
      if (first === undefined) {
        callback(new AddressCheckFailed({ ok: false, code: 'DNS_FAILED', message: `the webhook's host has no IPv${family} address`, dnsCode: 'ENOTFOUND' }), '');
      } else if (options.all) {
        callback(null, usable);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

function familyOf(family: LookupOptions['family']): 4 | 6 | undefined {
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return undefined;
}
