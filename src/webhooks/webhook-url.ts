import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { errorCode } from './error-code';
import { isPrivateAddress } from './private-addresses';

/**
 * Where a webhook may be delivered, checked twice: when the URL is registered (`checkWebhookUrl`,
 * no I/O, so the mutation can answer BAD_USER_INPUT at once) and when a delivery connects
 * (`assertDeliverableAddress`, after DNS). The second check is the one that protects: a public
 * name can point at 127.0.0.1, or be changed to after registration (DNS rebinding).
 *
 * Messages never quote the URL (its path or query may hold the receiver's token) nor a resolved
 * address (that would tell an operator what our internal DNS says about names they probe).
 */

export interface AddressPolicy {
  /**
   * Deliver to loopback and private addresses too: tests, and a gateway and receiver on one
   * private network. Default false.
   */
  allowPrivate?: boolean;
}

export type WebhookUrlProblem = 'NOT_A_URL' | 'TOO_LONG' | 'NOT_HTTP' | 'CREDENTIALS' | 'FRAGMENT' | 'NO_HOST' | 'PRIVATE_ADDRESS';

export type WebhookUrlCheck =
  | {
      ok: true;
      /** The URL as WHATWG parsing normalizes it (`http://0x7f.1/` is `http://127.0.0.1/`): store and call this one. */
      url: string;
      /** The host to resolve: no IPv6 brackets. */
      hostname: string;
    }
  | { ok: false; code: 'BAD_USER_INPUT'; reason: WebhookUrlProblem; message: string };

/** Longer URLs are refused: far more than any receiver needs, and stored with every webhook. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** The receiver's URL, when it may be registered: http(s), a host, no credentials, no fragment, not private. */
export function checkWebhookUrl(input: string, { allowPrivate = false }: AddressPolicy = {}): WebhookUrlCheck {
  if (input.length > MAX_WEBHOOK_URL_LENGTH) return badUrl('TOO_LONG', `a webhook URL has at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return badUrl('NOT_A_URL', 'the webhook URL is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return badUrl('NOT_HTTP', 'a webhook URL must be http or https');
  // The secret authenticates us to the receiver; credentials in the URL would be stored and shown beside it.
  if (url.username !== '' || url.password !== '') return badUrl('CREDENTIALS', 'a webhook URL must not carry a user name or password');
  // `url.hash` is empty for a bare trailing `#`: the serialized URL tells.
  if (url.href.includes('#')) return badUrl('FRAGMENT', 'a webhook URL must not have a #fragment: it is never sent');
  const hostname = bareHost(url.hostname);
  if (hostname === '') return badUrl('NO_HOST', 'a webhook URL must name a host');
  if (!allowPrivate && (isLocalhostName(hostname) || (isIP(hostname) !== 0 && isPrivateAddress(hostname)))) {
    return badUrl('PRIVATE_ADDRESS', 'a webhook URL must not point at a loopback or private address');
  }
  return { ok: true, url: url.href, hostname };
}

export type AddressCheck =
  | { ok: true; addresses: LookupAddress[] }
  | {
      ok: false;
      /** ADDRESS_REFUSED: a private address; DNS_FAILED: no address (not found, timed out). */
      code: 'ADDRESS_REFUSED' | 'DNS_FAILED';
      message: string;
      /** The resolver's code (`ENOTFOUND`, `EAI_AGAIN`, `ETIMEOUT` for our own bound). */
      dnsCode?: string;
    };

/** Resolves a host name to all its addresses; node:dns `lookup` by default. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface AddressCheckOptions extends AddressPolicy {
  /** The longest wait for the resolver. Default 5 s. */
  timeoutMs?: number;
  /** Default `lookup(hostname, { all: true })`: the system resolver, /etc/hosts included, as a connection would use. */
  resolveHost?: ResolveHost;
}

export const DEFAULT_DNS_TIMEOUT_MS = 5_000;

const systemResolver: ResolveHost = (hostname) => lookup(hostname, { all: true });

/**
 * The addresses a delivery to `hostname` may connect to: all of them, or a refusal when any is
 * private (a name with one public and one private address would reach the private one on some
 * tries). Connect to the addresses returned, not to a second resolution: that one could answer
 * differently. `createWebhookAgent` does so.
 */
export async function assertDeliverableAddress(
  hostname: string,
  { allowPrivate = false, timeoutMs = DEFAULT_DNS_TIMEOUT_MS, resolveHost = systemResolver }: AddressCheckOptions = {},
): Promise<AddressCheck> {
  const host = bareHost(hostname);
  const family = isIP(host);
  if (family !== 0) return checked([{ address: host, family }], allowPrivate);
  if (!allowPrivate && isLocalhostName(host)) return refusedAddress();
  let addresses: LookupAddress[];
  try {
    addresses = await withinMs(Promise.resolve().then(() => resolveHost(host)), timeoutMs);
  } catch (error) {
    const dnsCode = errorCode(error) ?? 'UNKNOWN';
    return { ok: false, code: 'DNS_FAILED', message: `the webhook's host could not be resolved (${dnsCode})`, dnsCode };
  }
  if (addresses.length === 0) return { ok: false, code: 'DNS_FAILED', message: "the webhook's host has no address", dnsCode: 'ENODATA' };
  return checked(addresses, allowPrivate);
}

function checked(addresses: LookupAddress[], allowPrivate: boolean): AddressCheck {
  if (!allowPrivate && addresses.some(({ address }) => isPrivateAddress(address))) return refusedAddress();
  return { ok: true, addresses };
}

function refusedAddress(): AddressCheck {
  return { ok: false, code: 'ADDRESS_REFUSED', message: "the webhook's host resolves to a loopback or private address" };
}

/**
 * The resolver's answer, or an `ETIMEOUT` failure after `ms`. getaddrinfo cannot be cancelled: a
 * lookup that hangs goes on in libuv's thread pool, but nobody waits for it.
 */
function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no DNS answer within ${ms} ms`), { code: 'ETIMEOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** `localhost`, `api.localhost` and their fully qualified forms: they name the local host whatever DNS says (RFC 6761 §6.3). */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/** `[::1]` as URL's `hostname` gives it → `::1`. */
function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

function badUrl(reason: WebhookUrlProblem, message: string): WebhookUrlCheck {
  return { ok: false, code: 'BAD_USER_INPUT', reason, message };
}
